package io.github.csww.examples;

import io.github.csww.LoadReport;
import io.github.csww.Metric;
import io.github.csww.Workforce;
import io.github.csww.io.EesLayout;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;

/** Options several commands share: declared once, with the same help. */
final class CommonOptions {
  private CommonOptions() {}

  /** {@code --metric}, one metric, the average caseload unless given. */
  static final class MetricOption {
    Metric value;

    /**
     * The option, bound to {@link #value}.
     *
     * @return the options, for {@link CliModel#with}
     */
    OptionSpec.Builder[] options() {
      return CliModel.options(CliModel.<Metric>option(Metric.class, () -> value,
          v -> value = v, "--metric").paramLabel("METRIC").defaultValue("caseload")
          .description("Metric (default: ${DEFAULT-VALUE})."));
    }

    /** The metric given, checked to be published in the workforce's layout. */
    Metric in(Workforce wf) {
      return published(wf, "--metric", value);
    }
  }

  /**
   * A metric an option names, checked to be one the workforce's file publishes: a file in the
   * 2022 layout has no starters, which read as {@code x} (not available) in every row, so a
   * ranking of them would rank nothing and list every authority as left out.
   *
   * @param wf the figures
   * @param option the option that names the metric, for the message
   * @param metric the metric
   * @return the metric
   * @throws Cli.DataException if the file's layout does not publish the metric
   */
  static Metric published(Workforce wf, String option, Metric metric) {
    if (metric.legacyColumnName().isPresent()) {
      // in both layouts (the 2025 layout has every metric): no need to load EesLayout
      return metric;
    }
    Optional<EesLayout> layout = layout(wf.report());
    if (layout.isPresent() && layout.get().column(metric).isEmpty()) {
      throw new Cli.DataException(option + " " + metric.displayName() + ": "
          + wf.report().source() + " is in the " + layout.get().label() + ", which does not "
          + "publish " + metric.displayName() + " ('csww info FILE' lists the metrics a file "
          + "has); files in the 2025 layout do, as does the bundled 2025 release (without "
          + "--file)");
    }
    return metric;
  }

  /** The EES layout a load report names in its format, if any. */
  static Optional<EesLayout> layout(LoadReport r) {
    for (EesLayout l : EesLayout.values()) {
      if (r.format().equals(l.format())) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** {@code --year}, one reporting year, the latest in the file unless given. */
  static final class YearOption {
    Integer value;

    /**
     * The option, bound to {@link #value}.
     *
     * @return the options, for {@link CliModel#with}
     */
    OptionSpec.Builder[] options() {
      return CliModel.options(CliModel.<Integer>option(Integer.class, () -> value,
          v -> value = v, "--year").paramLabel("YEAR")
          .description("Reporting year; default: the latest in the file."));
    }

    /** The year given, checked to be in the workforce, or its latest year. */
    int in(Workforce wf) {
      return DataOptions.year(wf, value);
    }
  }
}
