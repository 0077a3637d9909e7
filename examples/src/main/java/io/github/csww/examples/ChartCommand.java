package io.github.csww.examples;

import io.github.csww.Area;
import io.github.csww.Authority;
import io.github.csww.Column;
import io.github.csww.Format;
import io.github.csww.LeftOut;
import io.github.csww.Level;
import io.github.csww.Metric;
import io.github.csww.Ranked;
import io.github.csww.Ranking;
import io.github.csww.Result;
import io.github.csww.Snapshot;
import io.github.csww.Trend;
import io.github.csww.Unit;
import io.github.csww.Workforce;
import io.github.csww.examples.Cli.UsageException;
import io.github.csww.examples.chart.ChartFormat;
import io.github.csww.examples.chart.Drawing;
import io.github.csww.examples.chart.RankedBarChart;
import io.github.csww.examples.chart.ScatterChart;
import io.github.csww.examples.chart.Titles;
import io.github.csww.examples.chart.TrendChart;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code csww chart}: ranked bars, a trend or a scatter, written as PNG, SVG or PDF by the
 * output's extension, with titles and the source line on the chart.
 */
final class ChartCommand implements Callable<Integer> {
  /** What a chart draws. */
  enum Kind { BARS, TREND, SCATTER }

  /** Reorganisations: the first year after, the LA numbers involved, what happened. */
  private record Reorganisation(int year, Set<String> laNumbers, String label) {}

  private static final List<Reorganisation> REORGANISATIONS = List.of(
      new Reorganisation(2019, Set.of("835", "836", "837", "838", "839"),
          "April 2019: Bournemouth, Christchurch and Poole, and Dorset, formed"),
      new Reorganisation(2021, Set.of("928", "940", "941"),
          "April 2021: Northamptonshire replaced by North and West Northamptonshire"),
      new Reorganisation(2023, Set.of("909", "942", "943"),
          "April 2023: Cumbria replaced by Cumberland and by Westmorland and Furness"));

  Cli cli;
  /** The command's model, for the options given (as opposed to left at their defaults). */
  CommandSpec spec;
  DataOptions data = new DataOptions();
  Output.Options format = new Output.Options();
  Kind kind;
  Metric metric;
  Metric yMetric;
  String indicators;
  String indicator;
  int n;
  Integer year;
  YearRange years;
  Path output;
  int width;
  Integer height;
  List<String> areas;

