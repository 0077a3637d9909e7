package io.github.csww.examples;

import io.github.csww.Authority;
import io.github.csww.Cell;
import io.github.csww.Column;
import io.github.csww.Format;
import io.github.csww.Grade;
import io.github.csww.Judgement;
import io.github.csww.Judgements;
import io.github.csww.LeftOut;
import io.github.csww.Metric;
import io.github.csww.Ranked;
import io.github.csww.Ranking;
import io.github.csww.Table;
import io.github.csww.Workforce;
import io.github.csww.io.OfstedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The five authorities with the highest and the five with the lowest average caseload, ties
 * included, with their true ranks among all authorities, case holders and Ofsted judgement,
 * beside England's published figure.
 *
 * <p>With no arguments it tells the story of 30 September 2017 on the bundled 2025 release:
 * ranks among every authority that published a caseload, the Ofsted judgement from Ofsted's
 * bundled file where that file covers the date (it says so where it does not), and, for the ten
 * authorities of the 2017 sample, the judgement in force in February 2018 as the sample records
 * it, labelled as not from Ofsted's files. Given files, it answers for their latest year:
 *
 * <pre>{@code
 * java -cp csww.jar io.github.csww.examples.HighestAndLowest
 * java -cp csww.jar io.github.csww.examples.HighestAndLowest csww_indicators_2017_to_2025.csv \
 *     LA_Inspection_Outcomes_as_at_31_March_2025.ods
 * }</pre>
 */
public final class HighestAndLowest {
  /** The year of the story told with no arguments: the first of the current series. */
  public static final int STORY_YEAR = 2017;

  /** The heading of the sample's judgement column. */
  static final String SAMPLE_HEADING = "Sample judgement, Feb 2018 (not from Ofsted's files)";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private HighestAndLowest() {}

  /**
   * Prints both tables.
   *
   * @param args none for the 2017 story on the bundled data; else a workforce file and,
   *     optionally, an Ofsted file
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      story(System.out);
      return;
    }
    Workforce workforce = Workforce.load(Path.of(args[0]));
    if (args.length > 1) {
      workforce = workforce.withJudgements(OfstedReader.read(Path.of(args[1])));
    }
    print(workforce, 5, Optional.empty(), System.out);
    System.out.println("Source: " + args[0] + (args.length > 1 ? "; judgements: " + args[1]
        : ""));
  }

  /**
   * The 2017 story on the bundled data: highest and lowest five caseloads on 30 September 2017,
   * ties included, with Ofsted's judgements where the bundled file covers the date and the
   * sample's February 2018 judgements beside them, and the sources.
   *
   * @param out where to print
   * @throws IOException if a bundled file cannot be read
   */
  public static void story(PrintStream out) throws IOException {
    Workforce wf = BundledData.workforce().withJudgements(BundledData.judgements());
    print(wf, STORY_YEAR, 5, Optional.empty(), Optional.of(Sample.judgements()), out);
    out.println("Sample judgements: those in force in February 2018 for the ten authorities of "
        + "csww's 2017 sample, written down from Ofsted's reports, not read from Ofsted's files.");
    out.println(BundledData.WORKFORCE.sourceLine());
    out.println(BundledData.OFSTED.sourceLine().replace(" " + BundledData.LICENCE_LINE, ""));
  }

  /**
   * Prints the highest and lowest {@code n} caseloads of the latest year, with the judgement in
   * force on the census date where the workforce is joined with judgements.
   *
   * @param workforce the figures, joined with judgements or not
   * @param n how many rows in each table, before ties
   * @param out where to print
   */
  public static void print(Workforce workforce, int n, PrintStream out) {
    print(workforce, n, Optional.empty(), out);
  }

  /**
   * Prints the highest and lowest {@code n} caseloads of the latest year, ties included, with
   * case holders, England's published figure and, where the workforce is joined with judgements,
   * the judgement in force on the given date (on the census date when none is given).
   *
   * @param workforce the figures, joined with judgements or not
   * @param n how many rows in each table, before ties
   * @param judgementsAt the date to look judgements up on; empty for the census date
   * @param out where to print
   */
  public static void print(Workforce workforce, int n, Optional<LocalDate> judgementsAt,
      PrintStream out) {
    print(workforce, workforce.latestYear(), n, judgementsAt, Optional.empty(), out);
  }

