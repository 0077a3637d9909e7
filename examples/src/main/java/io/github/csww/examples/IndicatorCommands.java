package io.github.csww.examples;

import io.github.csww.Correlation;
import io.github.csww.CorrelationMethod;
import io.github.csww.CorrelationOptions;
import io.github.csww.Indicators;
import io.github.csww.Metric;
import io.github.csww.PeriodAlignment;
import io.github.csww.Workforce;
import io.github.csww.examples.Cli.UsageException;
import io.github.csww.io.EesApiException;
import io.github.csww.io.EesClient;
import io.github.csww.io.EesReference;
import io.github.csww.io.IndicatorReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code csww correlate} and {@code csww fetch}: other indicators, and the EES public API. */
final class IndicatorCommands {
  private IndicatorCommands() {}

  /** {@code csww correlate}: a workforce metric against an indicator of another EES file. */
  static final class Correlate implements Callable<Integer> {
    Cli cli;
    DataOptions data = new DataOptions();
    Output.Options format = new Output.Options();
    Metric metric;
    String indicators;
    String indicator;
    java.util.Map<String, String> filters = new java.util.LinkedHashMap<>();
    Integer year;
    boolean samePeriod;
    boolean pearson;
    long seed;

    /**
     * {@code correlate}'s model, on a new object whose parent is {@code cli}.
     *
     * @param cli the root command's object
     * @return the command's model
     */
    static CommandSpec spec(Cli cli) {
      Correlate c = new Correlate();
      c.cli = cli;
      CommandSpec spec = CliModel.command(c, "correlate", "%nExample:%n",
          new String[] {"  csww correlate --metric caseload --indicators "
              + "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv "
              + "--indicator rereferral_percent --year 2023"}, "Rank correlation (Spearman; "
              + "--pearson for Pearson) across authorities between a workforce metric in one "
              + "year and an indicator of another Explore Education Statistics file, aligned by "
              + "period: the census of 30 September Y falls in the year to 31 March Y+1. Gives "
              + "n, rho, a seeded permutation p-value, a bootstrap interval and every authority "
              + "left out.");
      CliModel.with(spec, c.data.options(), c.format.options());
      return CliModel.withStandardHelp(CliModel.add(spec,
          CliModel.<Metric>option(Metric.class, () -> c.metric, v -> c.metric = v, "--metric")
              .paramLabel("METRIC").defaultValue("caseload")
              .description("Workforce metric (default: ${DEFAULT-VALUE})."),
          CliModel.<String>option(String.class, () -> c.indicators, v -> c.indicators = v,
              "--indicators").paramLabel("FILE").required(true)
              .description("An EES standard-layout file (or ees:DATASET_ID[@VERSION])."),
          CliModel.<String>option(String.class, () -> c.indicator, v -> c.indicator = v,
              "--indicator").paramLabel("NAME").required(true)
              .description("The indicator column, for example rereferral_percent."),
          CliModel.<java.util.Map<String, String>>option(java.util.Map.class, () -> c.filters,
              v -> c.filters = v, "--filter").auxiliaryTypes(String.class, String.class)
              .paramLabel("COLUMN=VALUE").description("Choose a value of a filter column of "
                  + "the indicator file, e.g. category=\"Referrals and Re-referrals\"."),
          CliModel.<Integer>option(Integer.class, () -> c.year, v -> c.year = v, "--year")
              .paramLabel("YEAR")
              .description("Workforce reporting year; default: the latest in the file."),
          CliModel.flag("samePeriod", () -> c.samePeriod, v -> c.samePeriod = v,
              "--same-period", "Align workforce year Y with time_period Y instead of Y+1."),
          CliModel.flag("pearson", () -> c.pearson, v -> c.pearson = v, "--pearson",
              "Pearson's r instead of Spearman's rho."),
          CliModel.<Long>option(long.class, () -> c.seed, v -> c.seed = v, "--seed")
              .paramLabel("SEED").defaultValue("1").description("Seed of the permutation test "
                  + "and the bootstrap (default: ${DEFAULT-VALUE}).")));
    }

    @Override
    public Integer call() throws IOException {
      Output output = format.output(cli);
      DataOptions.Data d = data.load(cli);
      int y = DataOptions.year(d.workforce, year);
      Workforce view = d.workforce.year(y);
      CommonOptions.published(d.workforce, "--metric", metric);
      IndicatorReader reader = IndicatorReader.standard();
      for (var e : filters.entrySet()) {
        reader = reader.filter(e.getKey(), e.getValue());
      }
      Indicators in = reader.read(DataOptions.path(cli, indicators));
      d.sources.add("Indicators: " + indicators);
      PeriodAlignment alignment = samePeriod ? PeriodAlignment.offset(0)
          : PeriodAlignment.childrenInNeedYear();
      if (!in.names().contains(indicator)) {
        throw new UsageException("no indicator '" + indicator + "' in " + indicators
            + "; indicators: " + String.join(", ", in.names()));
      }
      checkPeriod(d.workforce, year != null, y, in, indicators, alignment, !samePeriod);
      Correlation c = Correlation.of(pearson ? CorrelationMethod.PEARSON
          : CorrelationMethod.SPEARMAN, view, metric, in, indicator, alignment,
          CorrelationOptions.defaults().withSeed(seed));
      output.print(c, d.notes, d.sources);
      return 0;
    }
  }

