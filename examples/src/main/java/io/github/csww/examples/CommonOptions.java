package io.github.csww.examples;

import io.github.csww.Metric;
import io.github.csww.Workforce;
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
