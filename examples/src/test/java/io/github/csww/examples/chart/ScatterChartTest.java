package io.github.csww.examples.chart;

import static io.github.csww.examples.chart.RankedBarChartTest.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScatterChartTest {
  @TempDir
  Path dir;

  /** Twenty points near y = x, one far above the line and one far along x. */
  static List<ScatterChart.Point> points() {
    List<ScatterChart.Point> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      out.add(new ScatterChart.Point("Area " + i, 10 + i * 0.3, 10 + i * 0.3 + (i % 2 == 0 ? 0.4
          : -0.4)));
    }
    out.add(new ScatterChart.Point("Sutton", 14, 30));
    out.add(new ScatterChart.Point("Isles of Scilly", 40, 40.2));
    return out;
  }

  static ScatterChart chart() {
    return ScatterChart.builder(new Titles("Caseload and turnover, 2025",
            "Average caseload (cases per FTE) and turnover rate (%), 30 September 2025", SOURCE))
        .points(points())
        .xAxisTitle("Average caseload (cases per FTE)")
        .yAxisTitle("Turnover rate (%)")
        .xReference("England", 15.2)
        .yReference("England", 11.8)
        .label("Area 3")
        .build();
  }

  @Test
  void outliers_areTheFarResidualAndTheFarX() {
    assertThat(chart().outliers()).extracting(ScatterChart.Point::label)
        .containsExactly("Sutton", "Isles of Scilly");
    assertThat(chart().labelled()).extracting(ScatterChart.Point::label)
        .containsExactly("Sutton", "Isles of Scilly", "Area 3");
  }

  @Test
  void outliers_noneWithFewerThanThreePoints() {
    ScatterChart two = ScatterChart.builder(new Titles("t", "", SOURCE))
        .point("A", 1, 1).point("B", 2, 5).build();

    assertThat(two.outliers()).isEmpty();
  }

  @Test
  void fit_isTheLeastSquaresLine() {
    ScatterChart line = ScatterChart.builder(new Titles("t", "", SOURCE))
        .point("A", 0, 1).point("B", 1, 3).point("C", 2, 5).build();

    assertThat(line.fit()).containsExactly(1.0, 2.0);
    assertThat(line.correlation()).isEqualTo(1.0);
    assertThat(line.ruleNote()).contains("(dashed; correlation r = 1.00)");
  }

  @Test
  void write_png_hasTheSizeAsked() throws IOException {
    BufferedImage image = ImageIO.read(chart().write(dir.resolve("s.png"), 1000, 760).toFile());

    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(image.getHeight()).isEqualTo(760);
  }

  @Test
  void write_svg_holdsTitleSourceRuleAxesReferencesAndEveryNamedPoint() throws IOException {
    ScatterChart chart = chart();
    Svg svg = Svg.read(chart.write(dir.resolve("s.svg"), 1000, 760));

    String text = svg.allText();
    assertThat(text).contains(Svg.squash(chart.titles().title()), Svg.squash(SOURCE),
        Svg.squash(chart.ruleNote()), Svg.squash("Average caseload (cases per FTE)"),
        Svg.squash("Turnover rate (%)"));
    assertThat(svg.texts()).contains("England 15.2", "England 11.8");
    for (ScatterChart.Point p : chart.labelled()) {
      assertThat(svg.texts()).contains(p.label());
    }
    assertThat(svg.texts()).doesNotContain("Area 4");
  }

  @Test
  void write_crowdedOutliers_keepsEveryLabel() throws IOException {
    ScatterChart.Builder b = ScatterChart.builder(new Titles("Crowded", "", SOURCE));
    for (int i = 0; i < 40; i++) {
      b.point("Area " + i, i % 5, i % 7);
    }
    for (int i = 0; i < 12; i++) {
      String name = "Kingston upon Thames / Richmond upon Thames " + i;
      b.point(name, 2, 6 + i * 0.01).label(name);   // twelve names on almost the same spot
    }
    ScatterChart chart = b.build();

    Svg svg = Svg.read(chart.write(dir.resolve("crowded.svg"), 800, 600));

    assertThat(chart.labelled()).hasSize(12);
    for (ScatterChart.Point p : chart.labelled()) {
      assertThat(svg.texts()).contains(p.label());
    }
  }

  @Test
  void write_indicatorOnX_namesItsCategories() throws IOException {
    ScatterChart chart = ScatterChart.builder(new Titles("Caseload by Ofsted grade", "", SOURCE))
        .point("A", 1, 14).point("B", 2, 15).point("C", 3, 17).point("D", 4, 19)
        .xCategories(Map.of(1.0, "Outstanding", 2.0, "Good", 3.0,
            "Requires improvement to be good", 4.0, "Inadequate"))
        .build();

    Svg svg = Svg.read(chart.write(dir.resolve("grade.svg"), 1000, 600));

    assertThat(svg.texts()).contains("Outstanding", "Good", "Requires improvement to be good",
        "Inadequate");
  }

  @Test
  void write_pdf_startsWithThePdfHeader() throws IOException {
    byte[] bytes = Files.readAllBytes(chart().write(dir.resolve("s.pdf"), 1000, 760));

    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void builder_badInput_isRefusedWithTheReason() {
    assertThatThrownBy(() -> ScatterChart.builder(new Titles("t", "", SOURCE)).build())
        .hasMessage("a scatter chart needs at least one point");
    assertThatThrownBy(() -> ScatterChart.builder(new Titles("t", "", SOURCE)).threshold(0))
        .hasMessage("threshold must be positive, got 0.0");
    assertThatThrownBy(() -> new ScatterChart.Point("A", 1, Double.NaN))
        .hasMessage("point A (y) needs a finite value, got NaN");
  }
}
