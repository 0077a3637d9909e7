package io.github.csww.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

class SheetRowTest {

  @Test
  void letter_namesColumnsAsSpreadsheetsDo() {
    assertThat(SheetRow.letter(0)).isEqualTo("A");
    assertThat(SheetRow.letter(8)).isEqualTo("I");
    assertThat(SheetRow.letter(25)).isEqualTo("Z");
    assertThat(SheetRow.letter(26)).isEqualTo("AA");
    assertThat(SheetRow.letter(16383)).isEqualTo("XFD");
  }

  @Test
  void cell_pastTheEnd_isEmpty() {
    SheetRow r = new SheetRow(3, ImmutableList.of("a", " "));

    assertThat(r.cell(0)).isEqualTo("a");
    assertThat(r.cell(5)).isEmpty();
    assertThat(r.isBlank()).isFalse();
    assertThat(new SheetRow(4, ImmutableList.of(" ", "")).isBlank()).isTrue();
  }

  @Test
  void csv_quotedCellsWithCommasQuotesAndLineBreaks() throws Exception {
    var rows = SheetCsv.parse("\uFEFFa,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x,\n", "t.csv");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).cells()).containsExactly("a", "b, c", "say \"hi\"");
    assertThat(rows.get(1).number()).isEqualTo(2);
    assertThat(rows.get(1).cells()).containsExactly("two\nlines", "x");
  }
}
