package io.github.csww.examples;

import io.github.csww.Metric;
import io.github.csww.Ranked;
import io.github.csww.Ranking;
import io.github.csww.Workforce;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.style.Styler;

/**
 * A bar chart of the highest and lowest authorities by a metric, with the England figure as a
 * line, written as PNG or SVG with XChart.
 *
 * <pre>{@code
 * Path png = Chart.write(Sample.workforce(), Metric.CASELOAD, 5, Path.of("caseload.png"));
 * }</pre>
 */
public final class Chart {
  private Chart() {}

  /**
   * Writes the chart of the sample's caseloads to {@code caseload.png}, or to the path given.
   *
   * @param args an optional output path ending in .png or .svg
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = write(Sample.workforce(), Metric.CASELOAD, 5,
        Path.of(args.length > 0 ? args[0] : "caseload.png"));
    System.out.println("wrote " + out);
  }

  /**
   * Draws the top and bottom {@code n} authorities of the latest year by a metric.
   *
   * @param workforce the figures
   * @param metric the metric to draw
   * @param n how many authorities at each end
   * @param file where to write: a name ending in {@code .svg} writes SVG, anything else PNG
   * @return the file written (with {@code .png} added when it had no image extension)
   * @throws IOException if the file cannot be written
   */
  public static Path write(Workforce workforce, Metric metric, int n, Path file)
      throws IOException {
    System.setProperty("java.awt.headless", "true");
    CategoryChart chart = draw(workforce, metric, n);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".svg")) {
      VectorGraphicsEncoder.saveVectorGraphic(chart, file.toString(),
          VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      return file;
    }
    String base = name.endsWith(".png") ? file.toString().substring(0, file.toString().length() - 4)
        : file.toString();
    BitmapEncoder.saveBitmap(chart, base, BitmapEncoder.BitmapFormat.PNG);
    return Path.of(base + ".png");
  }

  static CategoryChart draw(Workforce workforce, Metric metric, int n) {
    Workforce year = workforce.year(workforce.latestYear());
    Ranking ranking = year.rankBy(metric);
    List<Ranked> rows = new ArrayList<>(ranking.top(n).rows());
    List<Ranked> bottom = new ArrayList<>(ranking.bottom(n).rows());
    java.util.Collections.reverse(bottom);
    for (Ranked r : bottom) {
      if (!rows.contains(r)) {
        rows.add(r);
      }
    }
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Ranked r : rows) {
      names.add(r.area().name());
      values.add(r.value());
    }
    CategoryChart chart = new CategoryChartBuilder()
        .width(1000).height(600)
        .title(metric.label() + ", 30 September " + year.latestYear()
            + ": highest and lowest " + n)
        .xAxisTitle("Local authority")
        .yAxisTitle(metric.label() + " (" + metric.unit().symbol() + ")")
        .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setXAxisLabelRotation(35);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setOverlapped(true);
    CategorySeries bars = chart.addSeries("Local authority", names, values);
    bars.setFillColor(new Color(31, 119, 180));
    Optional<Double> england = year.england().flatMap(s -> s.value(metric).optional().isPresent()
        ? Optional.of(s.value(metric).doubleValue()) : Optional.empty());
    if (england.isPresent()) {
      List<Double> line = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        line.add(england.get());
      }
      CategorySeries e = chart.addSeries("England " + england.get(), names, line);
      e.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
      e.setLineColor(new Color(214, 39, 40));
      e.setMarkerColor(new Color(214, 39, 40));
    }
    return chart;
  }
}
