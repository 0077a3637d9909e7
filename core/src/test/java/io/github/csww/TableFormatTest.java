package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Table, Column, Cell and the four renderers, on small tables built by hand. */
class TableFormatTest {

  private static Table table() {
    return Table.builder("Caseload, 2025", List.of(Column.integer("rank", "Rank"),
            Column.text("area_name", "Area"), Column.of(Metric.CASELOAD),
            Column.date("ofsted_published", "Published"), Column.bool("comparable", "Comparable"),
            Column.text("area_code", "Code").asDetail()))
        .withLeftOutColumn()
        .row(Cell.of(1), Cell.text("Kingston upon Hull, City of"), Cell.of(15.037593984962406),
            Cell.of(LocalDate.of(2024, 1, 12)), Cell.of(true), Cell.text("E06000010"))
        .row(Cell.of(2), Cell.text("=HYPERLINK(\"x\")"), Cell.of(0.0), Cell.blank(),
            Cell.of(false), Cell.text("E1"))
        .leftOut("x (not available)", List.of(Cell.blank(), Cell.text("Westminster"),
            Cell.of(Value.suppressed(Suppression.NOT_AVAILABLE)), Cell.blank(), Cell.blank(),
            Cell.text("E09000033")))
        .note("Rank 1 is the highest.")
        .build();
  }

  @Test
  void csv_roundsAsPublished_quotesAndListsLeftOutRowsWithTheirReason() {
    assertThat(table().format(Format.CSV)).isEqualTo(""
        + "rank,area_name,caseload_fte,ofsted_published,comparable,area_code,left_out_reason\n"
        + "1,\"Kingston upon Hull, City of\",15.0,2024-01-12,true,E06000010,\n"
        + "2,\"=HYPERLINK(\"\"x\"\")\",0.0,,false,E1,\n"
        + ",Westminster,x,,,E09000033,x (not available)\n");
  }

  @Test
  void csv_fullPrecisionAndSpreadsheetSafe() {
    String exact = table().format(Format.CSV.withFullPrecision());
    assertThat(exact).contains(",15.037593984962406,");
    String safe = table().format(Format.SPREADSHEET_CSV);
    assertThat(safe).contains("\n2,\"'=HYPERLINK(\"\"x\"\")\",");
    assertThat(Format.neutralise("+1")).isEqualTo("'+1");
    assertThat(Format.neutralise("-")).isEqualTo("'-");
    assertThat(Format.neutralise("plain")).isEqualTo("plain");
  }

  @Test
  void json_typesEveryCell_andKeepsNotesAndLeftOut() {
    String json = table().format(Format.JSON);
    assertThat(json).contains("\"title\": \"Caseload, 2025\"")
        .contains("{\"rank\": 1, \"area_name\": \"Kingston upon Hull, City of\", "
            + "\"caseload_fte\": 15.0, \"ofsted_published\": \"2024-01-12\", "
            + "\"comparable\": true, \"area_code\": \"E06000010\"}")
        .contains("\"ofsted_published\": null")
        .contains("\"caseload_fte\": \"x\"")
        .contains("\"left_out_reason\": \"x (not available)\"")
        .contains("\"notes\": [\"Rank 1 is the highest.\"]")
        .contains("\"=HYPERLINK(\\\"x\\\")\"");
  }

  @Test
  void text_alignsLeavesOutDetailColumnsAndListsLeftOutAndNotes() {
    assertThat(table().format(Format.TEXT)).isEqualTo(""
        + "Caseload, 2025\n"
        + "Rank  Area                         Average caseload (cases per FTE)  Published   "
        + "Comparable\n"
        + "   1  Kingston upon Hull, City of                              15.0  2024-01-12  true\n"
        + "   2  =HYPERLINK(\"x\")                                           0.0              false\n"
        + "Left out (1):\n"
        + "  Westminster, x: x (not available)\n"
        + "Note: Rank 1 is the highest.\n");
  }

  @Test
  void markdown_escapesPipesAndMarksNumbersRightAligned() {
    Table t = Table.builder("a|b", List.of(Column.text("area_name", "Area"),
        Column.integer("n", "n"))).row(Cell.text("x|y_z"), Cell.of(3)).build();
    assertThat(t.format(Format.MARKDOWN)).isEqualTo(""
        + "**a\\|b**\n\n"
        + "| Area | n |\n"
        + "| --- | ---: |\n"
        + "| x\\|y\\_z | 3 |\n");
  }

