package io.github.csww.examples;

import io.github.csww.Area;
import io.github.csww.Authority;
import io.github.csww.Comparison;
import io.github.csww.Metric;
import io.github.csww.NeighbourComparison;
import io.github.csww.Region;
import io.github.csww.UnknownAreaException;
import io.github.csww.Workforce;
import io.github.csww.examples.Cli.UsageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;

/** {@code csww compare}, {@code csww neighbours} and {@code csww trend}: named areas. */
final class AreaCommands {
  private AreaCommands() {}

  /** The years of a view: {@code --years} when given, else every year of the file. */
  static Workforce years(Workforce wf, YearRange years) {
    if (years == null) {
      return wf;
    }
    if (!wf.years().contains(years.from()) || !wf.years().contains(years.to())) {
      throw new UsageException("--years " + years + " is outside the file's years, "
          + wf.years().first() + ".." + wf.years().last());
    }
    return wf.years(years.from(), years.to());
  }

  /**
   * A look-up by name over the years of a view ({@code csww trend}, {@code csww chart --kind
   * trend}), turning the library's message for a name several authorities have held in those
   * years (Dorset: 835 to 2018, 838 from 2019) into one that says how to pick one on the command
   * line: by LA number or ONS code, or by {@code --years}.
   *
   * @param wf the view the name is looked up in
   * @param name the name given
   * @param lookup the look-up, for example {@code () -> wf.trend(name, metric)}
   * @return what the look-up returns
   * @throws UsageException if the name is ambiguous in the view, naming each authority
   * @throws UnknownAreaException if the name matches nothing
   */
  static <T> T byName(Workforce wf, String name, Supplier<T> lookup) {
    try {
      return lookup.get();
    } catch (UnknownAreaException e) {
      if (!e.isAmbiguous()) {
        throw e;
      }
      List<String> numbers = new ArrayList<>();
      for (int y : wf.years()) {
        try {
          Area a = wf.year(y).area(name);
          if (a instanceof Authority au && !numbers.contains(au.laNumber())) {
            numbers.add(au.laNumber());
          }
        } catch (UnknownAreaException sameYear) {
          // several authorities of that name in one year: no year tells them apart
        }
      }
      throw new UsageException("'" + e.query() + "' could mean "
          + String.join("; or ", e.suggestions()) + ": give its LA number"
          + (numbers.size() > 1 ? " (" + String.join(" or ", numbers) + ")" : "")
          + " or ONS code instead of the name"
          + (numbers.size() > 1 ? ", or --years that only one of them reported in" : ""));
    }
  }

  /** {@code csww compare}: areas side by side with their regions and England. */
  static final class Compare implements Callable<Integer> {
    Cli cli;
    DataOptions data = new DataOptions();
    Output.Options format = new Output.Options();
    CommonOptions.YearOption year = new CommonOptions.YearOption();
    List<Metric> metrics;
    Path judgements;
    List<String> areas;

    /**
     * {@code compare}'s model, on a new object whose parent is {@code cli}.
     *
     * @param cli the root command's object
     * @return the command's model
     */
    static CommandSpec spec(Cli cli) {
      Compare c = new Compare();
      c.cli = cli;
      CommandSpec spec = CliModel.command(c, "compare", "%nExample:%n",
          new String[] {"  csww compare Staffordshire \"West Midlands\" England --year 2024"},
          "Authorities, regions or England side by side for one year, with each authority's "
              + "region and England.");
      CliModel.with(spec, c.data.options(), c.format.options(), c.year.options());
      CliModel.add(spec,
          CliModel.<List<Metric>>option(List.class, () -> c.metrics, v -> c.metrics = v,
              "--metric").auxiliaryTypes(Metric.class).paramLabel("METRIC").splitRegex(",")
              .description("Metrics to show, comma separated (default: all)."),
          CliModel.<Path>option(Path.class, () -> c.judgements, v -> c.judgements = v,
              "--judgements").paramLabel("FILE").description("Ofsted's inspection outcomes to "
                  + "add each authority's judgement; default with the bundled data: Ofsted's "
                  + "outcomes at 31 March 2025."));
      spec.addPositional(CliModel.<List<String>>parameter(List.class, () -> c.areas,
          v -> c.areas = v).auxiliaryTypes(String.class).index("0..*").paramLabel("AREA")
          .arity("1..*").required(true)
          .description("Authority names, LA numbers or ONS codes; region names; England.")
          .build());
      return CliModel.withStandardHelp(spec);
    }

    @Override
    public Integer call() throws IOException {
      Output output = format.output(cli);
      DataOptions.Data d = data.load(cli);
      int y = year.in(d.workforce);
      if (metrics != null) {
        for (Metric m : metrics) {
          CommonOptions.published(d.workforce, "--metric", m);
        }
      }
      checkAreas(d.workforce.year(y), areas);
      DataOptions.joinJudgements(d, judgements, null, y);
      Comparison c = d.workforce.year(y).compare(areas.get(0),
          areas.subList(1, areas.size()).toArray(new String[0]));
      if (d.judgementsAt.isPresent()) {
        c = c.judgementsAt(d.judgementsAt.get());
      }
      if (metrics != null && !metrics.isEmpty()) {
        c = c.metrics(metrics);
      }
      output.print(d.inWords(c), d.notes, d.sources);
      return 0;
    }

