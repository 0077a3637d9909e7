package io.github.csww.io;

import static io.github.csww.io.IndicatorReaderTest.HEADER;
import static io.github.csww.io.IndicatorReaderTest.HULL;
import static io.github.csww.io.IndicatorReaderTest.KINGSTON;
import static io.github.csww.io.IndicatorReaderTest.error;
import static io.github.csww.io.IndicatorReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.csww.Indicators;
import io.github.csww.LoadException;
import io.github.csww.LoadLimits;
import io.github.csww.LoadOptions;
import io.github.csww.Suppression;
import io.github.csww.Value;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link IndicatorReader} keeps within {@link LoadLimits} as the workforce reader does: for each
 * bound, a file just within it loads and a file over it is refused with the bound named.
 */
class IndicatorReaderLimitsTest {
  /** Kingston with a 250-character name: 363 bytes, the longest line of the files below. */
  private static final String LONG_ROW =
      KINGSTON.replace("Kingston upon Thames", "K".repeat(250));

  @TempDir
  Path tmp;

  private static IndicatorReader limited(LoadLimits limits) {
    return IndicatorReader.standard().options(LoadOptions.strict().withLimits(limits));
  }

  private static IndicatorReader lenient(LoadLimits limits) {
    return IndicatorReader.standard().options(LoadOptions.lenient().withLimits(limits));
  }

  private static LoadException errorReading(byte[] bytes) {
    return catchThrowableOfType(LoadException.class, () -> IndicatorReader.standard()
        .read(new ByteArrayInputStream(bytes), "t.csv"));
  }

