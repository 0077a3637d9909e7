package io.github.csww.examples;

import io.github.csww.Comparison;
import io.github.csww.Ranked;
import io.github.csww.TextTable;
import io.github.csww.Trend;
import java.io.PrintStream;
import java.util.List;

/** Prints results as text, CSV or JSON. */
final class Output {
  private Output() {}

  static void ranking(PrintStream out, Cli.Format format, List<Ranked> rows) {
    switch (format) {
      case text -> out.print(TextTable.ranking(rows));
      default -> throw new IllegalArgumentException(format + " output is not available yet");
    }
  }

  static void comparison(PrintStream out, Cli.Format format, Comparison comparison) {
    switch (format) {
      case text -> out.print(comparison.table());
      default -> throw new IllegalArgumentException(format + " output is not available yet");
    }
  }

  static void trend(PrintStream out, Cli.Format format, Trend trend) {
    switch (format) {
      case text -> {
        out.println(trend.area().name());
        out.print(trend.table());
      }
      default -> throw new IllegalArgumentException(format + " output is not available yet");
    }
  }
}
