package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueIsDecimalTest {

  @ParameterizedTest
  @ValueSource(strings = {"26.4", "0", "-3", "+3", ".5", "5.", "1.5e3", "2E-4"})
  void isDecimal_plainDecimals_areAccepted(String text) {
    assertThat(Value.isDecimal(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "-", "12f", "1d", "0x1p3", "NaN", "Infinity", "1e", "1 000",
      "26,4", "x"})
  void isDecimal_otherText_isRefused(String text) {
    assertThat(Value.isDecimal(text)).isFalse();
  }

  @Test
  void isDecimal_null_namesTheParameter() {
    assertThatThrownBy(() -> Value.isDecimal(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text is null");
  }
}