  private static byte[] utf8(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ maxRowBytes

  @Test
  void read_rowThatFillsTheRowLimitWithItsLineBreak_loads() throws IOException {
    // the row's bytes and its line break: the limit counts the line break
    LoadLimits limits = LoadLimits.defaults().withMaxRowBytes(LONG_ROW.length() + 1);

    assertThat(read(limited(limits), HEADER, LONG_ROW).rows()).hasSize(1);
  }

  @Test
  void read_rowOverTheRowLimit_isRefusedNamingLineColumnAndLimit() {
    LoadLimits limits = LoadLimits.defaults().withMaxRowBytes(LONG_ROW.length());
    String expected = "t.csv:2:14: a row longer than 363 bytes, the limit "
        + "(LoadLimits.maxRowBytes) (an unterminated quote?); is this a CSV file?";

    assertThat(error(limited(limits), HEADER, LONG_ROW)).hasMessage(expected);
    assertThat(error(lenient(limits), HEADER, LONG_ROW)).hasMessage(expected);
  }

  @Test
  void read_lineOverTheDefaultRowLimit_isRefusedAtOneMebibyte() {
    byte[] line = new byte[3 << 20];
    Arrays.fill(line, (byte) 'a');

    assertThat(errorReading(line)).hasMessage("t.csv:1:1: a row longer than 1 MiB, the limit "
        + "(LoadLimits.maxRowBytes) (an unterminated quote?); is this a CSV file?");
  }

  // ------------------------------------------------------------------ maxCellsPerRow

  @Test
  void read_rowsOfAsManyCellsAsTheLimit_load() throws IOException {
    LoadLimits limits = LoadLimits.defaults().withMaxCellsPerRow(14);

    assertThat(read(limited(limits), HEADER, KINGSTON).rows()).hasSize(1);
  }

  @Test
  void read_rowOverTheCellLimit_isRefusedNamingLineColumnAndLimit() {
    LoadLimits limits = LoadLimits.defaults().withMaxCellsPerRow(14);
    String expected = "t.csv:2:15: more than 14 fields in one row, the limit "
        + "(LoadLimits.maxCellsPerRow); is this a CSV file?";

    assertThat(error(limited(limits), HEADER, KINGSTON + ",1")).hasMessage(expected);
    assertThat(error(lenient(limits), HEADER, KINGSTON + ",1")).hasMessage(expected);
  }

  @Test
  void read_rowOverTheDefaultCellLimit_isRefusedAt1024() {
    assertThat(errorReading(utf8("a,".repeat(2_000) + "a"))).hasMessage("t.csv:1:1025: more than "
        + "1024 fields in one row, the limit (LoadLimits.maxCellsPerRow); is this a CSV file?");
  }

  // ------------------------------------------------------------------ maxFileBytes

  @Test
  void read_streamOfTheFileLimit_loads() throws IOException {
    byte[] bytes = utf8(HEADER, KINGSTON);
    IndicatorReader reader = limited(LoadLimits.defaults().withMaxFileBytes(bytes.length));

    assertThat(reader.read(new ByteArrayInputStream(bytes), "t.csv").rows()).hasSize(1);
  }

  @Test
  void read_streamOverTheFileLimit_isRefusedWhileReading() {
    byte[] bytes = utf8(HEADER, KINGSTON);
    LoadLimits limits = LoadLimits.defaults().withMaxFileBytes(bytes.length - 1);
    String expected = "t.csv: is larger than " + (bytes.length - 1) + " bytes, the limit "
        + "(LoadLimits.maxFileBytes); raise it to read a larger file";

    assertThat(error(limited(limits), HEADER, KINGSTON)).hasMessage(expected);
    assertThat(error(lenient(limits), HEADER, KINGSTON)).hasMessage(expected);
  }

  @Test
  void read_pathOfTheFileLimit_loads() throws IOException {
    Path f = Files.write(tmp.resolve("c1.csv"), utf8(HEADER, KINGSTON));
    IndicatorReader reader = limited(LoadLimits.defaults().withMaxFileBytes(Files.size(f)));

    assertThat(reader.read(f).rows()).hasSize(1);
  }

  @Test
  void read_pathOverTheFileLimit_isRefusedBeforeReading() throws IOException {
    Path f = Files.write(tmp.resolve("c1.csv"), utf8(HEADER, KINGSTON));
    long size = Files.size(f);
    IndicatorReader reader = limited(LoadLimits.defaults().withMaxFileBytes(size - 1));

    assertThat(catchThrowableOfType(LoadException.class, () -> reader.read(f)))
        .hasMessage(f + ": is " + size + " bytes, larger than " + (size - 1) + " bytes, the "
            + "limit (LoadLimits.maxFileBytes); raise it to read a larger file");
  }

  @Test
  void load_sparseFileOverTheDefaultFileLimit_isRefusedBeforeReading() throws IOException {
    Path sparse = tmp.resolve("sparse.csv");
    try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
      f.setLength(13L << 30);
    }

    assertThat(catchThrowableOfType(LoadException.class, () -> IndicatorReader.load(sparse)))
        .hasMessage(sparse + ": is 13958643712 bytes, larger than 4294967296 bytes, the limit "
            + "(LoadLimits.maxFileBytes); raise it to read a larger file");
  }

  // ------------------------------------------------------------------ maxNumberLength

  @Test
  void read_numbersOfTheNumberLimit_loadAndMarkersAreNotNumbers() throws IOException {
    LoadLimits limits = LoadLimits.defaults().withMaxNumberLength(4);
    // 1543 has four characters; [low] has five but is a marker, not a number
    Indicators t = read(limited(limits), HEADER, KINGSTON, HULL.replace(",u", ",[low]"));

    assertThat(t.rows()).hasSize(2);
    assertThat(t.rows().get(0).values().get("referral_count")).isEqualTo(Value.of(1543));
    assertThat(t.rows().get(1).values().get("rereferral_percent"))
        .isEqualTo(Value.suppressed(Suppression.ROUNDS_TO_ZERO));
  }

