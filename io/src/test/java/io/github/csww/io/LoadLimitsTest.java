package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.csww.LoadLimits;
import io.github.csww.LoadOptions;
import org.junit.jupiter.api.Test;

/** The documented defaults of {@link LoadLimits} and {@link OdsLimits}, and their withers. */
class LoadLimitsTest {

  @Test
  void defaults_areTheDocumentedOnes() {
    assertThat(LoadLimits.defaults()).isEqualTo(new LoadLimits(4L << 30, 16L << 20, 250_000,
        1 << 20, 1_024, 400, 256, 16, 100_000));
    assertThat(OdsLimits.defaults()).isEqualTo(new OdsLimits(64L << 20, 256L << 20, 1_000,
        1_000, 1_024, 1_000_000, 32_767));
  }

  @Test
  void withers_replaceOneBoundOnly() {
    LoadLimits d = LoadLimits.defaults();

    assertThat(d.withMaxFileBytes(7)).isEqualTo(new LoadLimits(7, d.maxTableBytes(),
        d.maxTableCells(), d.maxRowBytes(), d.maxCellsPerRow(), d.maxNumberLength(),
        d.maxNameLength(), d.maxJsonDepth(), d.maxJsonStringLength()));
    assertThat(d.withMaxTableBytes(7).maxTableBytes()).isEqualTo(7);
    assertThat(d.withMaxTableCells(7).maxTableCells()).isEqualTo(7);
    assertThat(d.withMaxRowBytes(7).maxRowBytes()).isEqualTo(7);
    assertThat(d.withMaxCellsPerRow(7).maxCellsPerRow()).isEqualTo(7);
    assertThat(d.withMaxNumberLength(7).maxNumberLength()).isEqualTo(7);
    assertThat(d.withMaxNameLength(7).maxNameLength()).isEqualTo(7);
    assertThat(d.withMaxJsonDepth(7).maxJsonDepth()).isEqualTo(7);
    assertThat(d.withMaxJsonStringLength(7).withMaxJsonDepth(16)).isEqualTo(
        d.withMaxJsonStringLength(7));
    OdsLimits o = OdsLimits.defaults();
    assertThat(o.withMaxRepeatedRows(7).maxRepeatedRows()).isEqualTo(7);
    assertThat(o.withMaxRepeatedColumns(7).maxRepeatedColumns()).isEqualTo(7);
    assertThat(o.withMaxCellsPerSheet(7).maxCellsPerSheet()).isEqualTo(7);
    assertThat(o.withMaxCellChars(7)).isEqualTo(new OdsLimits(o.maxXmlBytes(),
        o.maxTotalBytes(), o.maxEntries(), o.maxRepeatedRows(), o.maxRepeatedColumns(),
        o.maxCellsPerSheet(), 7));
  }

  @Test
  void loadOptions_withLimits_keepsStrictOrLenient() {
    LoadLimits small = LoadLimits.defaults().withMaxRowBytes(10);

    assertThat(LoadOptions.lenient().withLimits(small))
        .isEqualTo(new LoadOptions(true, small))
        .isNotEqualTo(LoadOptions.lenient());
    assertThat(new LoadOptions(false)).isEqualTo(LoadOptions.strict());
    assertThatThrownBy(() -> LoadOptions.strict().withLimits(null))
        .isInstanceOf(NullPointerException.class).hasMessage("limits is null");
  }

  @Test
  void limits_zeroOrNegative_areRefusedNamingTheBound() {
    assertThatThrownBy(() -> LoadLimits.defaults().withMaxFileBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxFileBytes must be positive, got 0");
    assertThatThrownBy(() -> LoadLimits.defaults().withMaxJsonDepth(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxJsonDepth must be positive, got -3");
    assertThatThrownBy(() -> OdsLimits.defaults().withMaxRepeatedRows(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRepeatedRows must be positive, got 0");
  }
}
