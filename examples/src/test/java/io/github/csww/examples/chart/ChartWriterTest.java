package io.github.csww.examples.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartWriterTest {
  @Test
  void pdfText_spellsTypographicCharactersPlainly() {
    assertThat(ChartWriter.PdfText.plain("2017 \u2013 2025: Children\u2019s \u201Cworkforce\u201D\u2026"))
        .isEqualTo("2017 - 2025: Children's \"workforce\"...");
    assertThat(ChartWriter.PdfText.plain("Kingston upon Hull, City of £ é"))
        .isEqualTo("Kingston upon Hull, City of £ é");
    assertThat(ChartWriter.PdfText.plain("\u4E2D")).isEqualTo("?");
  }
}
