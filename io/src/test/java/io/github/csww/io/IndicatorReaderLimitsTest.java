package io.github.csww.io;

import static io.github.csww.io.IndicatorReaderTest.HEADER;
import static io.github.csww.io.IndicatorReaderTest.KINGSTON;
import static io.github.csww.io.IndicatorReaderTest.error;
import static io.github.csww.io.IndicatorReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.csww.LoadException;
import io.github.csww.LoadLimits;
import io.github.csww.LoadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
}