  /**
   * Prints the highest and lowest {@code n} caseloads of a year, ties included, each with its
   * rank among all the year's authorities.
   *
   * @param workforce the figures, joined with judgements or not
   * @param year the reporting year
   * @param n how many rows in each table, before ties
   * @param judgementsAt the date to look judgements up on; empty for the census date
   * @param sample judgements to show in a column of their own, labelled as the sample's
   * @param out where to print
   */
  public static void print(Workforce workforce, int year, int n,
      Optional<LocalDate> judgementsAt, Optional<Judgements> sample, PrintStream out) {
    Ranking ranking = workforce.year(year).rankBy(Metric.CASELOAD);
    boolean judged = ranking.hasJudgements();
    LocalDate on = judgementsAt.orElse(LocalDate.of(year, 9, 30));
    if (judged) {
      ranking = ranking.judgementsAt(on);
    }
    Optional<LocalDate> earliest = workforce.judgements().flatMap(Judgements::firstPublished);
    boolean covered = earliest.isEmpty() || !on.isBefore(earliest.get());
    Optional<LocalDate> latest = workforce.judgements().flatMap(Judgements::lastPublished);
    boolean column = judged && covered;
    out.printf("Highest average caseload, 30 September %d (ranks among the %d authorities with a "
        + "published caseload; ties included)%n", year, ranking.size());
    Optional<Judgements> joined = workforce.judgements();
    out.print(table(ranking.topWithTies(n).rows(), column, joined, on, sample));
    out.println();
    out.printf("Lowest average caseload, 30 September %d%n", year);
    out.print(table(ranking.bottomWithTies(n).rows(), column, joined, on, sample));
    out.println();
    String england = workforce.year(year).england()
        .map(s -> s.value(Metric.CASELOAD).toString()).orElse("x");
    out.printf("England average caseload: %s cases per FTE (published)%n", england);
    if (judged && !covered) {
      out.printf("Ofsted judgement on %s: not covered by this file (earliest: %s)%n",
          DAY.format(on), DAY.format(earliest.get()));
    } else if (judged) {
      out.printf("Ofsted judgement: the one in force on %s%n", DAY.format(on));
      if (sample.isEmpty() && latest.isPresent() && on.isAfter(latest.get())) {
        out.println(DataOptions.afterLatest(on, latest.get()));
      }
    } else {
      out.println("Ofsted judgements: none joined (give Ofsted's inspection outcomes as the "
          + "second argument)");
    }
    if (!ranking.leftOut().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (LeftOut l : ranking.leftOut()) {
        names.add(l.area().label());
      }
      out.printf("Not ranked (caseload not published): %s%n", String.join(", ", names));
    }
  }

  static String table(List<Ranked> rows, boolean judged, Optional<Judgements> joined,
      LocalDate on, Optional<Judgements> sample) {
    List<Column> columns = new ArrayList<>(List.of(Column.integer("rank", "Rank"),
        Column.text("area_name", "Authority"), Column.of(Metric.CASE_HOLDERS),
        Column.of(Metric.CASELOAD)));
    if (judged) {
      columns.add(Column.text("ofsted_judgement", "Ofsted judgement"));
    }
    if (sample.isPresent()) {
      columns.add(Column.text("sample_judgement", SAMPLE_HEADING));
    }
    Table.Builder t = Table.builder("", columns);
    for (Ranked r : rows) {
      List<Cell> cells = new ArrayList<>(List.of(Cell.of(r.rank()), Cell.text(r.area().label()),
          Cell.of(r.snapshot().value(Metric.CASE_HOLDERS)), Cell.of(r.value())));
      if (judged) {
        cells.add(Cell.text(judgement(r, joined, on)));
      }
      if (sample.isPresent()) {
        cells.add(Cell.text(r.area() instanceof io.github.csww.Authority a
            ? sample.get().inForce(a, Sample.JUDGEMENTS_AS_AT).map(j -> j.overall().label())
                .orElse("not in the sample") : "not in the sample"));
      }
      t.row(cells);
    }
    String text = t.build().format(Format.TEXT);
    return text.substring(text.indexOf('\n') + 1); // no title: the caller prints its own
  }

  /**
   * The judgement cell of a row: the overall grade in force, {@code none in force}; for a
   * combined return, whose councils Ofsted inspects separately, the grade when every council has
   * one of the same grade, else each council's ({@code Kingston upon Thames: Outstanding;
   * Richmond upon Thames: Good}), not the latest of them that {@link Ranked#judgement()} holds.
   */
  static String judgement(Ranked r, Optional<Judgements> joined, LocalDate on) {
    if (!(r.area() instanceof Authority a) || !a.isCombined() || joined.isEmpty()) {
      return r.judgement().map(j -> j.overall().label()).orElse("none in force");
    }
    Map<String, Judgement> byCode = joined.get().inForceByCode(a, on);
    List<String> codes = List.of(a.code().split(" / "));
    List<String> names = List.of(a.name().split(" / "));
    List<String> each = new ArrayList<>();
    Set<Grade> grades = EnumSet.noneOf(Grade.class);
    for (int i = 0; i < codes.size(); i++) {
      Judgement j = byCode.get(codes.get(i));
      String name = names.size() == codes.size() ? names.get(i)
          : j != null ? j.name() : codes.get(i);
      each.add(name + ": " + (j == null ? "none in force" : j.overall().label()));
      if (j != null) {
        grades.add(j.overall());
      }
    }
    boolean allJudged = byCode.keySet().containsAll(codes);
    if (allJudged && grades.size() == 1) {
      return grades.iterator().next().label();
    }
    return byCode.isEmpty() ? "none in force" : String.join("; ", each);
  }
}
