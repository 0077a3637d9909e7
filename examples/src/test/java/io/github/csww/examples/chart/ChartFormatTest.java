package io.github.csww.examples.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChartFormatTest {
  @Test
  void of_knownExtensions_ignoringCase() {
    assertThat(ChartFormat.of(Path.of("out/c.png"))).isEqualTo(ChartFormat.PNG);
    assertThat(ChartFormat.of(Path.of("c.SVG"))).isEqualTo(ChartFormat.SVG);
    assertThat(ChartFormat.of(Path.of("c.pdf"))).isEqualTo(ChartFormat.PDF);
    assertThat(ChartFormat.of(Path.of("my.chart.v2.pdf"))).isEqualTo(ChartFormat.PDF);
  }

  @Test
  void of_unknownOrMissingExtension_namesTheSupportedFormats() {
    assertThatThrownBy(() -> ChartFormat.of(Path.of("c.gif")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unsupported chart format .gif in c.gif: use .png, .svg or .pdf");
    assertThatThrownBy(() -> ChartFormat.of(Path.of("chart")))
        .hasMessage("cannot tell the chart format of chart: name the file with .png, .svg or .pdf");
    assertThatThrownBy(() -> ChartFormat.of(Path.of("chart.")))
        .hasMessageContaining("name the file with .png, .svg or .pdf");
    assertThatThrownBy(() -> ChartFormat.of(Path.of(".png")))
        .hasMessageContaining("name the file with .png, .svg or .pdf");
  }
}
