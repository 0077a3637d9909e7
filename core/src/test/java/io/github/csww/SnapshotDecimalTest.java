package io.github.csww;

import static io.github.csww.Issue2.STAFFORDSHIRE;
import static io.github.csww.Metric.CASELOAD;
import static io.github.csww.Metric.CASES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Snapshot.Builder#setDecimal}: the readers' exact path for decimals as written. */
class SnapshotDecimalTest {

  private static Snapshot decimal(long unscaled, int scale) {
    return Snapshot.builder(STAFFORDSHIRE, 2017).setDecimal(CASELOAD, unscaled, scale).build();
  }

  private static Snapshot viaDouble(double d) {
    return Snapshot.builder(STAFFORDSHIRE, 2017).set(CASELOAD, d).build();
  }

  @ParameterizedTest
  @CsvSource({"177, 1, 17.7", "316647, 0, 316647", "0, 0, 0", "0, 1, 0", "1770, 2, 17.7",
      "12345, 3, 12.345", "2147483647, 1, 214748364.7", "214748364, 0, 214748364",
      "214748365, 0, 214748365", "2147483648, 1, 214748364.8", "1, 18, 1e-18",
      "999999999999999999, 0, 999999999999999999"})
  void setDecimal_readsAsTheDecimal(long unscaled, int scale, double expected) {
    Snapshot s = decimal(unscaled, scale);
    assertThat(s.number(CASELOAD)).isEqualTo(expected);
    assertThat(s).isEqualTo(viaDouble(expected));
    assertThat(s.value(CASES).isPresent()).isFalse();
  }

  @Test
  void setDecimal_sameAsSetWithTheCorrectlyRoundedDouble() {
    qt().forAll(longs().between(0, 99_999_999_999L), integers().between(0, 6))
        .checkAssert((unscaled, scale) -> {
          double d = new BigDecimal(BigInteger.valueOf(unscaled), scale).doubleValue();
          Snapshot s = decimal(unscaled, scale);
          assertThat(s).isEqualTo(viaDouble(d));
          assertThat(s.number(CASELOAD)).isEqualTo(d);
        });
  }

  @Test
  void setDecimal_negativeDigits_refusedWithTheMetricAndTheValue() {
    assertThatThrownBy(() -> decimal(-5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CASELOAD: expected a non-negative decimal with 0 to 18 digits after the "
            + "point, got unscaled -5 and scale 1");
  }

  @Test
  void setDecimal_scaleOutOfRange_refused() {
    assertThatThrownBy(() -> decimal(5, 19)).hasMessageEndingWith("got unscaled 5 and scale 19");
    assertThatThrownBy(() -> decimal(5, -1)).hasMessageEndingWith("got unscaled 5 and scale -1");
  }

  @Test
  void setDecimal_nullMetric_refused() {
    assertThatThrownBy(() -> Snapshot.builder(STAFFORDSHIRE, 2017).setDecimal(null, 1, 0))
        .isInstanceOf(NullPointerException.class).hasMessage("metric is null");
  }
}
