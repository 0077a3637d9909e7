package io.github.csww.examples;

import io.github.csww.Measure;
import io.github.csww.Metric;
import io.github.csww.Ranked;
import io.github.csww.Ranking;
import io.github.csww.Table;
import io.github.csww.Workforce;
import io.github.csww.examples.Cli.UsageException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code csww top} and {@code csww bottom}: a ranking cut at n, ties kept unless --exact. */
final class RankCommands {
  private RankCommands() {}

  abstract static class RankCommand implements Callable<Integer> {
    Cli cli;
    DataOptions data = new DataOptions();
    Output.Options format = new Output.Options();
    Metric metric;
    int n;
    boolean exact;
    CommonOptions.YearOption year = new CommonOptions.YearOption();
    YearRange change;
    boolean percent;
    Metric per;
    String region;
    Path judgements;
    LocalDate judgementsAt;

    /**
     * The command's model, bound to this object's fields.
     *
     * @param name {@code top} or {@code bottom}
     * @param footer the examples
     * @param description what the command shows
     * @return the command's model
     */
    CommandSpec spec(String name, String[] footer, String description) {
      CommandSpec spec = CliModel.command(this, name, "%nExample:%n", footer, description);
      CliModel.with(spec, data.options(), format.options());
      CliModel.add(spec,
          CliModel.<Metric>option(Metric.class, () -> metric, v -> metric = v, "--metric")
              .paramLabel("METRIC").defaultValue("caseload").description("Metric to rank by "
                  + "(default: ${DEFAULT-VALUE}): a name from 'csww metrics', e.g. agency-rate, "
                  + "AGENCY_RATE or agency_rate_fte."),
          CliModel.<Integer>option(int.class, () -> n, v -> n = v, "-n").paramLabel("N")
              .defaultValue("5").description("How many rows (default: ${DEFAULT-VALUE}); rows "
                  + "tied with the n-th are shown too unless --exact."),
          CliModel.flag("exact", () -> exact, v -> exact = v, "--exact",
              "Cut at exactly n rows, saying how many tied rows were cut."));
      CliModel.with(spec, year.options());
      CliModel.add(spec,
          CliModel.<YearRange>option(YearRange.class, () -> change, v -> change = v,
              "--change").paramLabel("FROM..TO").description("Rank by the change in the "
                  + "metric from one year to another, e.g. 2022..2023; authorities missing in "
                  + "either year are left out, with the reason."),
          CliModel.flag("percent", () -> percent, v -> percent = v, "--percent",
              "With --change: the change in per cent of the earlier value."),
          CliModel.<Metric>option(Metric.class, () -> per, v -> per = v, "--per")
              .paramLabel("METRIC").description("Rank by the metric per another, e.g. --metric "
                  + "agency-workers --per case-holders."),
          CliModel.<String>option(String.class, () -> region, v -> region = v, "--region")
              .paramLabel("REGION").description("Only the authorities of a region, e.g. London "
                  + "(Inner and Outer London)."),
          CliModel.<Path>option(Path.class, () -> judgements, v -> judgements = v,
              "--judgements").paramLabel("FILE").description("Ofsted's inspection outcomes "
                  + "(ODS, or CSV) to show each authority's judgement; default with the bundled "
                  + "data: Ofsted's outcomes at 31 March 2025."),
          CliModel.<LocalDate>option(LocalDate.class, () -> judgementsAt,
              v -> judgementsAt = v, "--judgements-at").paramLabel("DATE")
              .description("Look judgements up on this date (2024-03-31); default: the census "
                  + "date, 30 September of the year."));
      return CliModel.withStandardHelp(spec);
    }

    abstract Ranking cut(Ranking ranking);

    abstract String word();

