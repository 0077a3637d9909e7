package io.github.csww.examples.chart;

import io.github.csww.Area;
import io.github.csww.Level;
import io.github.csww.Metric;
import io.github.csww.Snapshot;
import io.github.csww.Workforce;
import io.github.csww.examples.BundledData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes the README's chart images from the bundled 2025 release: ranked caseload bars, a trend
 * across a reorganisation and a scatter of caseload against turnover.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl examples -am package -DskipTests
 * java -cp examples/target/csww.jar io.github.csww.examples.chart.ReadmeCharts docs/charts
 * }</pre>
 *
 * <p>It reads the data only through {@code Workforce.load(InputStream, String)}, {@code
 * year(y).snapshots()} and the snapshot's area and values, so it does not depend on the query
 * API.
 */
public final class ReadmeCharts {
  static final int WIDTH = 1000;
  static final int FIRST_YEAR = 2017;
  static final int YEAR = 2025;

  private ReadmeCharts() {}

  /**
   * Writes {@code ranked-caseload-2025.png}, {@code trend-caseload-cumbria.png} and {@code
   * scatter-caseload-turnover-2025.png} into the folder given (default {@code docs/charts}).
   *
   * @param args an optional output folder
   * @throws IOException if the data cannot be read or a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "docs/charts");
    Workforce wf;
    try (InputStream in = BundledData.WORKFORCE.open()) {
      wf = Workforce.load(in, BundledData.WORKFORCE.fileName());
    }
    for (Path p : write(wf, dir)) {
      System.out.println("wrote " + p);
    }
  }

  /** Writes the three charts into {@code dir}; returns the files written. */
  static List<Path> write(Workforce wf, Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    RankedBarChart ranked = rankedCaseload(wf);
    out.add(ranked.write(dir.resolve("ranked-caseload-2025.png"), WIDTH, ranked.suggestedHeight()));
    out.add(trendCumbria(wf).write(dir.resolve("trend-caseload-cumbria.png"), WIDTH, 620));
    out.add(scatterCaseloadTurnover(wf)
        .write(dir.resolve("scatter-caseload-turnover-2025.png"), WIDTH, 760));
    return out;
  }

  /** The 10 highest and 10 lowest authorities by average caseload in 2025, with England. */
  static RankedBarChart rankedCaseload(Workforce wf) {
    List<Snapshot> year = wf.year(YEAR).snapshots();
    List<RankedBarChart.Bar> bars = new ArrayList<>();
    List<String> unpublished = new ArrayList<>();
    for (Snapshot s : year) {
      if (s.area().level() == Level.LOCAL_AUTHORITY && s.has(Metric.CASELOAD)) {
        bars.add(new RankedBarChart.Bar(s.area().label(), s.number(Metric.CASELOAD)));
      } else if (s.area().level() == Level.LOCAL_AUTHORITY) {
        unpublished.add(s.area().label());
      }
    }
    bars.sort(Comparator.comparingDouble(RankedBarChart.Bar::value).reversed());
    int n = 10;
    RankedBarChart.Builder b = RankedBarChart.builder(new Titles(
            "Average caseload of children's social workers: the 10 highest and 10 lowest of "
                + bars.size() + " local authorities",
            "Cases per case-holding social worker (FTE), 30 September " + YEAR
                + (unpublished.isEmpty() ? "" : ". Not published for "
                    + String.join(" or ", unpublished) + "."),
            BundledData.WORKFORCE.sourceLine()))
        .group("Highest 10", bars.subList(0, n))
        .group("Lowest 10", bars.subList(bars.size() - n, bars.size()))
        .axisTitle("Average caseload (cases per FTE)");
    england(year, Metric.CASELOAD).ifPresent(v -> b.reference("England", v));
    return b.build();
  }

  /**
   * Average caseload in Cumbria to 2022 and in the two authorities that replaced it in April 2023,
   * Cumberland and Westmorland and Furness, with England.
   */
  static TrendChart trendCumbria(Workforce wf) {
    List<String> names = List.of("Cumbria", "Cumberland", "Westmorland and Furness");
    Map<String, Map<Integer, Double>> byName = new LinkedHashMap<>();
    names.forEach(n -> byName.put(n, new TreeMap<>()));
    Map<Integer, Double> england = new TreeMap<>();
    int first = FIRST_YEAR;
    int last = YEAR;
    List<Snapshot> all = new ArrayList<>();
    for (int y = first; y <= last; y++) {
      all.addAll(wf.year(y).snapshots());
    }
    for (Snapshot s : all) {
      Area a = s.area();
      if (!s.has(Metric.CASELOAD)) {
        continue;
      }
      if (a.level() == Level.NATIONAL) {
        england.put(s.year(), s.number(Metric.CASELOAD));
      } else if (a.level() == Level.LOCAL_AUTHORITY && byName.containsKey(a.label())) {
        byName.get(a.label()).put(s.year(), s.number(Metric.CASELOAD));
      }
    }
    TrendChart.Builder b = TrendChart.builder(new Titles(
            "Average caseload in Cumbria and the two authorities that replaced it",
            "Cases per case-holding social worker (FTE), 30 September " + first + " to " + last,
            BundledData.WORKFORCE.sourceLine()))
        .axisTitle("Cases per FTE")
        .marker(TrendChart.SERIES_BREAK_2017)
        .marker(2023, "April 2023: Cumbria replaced by Cumberland and by Westmorland and Furness");
    byName.forEach((n, values) -> {
      if (!values.isEmpty()) {
        b.series(n, values);
      }
    });
    b.series("England", england);
    return b.build();
  }

  /** Average caseload against turnover for every authority publishing both in 2025. */
  static ScatterChart scatterCaseloadTurnover(Workforce wf) {
    List<Snapshot> year = wf.year(YEAR).snapshots();
    List<ScatterChart.Point> points = new ArrayList<>();
    List<String> unpublished = new ArrayList<>();
    for (Snapshot s : year) {
      if (s.area().level() != Level.LOCAL_AUTHORITY) {
        continue;
      }
      if (s.has(Metric.CASELOAD) && s.has(Metric.TURNOVER_RATE)) {
        points.add(new ScatterChart.Point(s.area().label(), s.number(Metric.CASELOAD),
            s.number(Metric.TURNOVER_RATE)));
      } else {
        unpublished.add(s.area().label());
      }
    }
    ScatterChart.Builder b = ScatterChart.builder(new Titles(
            "Caseload and turnover of children's social workers in " + points.size()
                + " local authorities",
            "Average caseload (cases per FTE) and turnover rate (leavers as % of FTE social "
                + "workers), 30 September " + YEAR
                + (unpublished.isEmpty() ? "" : ". Not shown, a figure not published: "
                    + String.join(", ", unpublished) + "."),
            BundledData.WORKFORCE.sourceLine()))
        .points(points)
        .xAxisTitle("Average caseload (cases per FTE)")
        .yAxisTitle("Turnover rate (%)");
    england(year, Metric.CASELOAD).ifPresent(v -> b.xReference("England", v));
    england(year, Metric.TURNOVER_RATE).ifPresent(v -> b.yReference("England", v));
    return b.build();
  }

  static Optional<Double> england(List<Snapshot> year, Metric metric) {
    for (Snapshot s : year) {
      if (s.area().level() == Level.NATIONAL && s.has(metric)) {
        return Optional.of(s.number(metric));
      }
    }
    return Optional.empty();
  }
}