  /**
   * {@code chart}'s model, on a new object whose parent is {@code cli}.
   *
   * @param cli the root command's object
   * @return the command's model
   */
  static CommandSpec spec(Cli cli) {
    ChartCommand c = new ChartCommand();
    c.cli = cli;
    CommandSpec spec = CliModel.command(c, "chart", "%nExamples:%n", new String[] {
        "  csww chart -o caseload.png", "  csww chart --kind trend Cumbria Cumberland "
            + "England --years 2019..2025 -o cumbria.svg", "  csww chart --kind scatter "
            + "--metric caseload --y-metric turnover-rate -o scatter.pdf"}, "Draw a chart fit "
            + "to publish, with its source line: ranked bars of the highest and lowest "
            + "authorities with England (bars), one or more areas over the years with the 2017 "
            + "series break and reorganisations marked (trend), or two metrics against each "
            + "other with outliers named (scatter).", "The format follows the output's "
            + "extension: .png, .svg or .pdf. With --format csv, json or markdown, the figures "
            + "drawn are printed too, and the notice of the file written goes to standard "
            + "error.");
    c.spec = spec;
    CliModel.with(spec, c.data.options(), c.format.options());
    CliModel.add(spec,
        CliModel.<Kind>option(Kind.class, () -> c.kind, v -> c.kind = v, "--kind")
            .paramLabel("KIND").defaultValue("bars")
            .description("bars, trend or scatter (default: ${DEFAULT-VALUE})."),
        CliModel.<Metric>option(Metric.class, () -> c.metric, v -> c.metric = v, "--metric")
            .paramLabel("METRIC").defaultValue("caseload").description("Metric (default: "
                + "${DEFAULT-VALUE}); for scatter, the horizontal one."),
        CliModel.<Metric>option(Metric.class, () -> c.yMetric, v -> c.yMetric = v,
            "--y-metric").paramLabel("METRIC").defaultValue("turnover-rate")
            .description("Scatter: the vertical metric (default: ${DEFAULT-VALUE})."),
        CliModel.<String>option(String.class, () -> c.indicators, v -> c.indicators = v,
            "--indicators").paramLabel("FILE").description("Scatter: an EES standard-layout "
                + "file whose --indicator is drawn against --metric instead of --y-metric, "
                + "aligned by period (census 30 September Y, year to 31 March Y+1)."),
        CliModel.<String>option(String.class, () -> c.indicator, v -> c.indicator = v,
            "--indicator").paramLabel("NAME").description("Scatter: the indicator column of "
                + "--indicators, e.g. rereferral_percent."),
        CliModel.<Integer>option(int.class, () -> c.n, v -> c.n = v, "-n").paramLabel("N")
            .defaultValue("10").description("Bars: how many authorities at each end, ties "
                + "kept (default: ${DEFAULT-VALUE})."),
        CliModel.<Integer>option(Integer.class, () -> c.year, v -> c.year = v, "--year")
            .paramLabel("YEAR")
            .description("Bars and scatter: reporting year; default: the latest."),
        CliModel.<YearRange>option(YearRange.class, () -> c.years, v -> c.years = v,
            "--years").paramLabel("FROM..TO")
            .description("Trend: reporting years, e.g. 2019..2025; default: every year."),
        CliModel.<Path>option(Path.class, () -> c.output, v -> c.output = v, "-o", "--output")
            .paramLabel("FILE").defaultValue("csww-chart.png").description("Image to write: "
                + ".png, .svg or .pdf (default: ${DEFAULT-VALUE})."),
        CliModel.<Integer>option(int.class, () -> c.width, v -> c.width = v, "--width")
            .paramLabel("PIXELS").defaultValue("1000")
            .description("Width (default: ${DEFAULT-VALUE})."),
        CliModel.<Integer>option(Integer.class, () -> c.height, v -> c.height = v, "--height")
            .paramLabel("PIXELS").description("Height; default: room for every bar, 620 for a "
                + "trend, 760 for a scatter."));
    spec.addPositional(CliModel.<List<String>>parameter(List.class, () -> c.areas,
        v -> c.areas = v).auxiliaryTypes(String.class).index("0..*").paramLabel("AREA")
        .arity("0..*").description("Trend: the areas to draw (authorities, regions, England); "
            + "default: England.").build());
    return CliModel.withStandardHelp(spec);
  }

