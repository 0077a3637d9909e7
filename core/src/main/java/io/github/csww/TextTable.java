package io.github.csww;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders rankings and snapshots as aligned plain-text tables for printing.
 *
 * <p>Text columns are left-aligned, numbers right-aligned; a suppressed value shows its marker.
 *
 * <pre>{@code
 * System.out.print(TextTable.ranking(workforce.rankBy(Metric.CASELOAD).top(5)));
 * // Rank  Area           Year  Average caseload (cases per FTE)
 * //    1  Staffordshire  2017                              26.4
 * System.out.print(TextTable.snapshots(workforce.year(2017).snapshots(),
 *     List.of(Metric.CASE_HOLDERS, Metric.CASELOAD)));
 * }</pre>
 */
public final class TextTable {
  private final List<String> header;
  private final List<Boolean> numeric;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(List<String> header, List<Boolean> numeric) {
    this.header = header;
    this.numeric = numeric;
  }

  /** A table of ranked rows: rank, area, year and the value with its unit. */
  public static String ranking(List<Ranked> rows) {
    checkNotNull(rows, "rows is null");
    Metric metric = rows.isEmpty() ? null : rows.get(0).metric();
    String valueHeader = metric == null ? "Value" : heading(metric);
    TextTable t = new TextTable(List.of("Rank", "Area", "Year", valueHeader),
        List.of(true, false, true, true));
    for (Ranked r : rows) {
      t.rows.add(List.of(Integer.toString(r.rank()), r.area().name(),
          Integer.toString(r.year()), Value.of(r.value()).toString()));
    }
    return t.render();
  }

  /**
   * A table of snapshots: area, level, year and one column per metric.
   *
   * @throws IllegalArgumentException if no metric is given
   */
  public static String snapshots(List<Snapshot> snapshots, List<Metric> metrics) {
    checkNotNull(snapshots, "snapshots is null");
    checkNotNull(metrics, "metrics is null");
    checkArgument(!metrics.isEmpty(), "snapshots(...) needs at least one metric");
    List<String> header = new ArrayList<>(List.of("Area", "Level", "Year"));
    List<Boolean> numeric = new ArrayList<>(List.of(false, false, true));
    for (Metric m : metrics) {
      header.add(heading(m));
      numeric.add(true);
    }
    TextTable t = new TextTable(header, numeric);
    for (Snapshot s : snapshots) {
      List<String> row = new ArrayList<>(List.of(s.area().name(), s.area().level().label(),
          Integer.toString(s.year())));
      for (Metric m : metrics) {
        row.add(s.value(m).toString());
      }
      t.rows.add(row);
    }
    return t.render();
  }

  /**
   * A table from header cells and rows of cells, for other renderings in this library.
   *
   * @param header the column headings
   * @param numeric for each column, whether it is right-aligned
   * @param rows the cells, one list per row, each as long as the header
   */
  static String of(List<String> header, List<Boolean> numeric, List<List<String>> rows) {
    TextTable t = new TextTable(ImmutableList.copyOf(header), ImmutableList.copyOf(numeric));
    for (List<String> r : rows) {
      checkArgument(r.size() == header.size(), "row %s has %s cells, header has %s", r, r.size(),
          header.size());
      t.rows.add(r);
    }
    return t.render();
  }

  /**
   * Starts a table of your own columns.
   *
   * <pre>{@code
   * String t = TextTable.builder().number("Rank").text("Authority").number("Caseload")
   *     .row("1", "Staffordshire", "26.4")
   *     .render();
   * }</pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a table column by column, then row by row. Not thread-safe. */
  public static final class Builder {
    private final List<String> header = new ArrayList<>();
    private final List<Boolean> numeric = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    private Builder() {}

    /** Adds a left-aligned column. */
    public Builder text(String heading) {
      checkNotNull(heading, "heading");
      checkArgument(rows.isEmpty(), "add columns before rows");
      header.add(heading);
      numeric.add(false);
      return this;
    }

    /** Adds a right-aligned column. */
    public Builder number(String heading) {
      checkNotNull(heading, "heading");
      checkArgument(rows.isEmpty(), "add columns before rows");
      header.add(heading);
      numeric.add(true);
      return this;
    }

    /**
     * Adds a row.
     *
     * @throws IllegalArgumentException if the row has not one cell per column
     */
    public Builder row(String... cells) {
      return row(List.of(cells));
    }

    /**
     * Adds a row.
     *
     * @throws IllegalArgumentException if the row has not one cell per column
     */
    public Builder row(List<String> cells) {
      checkArgument(cells.size() == header.size(), "row %s has %s cells, the table has %s columns",
          cells, cells.size(), header.size());
      rows.add(ImmutableList.copyOf(cells));
      return this;
    }

    /** The aligned text, one line per row after the header line, each ending in a newline. */
    public String render() {
      return TextTable.of(header, numeric, rows);
    }
  }

  /**
   * A table of ranked rows with the Ofsted judgement in force for each: rank, area, year, value,
   * judgement ({@code none} when none was in force) and its publication date.
   */
  static String rankingWithJudgements(List<Ranked> rows) {
    Metric metric = rows.isEmpty() ? null : rows.get(0).metric();
    String valueHeader = metric == null ? "Value" : heading(metric);
    TextTable t = new TextTable(List.of("Rank", "Area", "Year", valueHeader, "Ofsted judgement",
        "Published"), List.of(true, false, true, true, false, false));
    for (Ranked r : rows) {
      t.rows.add(List.of(Integer.toString(r.rank()), r.area().name(),
          Integer.toString(r.year()), Value.of(r.value()).toString(),
          r.judgement().map(j -> j.overall().label()).orElse("none"),
          r.judgement().map(j -> j.published().toString()).orElse("")));
    }
    return t.render();
  }

  static String heading(Metric m) {
    return m.label() + " (" + m.unit().symbol() + ")";
  }

  private String render() {
    int[] width = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      width[c] = header.get(c).length();
      for (List<String> r : rows) {
        width[c] = Math.max(width[c], r.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, header, width);
    for (List<String> r : rows) {
      line(sb, r, width);
    }
    return sb.toString();
  }

  private void line(StringBuilder sb, List<String> cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append("  ");
      }
      String cell = cells.get(c);
      line.append(numeric.get(c) ? Strings.padStart(cell, width[c], ' ')
          : Strings.padEnd(cell, width[c], ' '));
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }
}