    /**
     * Checks the areas named as the library does, to refuse in command-line words what it
     * refuses: England alone (England is the last column beside authorities or regions, never a
     * comparison by itself), and an authority named twice, by any of its names.
     *
     * @param view the year compared, which the names are resolved by
     * @param names the areas as given
     * @throws UsageException if no authority or region is named, or an authority twice
     */
    static void checkAreas(Workforce view, List<String> names) {
      boolean authorityOrRegion = false;
      Map<List<Integer>, String> seen = new HashMap<>(); // by LA numbers, as the library
      for (String name : names) {
        Area a = view.area(name);
        if (a instanceof Authority || a instanceof Region) {
          authorityOrRegion = true;
        }
        String before = a instanceof Authority au ? seen.putIfAbsent(au.laNumbers(), name)
            : null;
        if (before != null) {
          throw new UsageException((before.equals(name) ? "'" + name + "' is named twice"
              : "'" + before + "' and '" + name + "' both name " + a) + ": name each area "
              + "once");
        }
      }
      if (!authorityOrRegion) {
        throw new UsageException("compare needs an authority or a region: England is always "
            + "its last column, beside them, e.g. csww compare Staffordshire England (for "
            + "England alone over the years: csww trend England)");
      }
    }
  }

  /** {@code csww neighbours}: an authority against its statistical neighbours. */
  static final class Neighbours implements Callable<Integer> {
    Cli cli;
    DataOptions data = new DataOptions();
    Output.Options format = new Output.Options();
    CommonOptions.YearOption year = new CommonOptions.YearOption();
    Path neighboursFile;
    CommonOptions.MetricOption metric = new CommonOptions.MetricOption();
    String authority;

    /**
     * {@code neighbours}' model, on a new object whose parent is {@code cli}.
     *
     * @param cli the root command's object
     * @return the command's model
     */
    static CommandSpec spec(Cli cli) {
      Neighbours c = new Neighbours();
      c.cli = cli;
      CommandSpec spec = CliModel.command(c, "neighbours", "%nExample:%n",
          new String[] {"  csww neighbours Staffordshire --metric turnover-rate"},
          "An authority against its statistical neighbours on a metric: each neighbour's "
              + "value, the neighbour mean and the authority's rank among them.");
      CliModel.with(spec, c.data.options(), c.format.options(), c.year.options());
      CliModel.add(spec, CliModel.<Path>option(Path.class, () -> c.neighboursFile,
          v -> c.neighboursFile = v, "--neighbours-file").paramLabel("FILE")
          .description("DfE's statistical neighbour model (the 2021 groupings or the 2025 wide "
              + "CSV); default: the bundled 2025 model."));
      CliModel.with(spec, c.metric.options());
      spec.addPositional(CliModel.<String>parameter(String.class, () -> c.authority,
          v -> c.authority = v).index("0").paramLabel("AUTHORITY").required(true)
          .description("Name, LA number or ONS code.").build());
      return CliModel.withStandardHelp(spec);
    }

    @Override
    public Integer call() throws IOException {
      Output output = format.output(cli);
      DataOptions.Data d = data.load(cli);
      Workforce wf = d.workforce.withNeighbours(DataOptions.neighbours(d, neighboursFile));
      Integer y = year.value == null ? null : year.in(wf); // checked before the authority
      Metric m = metric.in(wf);
      // A name resolves by the year compared, --year or the file's latest, as compare's do:
      // "Dorset" is Dorset (835) with --year 2017, Dorset (838) from 2019 and by default.
      Authority named = wf.year(y == null ? wf.latestYear() : y).authority(authority).authority();
      NeighbourComparison c = y == null
          ? wf.authority(named).againstNeighbours(m)
          : wf.authority(named).againstNeighbours(m, y);
      output.print(c, d.notes, d.sources);
      return 0;
    }
  }

  /** {@code csww trend}: one area over the years. */
  static final class TrendCommand implements Callable<Integer> {
    Cli cli;
    DataOptions data = new DataOptions();
    Output.Options format = new Output.Options();
    CommonOptions.MetricOption metric = new CommonOptions.MetricOption();
    YearRange years;
    String area;

    /**
     * {@code trend}'s model, on a new object whose parent is {@code cli}.
     *
     * @param cli the root command's object
     * @return the command's model
     */
    static CommandSpec spec(Cli cli) {
      TrendCommand c = new TrendCommand();
      c.cli = cli;
      CommandSpec spec = CliModel.command(c, "trend", "%nExample:%n",
          new String[] {"  csww trend England --metric agency-rate --years 2019..2025"},
          "An authority's, a region's or England's values of a metric in every year of the "
              + "file (or --years), with the change from year to year.");
      CliModel.with(spec, c.data.options(), c.format.options(), c.metric.options());
      CliModel.add(spec, CliModel.<YearRange>option(YearRange.class, () -> c.years,
          v -> c.years = v, "--years").paramLabel("FROM..TO")
          .description("Reporting years, e.g. 2019..2025; default: every year of the file."));
      spec.addPositional(CliModel.<String>parameter(String.class, () -> c.area,
          v -> c.area = v).index("0").paramLabel("AREA").required(true)
          .description("Authority name, LA number or ONS code; a region; or England.").build());
      return CliModel.withStandardHelp(spec);
    }

    @Override
    public Integer call() throws IOException {
      Output output = format.output(cli);
      DataOptions.Data d = data.load(cli);
      Workforce wf = years(d.workforce, years);
      Metric m = metric.in(d.workforce);
      output.print(byName(wf, area, () -> wf.trend(area, m)), d.notes, d.sources);
      return 0;
    }
  }
}
