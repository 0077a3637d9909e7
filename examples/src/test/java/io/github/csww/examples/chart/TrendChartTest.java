package io.github.csww.examples.chart;

import static io.github.csww.examples.chart.RankedBarChartTest.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendChartTest {
  static final String REORGANISED =
      "April 2023: Cumbria replaced by Cumberland and by Westmorland and Furness";

  @TempDir
  Path dir;

  static TrendChart chart() {
    Map<Integer, Double> cumbria = new TreeMap<>(Map.of(2017, 19.8, 2018, 14.3, 2019, 17.7,
        2020, 17.5, 2021, 17.0, 2022, 15.5));
    Map<Integer, Double> england = new TreeMap<>(Map.of(2017, 17.7, 2018, 17.4, 2019, 16.9,
        2020, 16.3, 2021, 16.3, 2022, 16.6, 2023, 16.0, 2024, 15.4, 2025, 15.2));
    return TrendChart.builder(new Titles("Average caseload in Cumbria and its successors",
            "Cases per case-holding social worker (FTE), 30 September 2017 to 2025", SOURCE))
        .series("Cumbria", cumbria)
        .series("Cumberland", Map.of(2023, 16.3, 2024, 15.6, 2025, 17.8))
        .series("Westmorland and Furness", Map.of(2023, 15.9, 2025, 14.8))
        .series("England", england)
        .marker(TrendChart.SERIES_BREAK_2017)
        .marker(2023, REORGANISED)
        .axisTitle("Cases per FTE")
        .build();
  }

  @Test
  void write_png_hasTheSizeAsked() throws IOException {
    BufferedImage image = ImageIO.read(chart().write(dir.resolve("t.png"), 1000, 600).toFile());

    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(image.getHeight()).isEqualTo(600);
  }

  @Test
  void write_svg_holdsTitleSourceLegendMarkersAndLatestValues() throws IOException {
    TrendChart chart = chart();
    Svg svg = Svg.read(chart.write(dir.resolve("t.svg"), 1000, 600));

    String text = svg.allText();
    assertThat(text).contains(Svg.squash(chart.titles().title()),
        Svg.squash(chart.titles().subtitle()), Svg.squash(SOURCE),
        Svg.squash(TrendChart.SERIES_BREAK_2017.label()), Svg.squash(REORGANISED),
        "CasesperFTE");
    assertThat(svg.texts()).contains("Cumbria", "Cumberland", "Westmorland and Furness",
        "England");
    // the latest value of each series beside its last dot, Cumbria's in 2022
    assertThat(svg.texts()).contains("15.5", "17.8", "14.8", "15.2");
    for (int year = 2017; year <= 2025; year++) {
      assertThat(svg.texts()).contains(Integer.toString(year));
    }
  }

  @Test
  void write_pdf_startsWithThePdfHeader() throws IOException {
    Path out = chart().write(dir.resolve("t.PDF"), 800, 500);

    byte[] bytes = Files.readAllBytes(out);
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(Files.list(dir)).containsExactly(dir.resolve("t.PDF"));
  }

  @Test
  void write_stream_writesTheFormatAsked() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    chart().write(out, ChartFormat.SVG, 1000, 600);

    String svg = out.toString(StandardCharsets.UTF_8);
    assertThat(svg).startsWith("<?xml").contains("Cumberland").contains(SOURCE.substring(0, 30));
  }

  @Test
  void write_manyYearsOnANarrowChart_labelsTheLatestYearAndSkipsEvenly() throws IOException {
    Map<Integer, Double> long_ = new TreeMap<>();
    for (int y = 1990; y <= 2025; y++) {
      long_.put(y, 10.0 + y % 3);
    }
    TrendChart chart = TrendChart.builder(new Titles("Thirty-six years", "", SOURCE))
        .series("England", long_).build();

    Svg svg = Svg.read(chart.write(dir.resolve("long.svg"), 400, 300));

    assertThat(svg.texts()).contains("2025");
    assertThat(svg.texts().stream().filter(t -> t.matches("(19|20)\\d\\d")).count())
        .isBetween(3L, 35L);
  }

  @Test
  void builder_badInput_isRefusedWithTheReason() {
    assertThatThrownBy(() -> TrendChart.builder(new Titles("t", "", SOURCE)).build())
        .hasMessage("a trend chart needs at least one series");
    assertThatThrownBy(() -> TrendChart.builder(new Titles("t", "", SOURCE))
        .series("Cumbria", Map.of()))
        .hasMessage("series Cumbria has no values");
    assertThatThrownBy(() -> TrendChart.builder(new Titles("t", "", SOURCE))
        .series("Cumbria", Map.of(2017, Double.POSITIVE_INFINITY)))
        .hasMessage("Cumbria in 2017 needs a finite value, got Infinity");
  }
}