  /**
   * Checks that the indicator file has the period a workforce year pairs with, as the library
   * does, to refuse in command-line words: which periods the file has, and the latest
   * {@code --year} that pairs with one of them (and {@code --same-period} where it would help).
   *
   * @param wf the workforce, for the years it has
   * @param yearGiven whether {@code --year} was given, or the latest year taken
   * @param y the workforce year
   * @param in the indicators
   * @param file the indicator file as given
   * @param alignment how workforce years pair with the file's periods
   * @param samePeriodHelps whether the command has {@code --same-period} and it is not given
   * @throws UsageException if the file does not have the period {@code y} pairs with
   */
  static void checkPeriod(Workforce wf, boolean yearGiven, int y, Indicators in, String file,
      PeriodAlignment alignment, boolean samePeriodHelps) {
    int period = alignment.period(y);
    if (in.periods().contains(period)) {
      return;
    }
    Integer pairs = null;
    for (int each : wf.years()) {
      if (in.periods().contains(alignment.period(each))) {
        pairs = each; // the latest, as the years ascend
      }
    }
    List<String> instead = new ArrayList<>();
    if (pairs != null) {
      instead.add("--year " + pairs + " (time_period " + alignment.period(pairs) + ")");
    }
    if (samePeriodHelps && in.periods().contains(y)) {
      instead.add("--same-period to pair " + y + " with time_period " + y);
    }
    throw new UsageException(file + " has no time_period " + period + ", which "
        + (yearGiven ? "--year " + y : "the workforce's latest year, " + y + ",")
        + " pairs with (" + alignment.describe(y) + "); it has time_periods "
        + FindCommands.ranges(in.periods()) + (instead.isEmpty() ? ", and no year of the "
        + "workforce pairs with one of them" : "; give " + String.join(", or ", instead)));
  }

  /** {@code csww fetch}: a data set's CSV from the EES public data API. */
  static final class Fetch implements Callable<Integer> {
    Cli cli;
    String id;
    String version;
    String output;
    boolean offline;
    Path cache;

    /**
     * {@code fetch}'s model, on a new object whose parent is {@code cli}. With {@code -h,
     * --help} but not {@code -V}: its own {@code --version} is a data set's version. (When
     * picocli read this command's annotations, the clash left out both standard help options,
     * and {@code csww fetch --help} was refused for missing options.)
     *
     * @param cli the root command's object
     * @return the command's model
     */
    static CommandSpec spec(Cli cli) {
      Fetch c = new Fetch();
      c.cli = cli;
      CommandSpec spec = CliModel.command(c, "fetch", "%nExample:%n",
          new String[] {"  csww fetch DATASET_ID --version 2.0 --output csww.csv"}, "Download a "
              + "data set's CSV from the Explore Education Statistics public data API (kept in a "
              + "cache, so a second run works offline) and write it to a file. Any command's "
              + "--file also takes ees:DATASET_ID[@VERSION].");
      // options first: picocli lists the missing required options before the parameters
      CliModel.add(spec,
          CliModel.<String>option(String.class, () -> c.version, v -> c.version = v,
              "--version").paramLabel("V").defaultValue(EesClient.LATEST)
              .description("Data set version, e.g. 2.0 or 2.*; default: ${DEFAULT-VALUE}."),
          CliModel.<String>option(String.class, () -> c.output, v -> c.output = v, "-o",
              "--output").paramLabel("FILE").required(true)
              .description("Where to write the CSV (a file, not a directory)."),
          CliModel.flag("offline", () -> c.offline, v -> c.offline = v, "--offline",
              "Use only the cache; never connect."),
          CliModel.<Path>option(Path.class, () -> c.cache, v -> c.cache = v, "--cache")
              .paramLabel("DIR").description("Cache directory; default: $XDG_CACHE_HOME/csww/ees "
                  + "when XDG_CACHE_HOME is set, else ~/.cache/csww/ees."));
      spec.addPositional(CliModel.<String>parameter(String.class, () -> c.id,
          v -> c.id = v).index("0").paramLabel("DATASET_ID").required(true)
          .description("The API data set's id (a GUID), as EES lists it for a data set "
              + "published through its API.").build());
      return CliModel.withHelp(spec);
    }

    @Override
    public Integer call() throws IOException {
      // the arguments first, before anything is asked of the API
      EesReference asked;
      try {
        asked = new EesReference(id, version);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      Path out = Path.of(output);
      if (Files.isDirectory(out) || output.endsWith("/")
          || output.endsWith(out.getFileSystem().getSeparator())) {
        throw new UsageException("--output " + output + " is a directory; give the file to "
            + "write, such as " + out.resolve(id + ".csv"));
      }
      EesClient.Builder b = cli.ees().offline(offline);
      if (cache != null) {
        b.cacheDirectory(cache);
      }
      EesClient ees = b.build();
      String then = offline ? "run without --offline, with a network, to fetch it"
          : "fetch it once with a network, and later runs (or --offline) read the cache";
      String concrete;
      try {
        concrete = ees.resolveVersion(asked.dataSetId(), asked.version());
      } catch (EesApiException e) {
        throw DataOptions.withHint(e, ees, then);
      }
      Path csv = DataOptions.download(ees, new EesReference(asked.dataSetId(), concrete), then);
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.copy(csv, out, StandardCopyOption.REPLACE_EXISTING);
      String from = concrete.equals(asked.version()) ? ""
          : asked.version().equals(EesClient.LATEST) ? ", the latest" : " for " + asked.version();
      cli.err.println("wrote " + out + " (data set " + id + ", version " + concrete + from + ")");
      return 0;
    }
  }
}