  @Test
  void read_numberOverTheNumberLimit_isRefusedNamingLineColumnAndLimit() throws IOException {
    LoadLimits limits = LoadLimits.defaults().withMaxNumberLength(4);
    String row = KINGSTON.replace(",1543,", ",15430,");
    String reason = "column 'referral_count': expected a number or a suppression marker (c, x, "
        + "z, u, low, :, .), found a cell of 5 characters; the limit for a number is 4 "
        + "(LoadLimits.maxNumberLength)";

    assertThat(error(limited(limits), HEADER, row)).hasMessage("t.csv:2:12: " + reason);
    // a bad cell, as in the workforce reader: lenient skips the row and says why
    Indicators t = read(lenient(limits), HEADER, row, HULL);
    assertThat(t.report().skipped()).singleElement().satisfies(s -> {
      assertThat(s.line()).isEqualTo(2);
      assertThat(s.column()).isEqualTo(12);
      assertThat(s.reason()).isEqualTo(reason);
    });
  }

  @Test
  void read_numberOverTheDefaultNumberLimit_isRefusedAt400() {
    assertThat(IndicatorReaderTest.error(HEADER, KINGSTON.replace(",1543,",
        ",1" + "0".repeat(500) + ",")))
        .hasMessage("t.csv:2:12: column 'referral_count': expected a number or a suppression "
            + "marker (c, x, z, u, low, :, .), found a cell of 501 characters; the limit for a "
            + "number is 400 (LoadLimits.maxNumberLength)");
  }

  @Test
  void read_laNumberOverTheNumberLimitOrNotInAsciiDigits_isRefused() throws IOException {
    LoadLimits limits = LoadLimits.defaults().withMaxNumberLength(4);

    assertThat(read(limited(limits), HEADER, KINGSTON).rows()).hasSize(1);
    assertThat(error(limited(limits), HEADER, KINGSTON.replace(",314,", ",00314,")))
        .hasMessage("t.csv:2:8: column 'old_la_code': expected an LA number such as 860 or "
            + "314 / 318, found '00314'");
    assertThat(IndicatorReaderTest.error(HEADER, KINGSTON.replace(",314,",
        ",\u0663\u0661\u0664,")))
        .hasMessage("t.csv:2:8: column 'old_la_code': expected an LA number such as 860 or "
            + "314 / 318, found '\u0663\u0661\u0664'");
  }

  // ------------------------------------------------------------------ maxNameLength

  @Test
  void read_nameOfTheNameLimit_loads() throws IOException {
    String name = "N".repeat(256);

    Indicators t = read(HEADER, KINGSTON.replace("Kingston upon Thames", name));

    assertThat(t.rows()).singleElement().satisfies(r -> assertThat(r.area().label())
        .isEqualTo(name));
  }

  @Test
  void read_nameOverTheNameLimit_isRefusedNamingLineColumnAndLimit() {
    LoadLimits limits = LoadLimits.defaults().withMaxNameLength(19);

    assertThat(error(limited(limits), HEADER, KINGSTON))
        .hasMessage("t.csv:2:10: column 'la_name': expected the authority's name, found a name "
            + "of 20 characters; the limit is 19 (LoadLimits.maxNameLength)");
  }

  @Test
  void read_filterValueOfTheNameLimit_loads() throws IOException {
    String value = "R".repeat(256);

    assertThat(read(HEADER, KINGSTON.replace(",Referrals,", "," + value + ",")).filters())
        .containsExactly(Map.entry("category", value));
  }

  @Test
  void read_filterValueOverTheNameLimitOrWithAControlCharacter_isRefused() {
    String expected = "t.csv:2:11: column 'category': expected a filter value, found a value of "
        + "257 characters; the limit is 256 (LoadLimits.maxNameLength)";
    String[] lines = {HEADER, KINGSTON.replace(",Referrals,", "," + "R".repeat(257) + ",")};

    assertThat(IndicatorReaderTest.error(lines)).hasMessage(expected);
    // a problem with the filter selection refuses the file in lenient mode too
    assertThat(error(lenient(LoadLimits.defaults()), lines)).hasMessage(expected);
    assertThat(IndicatorReaderTest.error(HEADER, KINGSTON.replace(",Referrals,",
        ",Ref\u001b[2Jerrals,")))
        .hasMessage("t.csv:2:11: column 'category': expected a filter value, found a control "
            + "character (U+001B) at character 4; values may not hold control characters");
  }
}
