package io.github.csww.examples;

import io.github.csww.Metric;
import io.github.csww.Ranked;
import io.github.csww.Ranking;
import io.github.csww.Cell;
import io.github.csww.Column;
import io.github.csww.Format;
import io.github.csww.Table;
import io.github.csww.Value;
import io.github.csww.Workforce;
import io.github.csww.io.OfstedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The five authorities with the highest and the five with the lowest average caseload, with their
 * case holders and Ofsted judgement, beside the England average.
 *
 * <p>Run on the bundled sample (the 2017 figures, with the judgements in force in February 2018),
 * or on files you downloaded: a workforce file and, optionally, Ofsted's inspection outcomes
 * (ODS or CSV), whose judgements are then looked up on the census date of the latest year:
 *
 * <pre>{@code
 * java -cp csww.jar io.github.csww.examples.HighestAndLowest
 * java -cp csww.jar io.github.csww.examples.HighestAndLowest csww_indicators_2017_to_2025.csv \
 *     LA_Inspection_Outcomes_as_at_31_March_2025.ods
 * }</pre>
 */
public final class HighestAndLowest {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private HighestAndLowest() {}

  /**
   * Prints both tables.
   *
   * @param args none for the bundled sample; else a workforce file and, optionally, an Ofsted file
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      Workforce sample = Sample.workforce().withJudgements(Sample.judgements());
      print(sample, 5, Optional.of(Sample.JUDGEMENTS_AS_AT), System.out);
      return;
    }
    Workforce workforce = Workforce.load(Path.of(args[0]));
    if (args.length > 1) {
      workforce = workforce.withJudgements(OfstedReader.read(Path.of(args[1])));
    }
    print(workforce, 5, Optional.empty(), System.out);
  }

  /**
   * Prints the highest and lowest {@code n} caseloads of the latest year, with the judgement in
   * force on the census date where the workforce is joined with judgements.
   *
   * @param workforce the figures, joined with judgements or not
   * @param n how many rows in each table
   * @param out where to print
   */
  public static void print(Workforce workforce, int n, PrintStream out) {
    print(workforce, n, Optional.empty(), out);
  }

  /**
   * Prints the highest and lowest {@code n} caseloads of the latest year, with case holders,
   * the England average and, where the workforce is joined with judgements, the judgement in
   * force on the given date (on the census date when none is given).
   *
   * @param workforce the figures, joined with judgements or not
   * @param n how many rows in each table
   * @param judgementsAt the date to look judgements up on; empty for the census date
   * @param out where to print
   */
  public static void print(Workforce workforce, int n, Optional<LocalDate> judgementsAt,
      PrintStream out) {
    int year = workforce.latestYear();
    Ranking ranking = workforce.year(year).rankBy(Metric.CASELOAD);
    boolean judged = ranking.hasJudgements();
    if (judged && judgementsAt.isPresent()) {
      ranking = ranking.judgementsAt(judgementsAt.get());
    }
    out.printf("Highest average caseload, 30 September %d%n", year);
    out.print(table(ranking.top(n).rows(), judged));
    out.println();
    out.printf("Lowest average caseload, 30 September %d%n", year);
    out.print(table(ranking.bottom(n).rows(), judged));
    out.println();
    String england = workforce.year(year).england()
        .map(s -> s.value(Metric.CASELOAD).toString()).orElse("x");
    out.printf("England average caseload: %s cases per FTE%n", england);
    if (judged) {
      LocalDate on = judgementsAt.orElse(LocalDate.of(year, 9, 30));
      out.printf("Ofsted judgement: the one in force on %s%n", DAY.format(on));
    } else {
      out.println("Ofsted judgements: none joined (give Ofsted's inspection outcomes as the "
          + "second argument)");
    }
    if (!ranking.leftOut().isEmpty()) {
      out.printf("Not ranked (caseload suppressed): %d authorities%n", ranking.leftOut().size());
    }
  }

  static String table(List<Ranked> rows, boolean judged) {
    List<Column> columns = new ArrayList<>(List.of(Column.integer("rank", "Rank"),
        Column.text("area_name", "Authority"), Column.of(Metric.CASE_HOLDERS),
        Column.of(Metric.CASELOAD)));
    if (judged) {
      columns.add(Column.text("ofsted_judgement", "Ofsted judgement"));
    }
    Table.Builder t = Table.builder("", columns);
    for (Ranked r : rows) {
      List<Cell> cells = new ArrayList<>(List.of(Cell.of(r.rank()), Cell.text(r.area().name()),
          Cell.of(r.snapshot().value(Metric.CASE_HOLDERS)), Cell.of(r.value())));
      if (judged) {
        cells.add(Cell.text(r.judgement().map(j -> j.overall().label()).orElse("none")));
      }
      t.row(cells);
    }
    String text = t.build().format(Format.TEXT);
    return text.substring(text.indexOf('\n') + 1); // no title: the caller prints its own
  }
}