  @Test
  void text_controlCharactersShowAsQuestionMarks_andLongCellsAreCut() {
    Table t = Table.builder("t", List.of(Column.text("area_name", "Area")))
        .row(Cell.text("a\u001b[31mb")).row(Cell.text("n".repeat(200))).build();
    String text = t.format(Format.TEXT);
    assertThat(text).contains("a?[31mb").doesNotContain("\u001b");
    assertThat(text).contains("n".repeat(79) + "…").doesNotContain("n".repeat(80));
  }

  @Test
  void text_titlesAndHeadingsAreNotCutAtACellsWidth_butAreBounded() {
    String title = "Average caseload (cases per FTE), 2019 to 2025 (ranked within each year), "
        + "highest first";
    String heading = "Re-referrals within 12 months of a previous referral, percent of referrals "
        + "(rereferral_percent)";
    Table t = Table.builder(title, List.of(Column.text("y", heading)))
        .row(Cell.text("x")).build();
    assertThat(title.length()).isGreaterThan(80);
    assertThat(heading.length()).isGreaterThan(80);
    for (Format f : List.of(Format.TEXT, Format.MARKDOWN)) {
      String out = t.format(f);
      assertThat(out).doesNotContain("…");
      // Markdown escapes the underscore
      assertThat(out.replace("\\_", "_")).contains(title).contains(heading);
    }
    assertThat(t.format(Format.TEXT)).startsWith(title + "\n").contains(heading);
    Table flood = Table.builder("t".repeat(5000), List.of(Column.text("y", "h".repeat(500))))
        .row(Cell.text("x")).build();
    String text = flood.format(Format.TEXT);
    assertThat(text).contains("t".repeat(1999) + "…").doesNotContain("t".repeat(2000));
    assertThat(text).contains("h".repeat(199) + "…").doesNotContain("h".repeat(200));
  }

  @Test
  void parse_readsAnyCase_andNamesTheFormatsOtherwise() {
    assertThat(Format.parse("CSV")).isEqualTo(Format.CSV);
    assertThat(Format.parse(" Markdown ")).isEqualTo(Format.MARKDOWN);
    assertThat(Format.parse("md")).isEqualTo(Format.MARKDOWN);
    assertThat(Format.parse("text")).isEqualTo(Format.TEXT);
    assertThat(Format.parse("json")).isEqualTo(Format.JSON);
    assertThatThrownBy(() -> Format.parse("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown format 'xml'; formats: text, csv, json, markdown");
    assertThat(Format.SPREADSHEET_CSV).hasToString("csv (spreadsheet-safe)");
  }

  @Test
  void builder_badRowsAndColumns_areRefusedNamingThem() {
    List<Column> cols = List.of(Column.text("area_name", "Area"), Column.integer("n", "n"));
    assertThatThrownBy(() -> Table.builder("t", cols).row(Cell.text("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a row of 't' needs 2 cells, got 1");
    assertThatThrownBy(() -> Table.builder("t", cols).row(Cell.of(1), Cell.of(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column area_name holds TEXT, got Int[number=1]");
    assertThatThrownBy(() -> Table.builder("t", List.of(Column.text("a", "A"),
        Column.text("a", "B"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("two columns are named 'a'");
    assertThatThrownBy(() -> Table.builder("t", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a table needs a column");
    assertThatThrownBy(() -> Column.text("Area Name", "Area"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a column name is lower-case letters, digits and underscores, got "
            + "'Area Name'");
    assertThatThrownBy(() -> table().indexOf("value"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no column 'value'; columns: [rank, area_name,");
  }

  @Test
  void cells_andColumnsReadBack() {
    Table t = table();
    assertThat(t.cell(0, "rank")).isEqualTo(Cell.of(1));
    assertThat(t.column("comparable")).containsExactly(Cell.of(true), Cell.of(false));
    assertThat(t.leftOut().get(0).reason()).contains("x (not available)");
    assertThat(t.rows().get(0).reason()).isEqualTo(Optional.empty());
    assertThat(t.withNote("more").notes()).containsExactly("Rank 1 is the highest.", "more");
    assertThat(Column.of(Metric.SOCIAL_WORKERS_HEADCOUNT).heading())
        .isEqualTo("Social workers (headcount)");
    assertThat(Cell.of(0.05).display(Column.of(Metric.CASELOAD))).isEqualTo("0.1");
    assertThat(Cell.of(-0.04).display(Column.of(Metric.CASELOAD))).isEqualTo("0.0");
  }
}
