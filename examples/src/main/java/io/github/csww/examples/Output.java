package io.github.csww.examples;

import io.github.csww.AuthorityView;
import io.github.csww.Metric;
import io.github.csww.Ranked;
import io.github.csww.TextTable;
import io.github.csww.Value;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Prints results as text, CSV or JSON. */
final class Output {
  private Output() {}

  static void ranking(PrintStream out, Cli.Format format, List<Ranked> rows) {
    switch (format) {
      case text -> out.print(TextTable.ranking(rows));
      case csv, json -> throw new IllegalArgumentException(format + " output is not available yet");
      default -> throw new AssertionError(format);
    }
  }

  static void series(PrintStream out, Cli.Format format, AuthorityView view, Metric metric) {
    TextTable.Builder t = TextTable.builder().number("Year").number(metric.label() + " ("
        + metric.unit().symbol() + ")");
    for (Map.Entry<Integer, Value> e : view.series(metric).entrySet()) {
      t.row(e.getKey().toString(), e.getValue().toString());
    }
    out.println(view.authority().name());
    out.print(t.render());
  }
}
