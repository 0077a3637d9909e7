package io.github.csww.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.csww.LoadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

class CsvScannerTest {
  private static final String[] PIECES = {
      "a", "bc", "2017", "17.5", ",", "\"", "\n", "\r\n", "\r", "\u00e9", "\u65e5",
      "\uD835\uDCB3", "", " ", "x y"};
  private static final String[] LINE_ENDS = {"\n", "\r\n", "\r"};

  /** A CSV text, the records it holds, the line each starts on and a buffer size to read with. */
  record Case(String text, List<List<String>> records, List<Long> lines, int buffer) {}

  private static long pick(RandomnessSource in, long min, long max) {
    return in.next(Constraint.between(min, max));
  }

  private static Gen<Case> cases() {
    return in -> {
      int n = (int) pick(in, 1, 5);
      List<List<String>> records = new ArrayList<>();
      List<Long> lines = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      if (pick(in, 0, 3) == 0) {
        text.append('\uFEFF');
      }
      long line = 1;
      for (int r = 0; r < n; r++) {
        List<String> fields = new ArrayList<>();
        int f = (int) pick(in, 1, 6);
        boolean anyQuoted = false;
        StringBuilder row = new StringBuilder();
        long breaks = 0;
        for (int i = 0; i < f; i++) {
          StringBuilder field = new StringBuilder();
          int parts = (int) pick(in, 0, 3);
          for (int k = 0; k < parts; k++) {
            field.append(PIECES[(int) pick(in, 0, PIECES.length - 1)]);
          }
          String v = field.toString();
          fields.add(v);
          boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n")
              || v.contains("\r") || pick(in, 0, 4) == 0;
          if (i > 0) {
            row.append(',');
          }
          if (quote) {
            anyQuoted = true;
            row.append('"').append(v.replace("\"", "\"\"")).append('"');
          } else {
            row.append(v);
          }
          breaks += v.chars().filter(c -> c == '\n').count();
        }
        if (f == 1 && fields.get(0).isEmpty() && !anyQuoted) {
          continue; // a blank line, which the scanner skips
        }
        records.add(fields);
        lines.add(line);
        text.append(row);
        line += breaks + 1;
        if (r < n - 1 || pick(in, 0, 1) == 0) {
          text.append(LINE_ENDS[(int) pick(in, 0, LINE_ENDS.length - 1)]);
        }
      }
      if (records.isEmpty()) {
        text.setLength(0);
      }
      return new Case(text.toString(), records, lines, (int) pick(in, 1, 40));
    };
  }

  private static CsvScanner scanner(String text, int buffer) {
    return new CsvScanner(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "t.csv", buffer);
  }

  private static List<List<String>> scan(CsvScanner s, List<Long> lines) throws IOException {
    List<List<String>> out = new ArrayList<>();
    while (s.next()) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < s.count(); i++) {
        fields.add(s.text(i));
      }
      out.add(fields);
      lines.add(s.line());
    }
    return out;
  }

  @Test
  void next_anyTextAndBufferSize_givesTheRecordsAndLinesWritten_property() {
    qt().withExamples(3000).forAll(cases()).checkAssert(c -> {
      List<Long> lines = new ArrayList<>();
      try {
        assertThat(scan(scanner(c.text(), c.buffer()), lines))
            .as("%s", c).isEqualTo(c.records());
      } catch (IOException e) {
        throw new AssertionError(c.toString(), e);
      }
      assertThat(lines).as("%s", c).isEqualTo(c.lines());
    });
  }

  @Test
  void next_trailingCommaAtEndOfInput_addsEmptyField() throws IOException {
    for (int buffer = 1; buffer < 8; buffer++) {
      assertThat(scan(scanner("a,b,", buffer), new ArrayList<>()))
          .containsExactly(List.of("a", "b", ""));
      assertThat(scan(scanner("a,\"b\",", buffer), new ArrayList<>()))
          .containsExactly(List.of("a", "b", ""));
    }
  }

  @Test
  void next_quoteInsideUnquotedField_isAnOrdinaryCharacter() throws IOException {
    assertThat(scan(scanner("5\" Media,b\n", 64), new ArrayList<>()))
        .containsExactly(List.of("5\" Media", "b"));
  }

  @Test
  void next_unterminatedQuote_namesTheLineItOpensOn() {
    for (int buffer = 1; buffer < 10; buffer++) {
      CsvScanner s = scanner("h1,h2\nx,\"never\nclosed\n\n", buffer);
      s.names(new String[] {"h1", "h2"});
      assertThatThrownBy(() -> scan(s, new ArrayList<>())).isInstanceOf(LoadException.class)
          .hasMessage("t.csv:2:2: column 'h2': unterminated quoted field: the quote that opens "
              + "it is never closed");
    }
  }

  @Test
  void next_characterAfterClosingQuote_isRefused() {
    CsvScanner s = scanner("a,\"b\"c\n", 4);

    assertThatThrownBy(() -> scan(s, new ArrayList<>())).isInstanceOf(LoadException.class)
        .hasMessage("t.csv:1:2: field 2: after the closing quote expected a comma or the end "
            + "of the line, found 'c'");
  }

  @Test
  void text_invalidUtf8_namesByteAndField() throws IOException {
    byte[] bytes = {'o', 'k', ',', 'b', (byte) 0xC3, '(', '\n'};
    CsvScanner s = new CsvScanner(new ByteArrayInputStream(bytes), "t.csv", 16);

    assertThat(s.next()).isTrue();
    assertThat(s.nonAscii(0)).isFalse();
    assertThat(s.nonAscii(1)).isTrue();
    assertThatThrownBy(() -> s.text(1)).isInstanceOf(LoadException.class)
        .hasMessage("t.csv:1:2: field 2: not UTF-8 (byte 0xC3 at byte 2 of the cell); save the "
            + "file as CSV UTF-8");
  }

  @Test
  void firstInvalid_rejectsOverlongSurrogateAndTruncatedForms() {
    assertThat(Utf8.firstInvalid(bytes(0xC0, 0xAF), 0, 2)).isZero();       // overlong '/'
    assertThat(Utf8.firstInvalid(bytes(0xED, 0xA0, 0x80), 0, 3)).isZero(); // surrogate
    assertThat(Utf8.firstInvalid(bytes(0xF4, 0x90, 0x80, 0x80), 0, 4)).isZero(); // > U+10FFFF
    assertThat(Utf8.firstInvalid(bytes('a', 0xE6, 0x97), 0, 3)).isEqualTo(1); // truncated
    assertThat(Utf8.firstInvalid(bytes(0x80), 0, 1)).isZero();              // lone continuation
    byte[] good = "a\u00e9\u65e5\uD835\uDCB3".getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8.firstInvalid(good, 0, good.length)).isEqualTo(-1);
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }
}