    @Override
    public Integer call() throws IOException {
      if (n < 1) {
        throw new UsageException("-n needs a number above 0, got " + n);
      }
      Output output = format.output(cli);
      if (change != null && (year.value != null || per != null)) {
        throw new UsageException("--change names its own years and metric: give it without "
            + (year.value != null ? "--year" : "--per"));
      }
      if (percent && change == null) {
        throw new UsageException("--percent goes with --change FROM..TO");
      }
      if (per != null && per == metric) {
        throw new UsageException("--per " + per.displayName() + " is the metric ranked "
            + "(--metric " + metric.displayName() + "), and a ratio of a metric to itself is "
            + "always 1: give --per another metric, e.g. --per case-holders");
      }
      DataOptions.Data d = data.load(cli);
      CommonOptions.published(d.workforce, "--metric", metric);
      if (per != null) {
        CommonOptions.published(d.workforce, "--per", per);
      }
      int y = change != null ? change.to() : year.in(d.workforce);
      if (change != null) {
        DataOptions.year(d.workforce, change.from());
        DataOptions.year(d.workforce, change.to());
        if (change.from() == change.to()) {
          throw new UsageException("--change needs two different years, got " + change);
        }
      }
      DataOptions.joinJudgements(d, judgements, judgementsAt, y);
      Workforce view = change != null ? d.workforce : d.workforce.year(y);
      if (region != null) {
        view = view.region(region);
      }
      Measure measure = change != null
          ? (percent ? Measure.percentChange(metric, change.from(), change.to())
              : Measure.change(metric, change.from(), change.to()))
          : per != null ? Measure.ratio(metric, per) : metric;
      // a year with England's figures alone ranks nothing: refused, as an unpublished metric is
      if (change != null) {
        DataOptions.authorityYear(d.workforce, "--change " + change, change.from());
      }
      DataOptions.authorityYear(d.workforce, change != null ? "--change " + change
          : DataOptions.yearWords(year.value, y), y);
      Ranking ranking = view.rankBy(measure);
      if (d.judgementsAt.isPresent()) {
        ranking = ranking.judgementsAt(d.judgementsAt.get());
      }
      Ranking cut = cut(ranking);
      List<String> notes = new ArrayList<>(d.notes);
      tieSummary(cut, n, exact).ifPresent(notes::add);
      // the library's note names its own call (topWithTies(5)); say it in command-line words
      Table table = d.inWords(cut);
      output.print(Output.rewritten(table, table.title(), note -> note.replaceFirst(
          ": (top|bottom)WithTies\\(\\d+\\) shows them\\.$",
          ": without --exact, " + word() + " shows them.")), notes, d.sources);
      return 0;
    }
  }

  /**
   * The line that says how the cut kept ties: {@code 7 rows, not 5: 3 tie at rank 4 (--exact
   * cuts at 5).}; empty when nothing tied at the cut or with --exact.
   */
  static java.util.Optional<String> tieSummary(Ranking cut, int n, boolean exact) {
    List<Ranked> rows = cut.rows();
    if (rows.isEmpty()) {
      return java.util.Optional.empty();
    }
    int lastRank = rows.get(rows.size() - 1).rank();
    int atLast = 0;
    for (Ranked r : rows) {
      atLast += r.rank() == lastRank ? 1 : 0;
    }
    if (exact || rows.size() <= n) {
      // with --exact, the ranking's own note says how many tied rows were cut, and which
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(rows.size() + " rows, not " + n + ": " + atLast + " tie at rank "
        + lastRank + " (--exact cuts at " + n + ").");
  }

  /** {@code csww top}: the highest values. */
  static final class Top extends RankCommand {
    /**
     * {@code top}'s model, on a new object whose parent is {@code cli}.
     *
     * @param cli the root command's object
     * @return the command's model
     */
    static CommandSpec spec(Cli cli) {
      Top t = new Top();
      t.cli = cli;
      return t.spec("top", new String[] {
          "  csww top --metric turnover_rate_fte -n 10 --year 2024 --format csv",
          "  csww top --metric turnover-rate --change 2022..2023"},
          "The authorities with the highest values of a metric, with every row tied at the cut "
              + "and the authorities left out (suppressed, x, or not existing that year).");
    }

    @Override
    Ranking cut(Ranking ranking) {
      return exact ? ranking.top(n) : ranking.topWithTies(n);
    }

    @Override
    String word() {
      return "top";
    }
  }

  /** {@code csww bottom}: the lowest values. */
  static final class Bottom extends RankCommand {
    /**
     * {@code bottom}'s model, on a new object whose parent is {@code cli}.
     *
     * @param cli the root command's object
     * @return the command's model
     */
    static CommandSpec spec(Cli cli) {
      Bottom b = new Bottom();
      b.cli = cli;
      return b.spec("bottom", new String[] {"  csww bottom --metric agency-rate -n 3 --exact"},
          "The authorities with the lowest values of a metric, lowest first; each keeps its "
              + "rank counted from the highest. Ties and left-out authorities as for top.");
    }

    @Override
    Ranking cut(Ranking ranking) {
      return exact ? ranking.bottom(n) : ranking.bottomWithTies(n);
    }

    @Override
    String word() {
      return "bottom";
    }
  }
}