  @Override
  public Integer call() throws IOException {
    try {
      ChartFormat.of(output);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (n < 1) {
      throw new UsageException("-n needs a number above 0, got " + n);
    }
    if (areas != null && !areas.isEmpty() && kind != Kind.TREND) {
      throw new UsageException("areas are drawn by --kind trend; " + kind.name()
          .toLowerCase(Locale.ROOT) + " draws every authority");
    }
    refuseOptionsTheKindIgnores();
    if (kind == Kind.SCATTER && indicators == null && metric == yMetric) {
      throw new UsageException("--metric and --y-metric are both " + metric.displayName()
          + ": a scatter draws two different metrics against each other; give --y-metric "
          + "another metric");
    }
    checkDirectory(output);
    Output printer = format.output(cli);
    DataOptions.Data d = data.load(cli);
    String source = String.join(" ", d.sources);
    Workforce wf = d.workforce;
    int y = DataOptions.year(wf, year);
    if (kind != Kind.TREND) { // bars and scatters draw authorities
      DataOptions.authorityYear(wf, DataOptions.yearWords(year, y), y);
    }
    CommonOptions.published(wf, "--metric", metric);
    if (kind == Kind.SCATTER && indicators == null) {
      CommonOptions.published(wf, "--y-metric", yMetric);
    }
    Drawing drawing;
    int h;
    switch (kind) {
      case TREND -> {
        drawing = trend(AreaCommands.years(wf, years), source);
        h = 620;
      }
      case SCATTER -> {
        drawing = indicators == null ? scatter(wf.year(y), y, source)
            : scatterIndicator(wf, wf.year(y), y, source);
        h = 760;
      }
      default -> {
        RankedBarChart bars = bars(wf.year(y), y, source);
        drawing = bars;
        h = bars.suggestedHeight();
      }
    }
    Path written;
    try {
      written = drawing.write(output, width, height != null ? height : h);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    } catch (FileSystemException e) {
      // Java's message is the file alone: say why, in the system's words
      throw new IOException("cannot write the chart to " + output + ": " + Cli.reason(e), e);
    }
    if (printer.format().kind() == Format.Kind.TEXT) {
      cli.out.println("wrote " + written);
      return 0;
    }
    // the figures drawn go to standard output, so the notice goes to standard error
    printer.print(drawn, d.notes, d.sources);
    cli.err.println("wrote " + written);
    return 0;
  }

  /** The figures the chart draws, as a result: set by the method that draws it. */
  private Result drawn;

  /** Whether an option was given on the command line, rather than left at its default. */
  private boolean given(String option) {
    return spec != null && spec.commandLine() != null
        && spec.commandLine().getParseResult() != null
        && spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  /**
   * Refuses an option the kind of chart does not draw, rather than ignore it: a chart drawn
   * without it could be taken for one drawn with it.
   */
  private void refuseOptionsTheKindIgnores() {
    String k = "--kind " + kind.name().toLowerCase(Locale.ROOT);
    String draws = switch (kind) {
      case BARS -> k + " draws --metric in one year (--year)";
      case TREND -> k + " draws --metric over the years (--years) for the areas named";
      default -> k + " draws --metric against --y-metric, or against --indicator of "
          + "--indicators, in one year (--year)";
    };
    if (kind != Kind.SCATTER) {
      for (String o : List.of("--y-metric", "--indicators", "--indicator")) {
        if (given(o)) {
          throw new UsageException(o + " is for --kind scatter; " + draws);
        }
      }
    }
    if (kind != Kind.BARS && given("-n")) {
      throw new UsageException("-n is for --kind bars; " + draws);
    }
    if (kind == Kind.TREND && given("--year")) {
      throw new UsageException("--year is for --kind bars and scatter; " + draws);
    }
    if (kind != Kind.TREND && given("--years")) {
      throw new UsageException("--years is for --kind trend; " + draws);
    }
    if (kind == Kind.SCATTER && given("--indicator") && !given("--indicators")) {
      throw new UsageException("--indicator NAME needs --indicators FILE, the EES file whose "
          + "column it is");
    }
    if (kind == Kind.SCATTER && given("--indicators") && given("--y-metric")) {
      throw new UsageException("--y-metric and --indicators both choose the vertical axis: "
          + "with --indicators, --indicator is drawn against --metric; give one of them");
    }
  }

  /**
   * Checks that the output's folder exists, before anything is read or drawn: csww writes the
   * file it is given and makes no folders, so a mistyped folder is not made silently.
   */
  static void checkDirectory(Path output) {
    Path parent = output.toAbsolutePath().getParent();
    if (parent == null || Files.isDirectory(parent)) {
      return;
    }
    throw new UsageException("-o " + output + ": " + (Files.exists(parent)
        ? parent + " is not a directory" : "the directory " + parent + " does not exist "
        + "(csww does not create it): create it first, or write the chart elsewhere"));
  }

  static String heading(Metric m) {
    return Column.of(m).heading();
  }

  RankedBarChart bars(Workforce view, int y, String source) {
    Ranking ranking = view.rankBy(metric);
    List<RankedBarChart.Bar> high = new ArrayList<>();
    for (Ranked r : ranking.topWithTies(n)) {
      high.add(new RankedBarChart.Bar(r.area().label(), r.value()));
    }
    List<RankedBarChart.Bar> low = new ArrayList<>();
    Set<String> shown = new LinkedHashSet<>();
    high.forEach(b -> shown.add(b.label()));
    for (Ranked r : ranking.bottomWithTies(n)) {
      if (!shown.contains(r.area().label())) {
        low.add(new RankedBarChart.Bar(r.area().label(), r.value()));
      }
    }
    Set<Ranked> drawnRows = new HashSet<>(ranking.topWithTies(n).rows());
    for (Ranked r : ranking.bottomWithTies(n)) {
      drawnRows.add(r);
    }
    // where(...)'s note ("Filtered by a condition") would read as a filter the user asked for
    Ranking kept = ranking.where(drawnRows::contains);
    drawn = Output.withNotes(kept.table(), note -> note.startsWith("Filtered by a condition")
        ? "The bars drawn: the highest and lowest " + n + ", ties kept; ranks are among all "
        + ranking.size() + " authorities ranked." : note);
    List<String> left = new ArrayList<>();
    for (LeftOut l : ranking.leftOut()) {
      left.add(l.area().label());
    }
    RankedBarChart.Builder b = RankedBarChart.builder(new Titles(
            metric.label() + ": the highest and lowest of " + ranking.size()
                + " local authorities",
            heading(metric) + ", 30 September " + y
                + (left.isEmpty() ? "" : ". Not published for " + String.join(", ", left) + "."),
            source))
        .group("Highest " + n + (high.size() > n ? " (" + high.size() + " with ties)" : ""), high)
        .axisTitle(heading(metric));
    if (!low.isEmpty()) {
      b.group("Lowest " + n + (low.size() > n ? " (" + low.size() + " with ties)" : ""), low);
    }
    format(b, metric.unit());
    view.england().filter(s -> s.has(metric)).ifPresent(s ->
        b.reference("England", s.number(metric)));
    return b.build();
  }

  private static void format(RankedBarChart.Builder b, Unit unit) {
    b.decimals(Math.min(3, Math.max(0, unit.decimals())));
    if (unit == Unit.PERCENT) {
      b.suffix("%");
    }
  }

  TrendChart trend(Workforce wf, String source) {
    List<String> names = areas == null || areas.isEmpty() ? List.of("England") : areas;
    int first = wf.years().first();
    int last = wf.years().last();
    TrendChart.Builder b = TrendChart.builder(new Titles(metric.label() + ": "
            + String.join(", ", names), heading(metric) + ", 30 September " + first + " to "
            + last, source))
        .axisTitle(heading(metric))
        .decimals(Math.min(3, Math.max(0, metric.unit().decimals())));
    if (metric.unit() == Unit.PERCENT) {
      b.suffix("%");
    }
    if (first <= 2017 && last >= 2017) {
      b.marker(TrendChart.SERIES_BREAK_2017);
    }
    Set<Reorganisation> marked = new LinkedHashSet<>();
    for (String name : names) {
      Trend t = AreaCommands.byName(wf, name, () -> wf.trend(name, metric));
      Map<Integer, Double> values = new TreeMap<>();
      for (Trend.Point p : t.points()) {
        if (p.value().isPresent()) {
          values.put(p.year(), p.value().doubleValue());
        }
      }
      if (values.isEmpty()) {
        throw new UsageException(t.area().label() + " has no published " + metric.label()
            .toLowerCase(Locale.ROOT) + " in " + first + ".." + last);
      }
      b.series(t.area().label(), values);
      if (t.area() instanceof Authority a) {
        for (Reorganisation r : REORGANISATIONS) {
          if (r.year() > first && r.year() <= last && a.laNumbers().stream()
              .anyMatch(x -> r.laNumbers().contains(Integer.toString(x)))) {
            marked.add(r);
          }
        }
      }
    }
    marked.forEach(r -> b.marker(r.year(), r.label()));
    Set<Area> drawnAreas = new HashSet<>();
    for (String name : names) {
      drawnAreas.add(wf.area(name));
    }
    drawn = wf.level(Level.NATIONAL, Level.REGIONAL,
        Level.LOCAL_AUTHORITY).where(s -> drawnAreas.contains(s.area()))
        .table(metric);
    return b.build();
  }

  ScatterChart scatter(Workforce view, int y, String source) {
    List<ScatterChart.Point> points = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Snapshot england = null;
    for (Snapshot s : view.snapshots()) {
      switch (s.area().level()) {
        case NATIONAL -> england = s;
        case LOCAL_AUTHORITY -> {
          if (s.has(metric) && s.has(yMetric)) {
            points.add(new ScatterChart.Point(s.area().label(), s.number(metric),
                s.number(yMetric)));
          } else {
            missing.add(s.area().label());
          }
        }
        default -> { }
      }
    }
    drawn = view.level(Level.LOCAL_AUTHORITY).table(metric, yMetric);
    ScatterChart.Builder b = ScatterChart.builder(new Titles(metric.label() + " and "
            + yMetric.label().toLowerCase(Locale.ROOT) + " in " + points.size()
            + " local authorities", heading(metric) + " and " + heading(yMetric)
            + ", 30 September " + y + (missing.isEmpty() ? "" : ". Not shown, a figure not "
            + "published: " + String.join(", ", missing) + "."), source))
        .points(points)
        .xAxisTitle(heading(metric))
        .yAxisTitle(heading(yMetric));
    if (england != null && england.has(metric)) {
      b.xReference("England", england.number(metric));
    }
    if (england != null && england.has(yMetric)) {
      b.yReference("England", england.number(yMetric));
    }
    return b.build();
  }

  /** A workforce metric against an indicator of another EES file, aligned by period. */
  ScatterChart scatterIndicator(Workforce wf, Workforce view, int y, String source)
      throws IOException {
    if (indicator == null) {
      throw new UsageException("--indicators needs --indicator NAME, the column to draw");
    }
    io.github.csww.Indicators in = io.github.csww.io.IndicatorReader.standard()
        .read(DataOptions.path(cli, indicators));
    if (!in.names().contains(indicator)) {
      throw new UsageException("no indicator '" + indicator + "' in " + indicators
          + "; indicators: " + String.join(", ", in.names()));
    }
    IndicatorCommands.checkPeriod(wf, year != null, y, in, indicators,
        io.github.csww.PeriodAlignment.childrenInNeedYear(), false);
    io.github.csww.Correlation c = io.github.csww.Correlation.spearman(view, metric, in,
        indicator, io.github.csww.PeriodAlignment.childrenInNeedYear(),
        io.github.csww.CorrelationOptions.defaults());
    List<ScatterChart.Point> points = new ArrayList<>();
    for (io.github.csww.CorrelationPair p : c.pairs()) {
      points.add(new ScatterChart.Point(p.authority().name(), p.x(), p.y()));
    }
    List<String> missing = new ArrayList<>();
    c.leftOut().forEach(e -> missing.add(e.authority().name()));
    drawn = c.pairsTable();
    return ScatterChart.builder(new Titles(metric.label() + " and " + indicator + " in "
            + points.size() + " local authorities", heading(metric) + ", 30 September " + y
            + "; " + indicator + ", " + c.aligned() + String.format(Locale.ROOT,
            ". Spearman's rho %.2f", c.rho()) + (missing.isEmpty() ? "." : ". Not shown, a "
            + "figure not published: " + String.join(", ", missing) + "."),
            source + " Indicators: " + indicators + "."))
        .points(points)
        .xAxisTitle(heading(metric))
        .yAxisTitle(indicator)
        .build();
  }
}
