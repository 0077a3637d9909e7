package io.github.csww.examples.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.Level;
import io.github.csww.Metric;
import io.github.csww.Snapshot;
import io.github.csww.Workforce;
import io.github.csww.examples.BundledData;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeChartsTest {
  static Workforce wf;

  @TempDir
  Path dir;

  @BeforeAll
  static void load() throws IOException {
    wf = BundledData.workforce();
  }

  @Test
  void write_writesTheThreeReadmeImages() throws IOException {
    List<Path> files = ReadmeCharts.write(wf, dir);

    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
        "ranked-caseload-2025.png", "trend-caseload-cumbria.png",
        "scatter-caseload-turnover-2025.png");
    for (Path f : files) {
      BufferedImage image = ImageIO.read(f.toFile());
      assertThat(image.getWidth()).as(f.toString()).isEqualTo(ReadmeCharts.WIDTH);
    }
  }

  @Test
  void rankedCaseload_holdsTenAtEachEndWithEnglandAndTheSourceLine() throws IOException {
    RankedBarChart chart = ReadmeCharts.rankedCaseload(wf);

    assertThat(chart.groups()).hasSize(2);
    assertThat(chart.groups().get(0).bars()).hasSize(10);
    assertThat(chart.groups().get(0).bars().get(0).label()).isEqualTo("North East Lincolnshire");
    assertThat(chart.groups().get(1).bars()).hasSize(10);
    assertThat(chart.references()).containsExactly(new ReferenceLine("England", 15.2));
    Svg svg = Svg.read(chart.write(dir.resolve("r.svg"), 1000, chart.suggestedHeight()));
    assertThat(svg.allText()).contains(Svg.squash(BundledData.WORKFORCE.sourceLine()));
    for (RankedBarChart.Bar b : chart.bars()) {
      assertThat(svg.allText()).contains(Svg.squash(b.label()));
    }
  }

  @Test
  void trendCumbria_followsCumbriaIntoItsSuccessors() {
    TrendChart chart = ReadmeCharts.trendCumbria(wf);

    assertThat(chart.series()).extracting(TrendChart.Series::name).containsExactly(
        "Cumbria", "Cumberland", "Westmorland and Furness", "England");
    assertThat(chart.series().get(0).values().lastKey()).isEqualTo(2022);
    assertThat(chart.series().get(1).values().firstKey()).isEqualTo(2023);
    assertThat(chart.markers()).extracting(TrendChart.Marker::year).containsExactly(2017, 2023);
  }

  /**
   * Every 2025 authority ranked by turnover from the bundled file: City of London's 0.0% bar and
   * the Kingston upon Thames / Richmond upon Thames label are both drawn.
   */
  @Test
  void allAuthoritiesByTurnover_drawsTheZeroBarAndTheCombinedReturn() throws IOException {
    List<RankedBarChart.Bar> bars = new ArrayList<>();
    for (Snapshot s : wf.year(2025).snapshots()) {
      if (s.area().level() == Level.LOCAL_AUTHORITY && s.has(Metric.TURNOVER_RATE)) {
        bars.add(new RankedBarChart.Bar(s.area().label(), s.number(Metric.TURNOVER_RATE)));
      }
    }
    RankedBarChart chart = RankedBarChart.builder(new Titles("Turnover rate, 2025",
            "Leavers as % of FTE social workers, 30 September 2025",
            BundledData.WORKFORCE.sourceLine()))
        .group("", bars).reference("England", 11.8).suffix("%").build();

    Svg svg = Svg.read(chart.write(dir.resolve("all.svg"), 1000, chart.suggestedHeight()));

    assertThat(bars).anySatisfy(b -> assertThat(b).isEqualTo(
        new RankedBarChart.Bar("City of London", 0.0)));
    assertThat(svg.texts()).contains("City of London", "0.0%");
    assertThat(svg.allText()).contains(Svg.squash("Kingston upon Thames / Richmond upon Thames"));
    assertThat(svg.rectsFilled(RankedBarChartTest.BAR_FILL)).hasSize(bars.size());
    for (RankedBarChart.Bar b : bars) {
      assertThat(svg.allText()).contains(Svg.squash(b.label()));
    }
  }

  @Test
  void scatterCaseloadTurnover_namesItsOutliers() throws IOException {
    ScatterChart chart = ReadmeCharts.scatterCaseloadTurnover(wf);

    assertThat(chart.outliers()).isNotEmpty();
    Svg svg = Svg.read(chart.write(dir.resolve("s.svg"), 1000, 760));
    for (ScatterChart.Point p : chart.labelled()) {
      assertThat(svg.texts()).contains(p.label());
    }
  }
}
