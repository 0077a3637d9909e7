package io.github.csww.examples.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class RankedBarChartTest {
  static final String SOURCE = "Source: Department for Education, Children's social work "
      + "workforce, 2025 release. Contains public sector information licensed under the Open "
      + "Government Licence v3.0.";
  static final String KINGSTON = "Kingston upon Thames / Richmond upon Thames";
  /** The bars' fill, Page.BAR, as VectorGraphics2D writes it. */
  static final String BAR_FILL = "rgb(29,112,184)";

  @TempDir
  Path dir;

  static RankedBarChart chart() {
    return RankedBarChart.builder(new Titles("Turnover rate: highest and lowest 4",
            "Leavers as % of FTE social workers, 30 September 2025", SOURCE))
        .group("Highest 4", List.of(
            new RankedBarChart.Bar(KINGSTON, 28.0),
            new RankedBarChart.Bar("Sutton", 34.9),
            new RankedBarChart.Bar("Dudley", 34.9),
            new RankedBarChart.Bar("Bracknell Forest", 30.2)))
        .group("Lowest 4", List.of(
            new RankedBarChart.Bar("Westmorland and Furness", 3.1),
            new RankedBarChart.Bar("City of London", 0.0),
            new RankedBarChart.Bar("Bedford", 3.6),
            new RankedBarChart.Bar("Kingston upon Hull, City of", 4.4)))
        .reference("England", 11.8)
        .reference("London", 13.25)
        .axisTitle("Turnover rate (%)")
        .suffix("%")
        .build();
  }

  @Test
  void write_png_hasTheSizeAsked() throws IOException {
    Path out = chart().write(dir.resolve("t.png"), 900, 640);

    BufferedImage image = ImageIO.read(out.toFile());
    assertThat(image.getWidth()).isEqualTo(900);
    assertThat(image.getHeight()).isEqualTo(640);
  }

  @Test
  void write_svg_holdsTitleSubtitleSourceAndEveryLabel() throws IOException {
    RankedBarChart chart = chart();
    Svg svg = Svg.read(chart.write(dir.resolve("t.svg"), 1000, 700));

    assertThat(svg.width()).isEqualTo("1000px");
    assertThat(svg.height()).isEqualTo("700px");
    String text = svg.allText();
    assertThat(text).contains(Svg.squash(chart.titles().title()));
    assertThat(text).contains(Svg.squash(chart.titles().subtitle()));
    assertThat(text).contains(Svg.squash(SOURCE));
    assertThat(text).contains("Highest4", "Lowest4", "Turnoverrate(%)");
    for (RankedBarChart.Bar b : chart.bars()) {
      assertThat(text).as(b.label()).contains(Svg.squash(b.label()));
      assertThat(svg.texts()).as(b.label()).contains(chart.valueLabel(b.value()));
    }
    assertThat(svg.texts()).contains("England 11.8%", "London 13.3%");
  }

  @Test
  void write_svg_keepsTheCombinedReturnsLabelWhole() throws IOException {
    Svg svg = Svg.read(chart().write(dir.resolve("t.svg"), 1000, 700));

    assertThat(svg.allText()).contains(Svg.squash(KINGSTON));
  }

  @Test
  void write_svg_drawsTheZeroBarAsAVisibleStubWithItsLabel() throws IOException {
    RankedBarChart chart = chart();
    Svg svg = Svg.read(chart.write(dir.resolve("t.svg"), 1000, 700));

    List<Element> bars = svg.rectsFilled(BAR_FILL);
    assertThat(bars).hasSize(chart.bars().size());
    for (Element bar : bars) {
      assertThat(Double.parseDouble(bar.getAttribute("width"))).isGreaterThanOrEqualTo(2.0);
      assertThat(Double.parseDouble(bar.getAttribute("height"))).isGreaterThan(5.0);
    }
    assertThat(svg.texts()).contains("0.0%");
  }

  @Test
  void write_pdf_writesAPdfToTheNameGiven() throws IOException {
    Path out = chart().write(dir.resolve("c.pdf"), 1000, 700);

    assertThat(out).isEqualTo(dir.resolve("c.pdf"));
    byte[] bytes = Files.readAllBytes(out);
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    // one pixel asked for is one point of the page
    java.util.regex.Matcher box = java.util.regex.Pattern.compile(
        "/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(
        new String(bytes, StandardCharsets.ISO_8859_1));
    assertThat(box.find()).isTrue();
    assertThat(Double.parseDouble(box.group(1))).isCloseTo(1000, within(0.001));
    assertThat(Double.parseDouble(box.group(2))).isCloseTo(700, within(0.001));
    assertThat(dir.resolve("c.pdf.png")).doesNotExist();
    assertThat(Files.list(dir)).containsExactly(dir.resolve("c.pdf"));
  }

  @Test
  void write_unknownExtension_namesTheSupportedFormatsAndWritesNothing() {
    assertThatThrownBy(() -> chart().write(dir.resolve("c.jpg"), 1000, 700))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unsupported chart format .jpg in c.jpg: use .png, .svg or .pdf");
    assertThatThrownBy(() -> chart().write(dir.resolve("chart"), 1000, 700))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name the file with .png, .svg or .pdf");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void write_sizeOutOfBounds_namesTheBoundsAndWritesNothing() {
    assertThatThrownBy(() -> chart().write(dir.resolve("c.png"), 50, 700))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chart width must be between 200 and 8000 pixels, got 50");
    assertThatThrownBy(() -> chart().write(dir.resolve("c.png"), 1000, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chart height must be between 200 and 8000 pixels, got 0");
    assertThatThrownBy(() -> chart().write(dir.resolve("c.svg"), 1000, 9000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 9000");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void write_tooShortForItsBars_saysHowHighToMakeIt() {
    List<RankedBarChart.Bar> many = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      many.add(new RankedBarChart.Bar("Authority number " + i, i));
    }
    RankedBarChart chart = RankedBarChart.builder(new Titles("t", "", SOURCE))
        .group("", many).build();

    assertThatThrownBy(() -> chart.write(dir.resolve("c.png"), 1000, 400))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no room to label 150 bars; make it at least "
            + chart.suggestedHeight() + " pixels high");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void write_150BarsAtTheSuggestedHeight_keepsEveryLabel() throws IOException {
    List<RankedBarChart.Bar> many = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      many.add(new RankedBarChart.Bar(i == 75 ? KINGSTON : "Authority number " + i, i / 10.0));
    }
    RankedBarChart chart = RankedBarChart.builder(new Titles("All authorities", "", SOURCE))
        .group("", many).reference("England", 7.5).build();

    Svg svg = Svg.read(chart.write(dir.resolve("all.svg"), 1000, chart.suggestedHeight()));

    String text = svg.allText();
    for (RankedBarChart.Bar b : chart.bars()) {
      assertThat(text).contains(Svg.squash(b.label()));
    }
    assertThat(svg.rectsFilled(BAR_FILL)).hasSize(150);
  }

  @Test
  void groups_sortEachGroupHighestFirst() {
    List<RankedBarChart.Bar> bars = chart().bars();

    assertThat(bars).extracting(RankedBarChart.Bar::label).containsExactly(
        "Sutton", "Dudley", "Bracknell Forest", KINGSTON,
        "Kingston upon Hull, City of", "Bedford", "Westmorland and Furness", "City of London");
  }

  @Test
  void valueLabel_roundsHalfUpToOneDecimalPlace() {
    RankedBarChart chart = chart();

    assertThat(chart.valueLabel(12.25)).isEqualTo("12.3%");
    assertThat(chart.valueLabel(0)).isEqualTo("0.0%");
    assertThat(chart.valueLabel(1234.5)).isEqualTo("1,234.5%");
    assertThat(chart.referenceLabel(new ReferenceLine("England", 11.8))).isEqualTo("England 11.8%");
  }

  @Test
  void builder_badInput_isRefusedWithTheReason() {
    assertThatThrownBy(() -> RankedBarChart.builder(new Titles("t", "", SOURCE)).build())
        .hasMessage("a ranked bar chart needs at least one group of bars");
    assertThatThrownBy(() -> new RankedBarChart.Bar("Sutton", Double.NaN))
        .hasMessage("bar Sutton needs a finite value, got NaN");
    assertThatThrownBy(() -> new Titles("t", "", " "))
        .hasMessage("a chart needs a source line");
    assertThatThrownBy(() -> new RankedBarChart.Group("Top", List.of()))
        .hasMessage("group 'Top' has no bars");
  }
}
