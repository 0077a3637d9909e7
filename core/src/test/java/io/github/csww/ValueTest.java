package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "26.4|26.4", " 26.4 |26.4", "151|151", "0|0", "-0|0", "+3.5|3.5", "-3.5|-3.5",
      ".5|0.5", "5.|5", "1e3|1000", "2.5E-1|0.25", "123456789.123|123456789.123"})
  void parse_number_givesTheNumber(String text, double expected) {
    Value v = Value.parse(text);
    assertThat(v.isPresent()).isTrue();
    assertThat(v.doubleValue()).isEqualTo(expected);
    assertThat(v).isEqualTo(Value.of(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "c|CONFIDENTIAL", "x|NOT_AVAILABLE", "z|NOT_APPLICABLE", "u|LOW_RELIABILITY",
      "low|ROUNDS_TO_ZERO", ":|LEGACY_NOT_AVAILABLE", ".|LEGACY_NOT_APPLICABLE",
      "[c]|CONFIDENTIAL", "[x]|NOT_AVAILABLE", "[z]|NOT_APPLICABLE", "[u]|LOW_RELIABILITY",
      "[low]|ROUNDS_TO_ZERO", "[:]|LEGACY_NOT_AVAILABLE", "[.]|LEGACY_NOT_APPLICABLE",
      "X|NOT_AVAILABLE", "LOW|ROUNDS_TO_ZERO", "' [ low ] '|ROUNDS_TO_ZERO", "' x '|NOT_AVAILABLE"})
  void parse_marker_givesTheSuppression(String text, Suppression expected) {
    Value v = Value.parse(text);
    assertThat(v.isPresent()).isFalse();
    assertThat(v.suppression()).contains(expected);
    assertThat(Suppression.fromMarker(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "q", "[q]", "xx", "[]", "[x", "x]", "n/a", "-", "1,234",
      "12 000", "1d", "2.5f", "0x1p3", "1e", "e3", "1..2", "£5", "5%"})
  void parse_neitherNumberNorMarker_throwsNamingTheText(String text) {
    assertThatThrownBy(() -> Value.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a number or a suppression marker (c, x, z, u, low, :, .), got '"
            + text + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "-NaN", "Infinity", "-Infinity", "+Infinity", "1e999",
      "-1e400"})
  void parse_nonFinite_throws(String text) {
    assertThatThrownBy(() -> Value.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a finite number, got '" + text + "'");
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void of_nonFinite_throws(double d) {
    assertThatThrownBy(() -> Value.of(d))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a value must be a finite number, got " + d);
  }

  @Test
  void figure_readsItsNumber() {
    Value v = Value.of(26.4);
    assertThat(v.isPresent()).isTrue();
    assertThat(v.doubleValue()).isEqualTo(26.4);
    assertThat(v.optional()).isEqualTo(OptionalDouble.of(26.4));
    assertThat(v.suppression()).isEmpty();
    assertThat(v).isInstanceOf(Value.Figure.class);
  }

  @Test
  void figure_negativeZero_isZero() {
    assertThat(Value.of(-0.0).doubleValue()).isEqualTo(0.0);
    assertThat(Double.doubleToRawLongBits(Value.of(-0.0).doubleValue())).isZero();
  }

  @Test
  void suppressed_hasNoNumber() {
    Value v = Value.suppressed(Suppression.CONFIDENTIAL);
    assertThat(v.isPresent()).isFalse();
    assertThat(v.optional()).isEmpty();
    assertThat(v.suppression()).isEqualTo(Optional.of(Suppression.CONFIDENTIAL));
    assertThatThrownBy(v::doubleValue)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("value is suppressed: c (confidential)");
  }

  @Test
  void suppressed_isCached() {
    assertThat(Value.suppressed(Suppression.NOT_AVAILABLE))
        .isSameAs(Value.suppressed(Suppression.NOT_AVAILABLE))
        .isSameAs(Value.parse("[x]"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "26.4|26.4", "151|151", "0.1|0.1", "-3.5|-3.5", "1e9|1000000000",
      "123456789.123|123456789.123", "1e-7|0.0000001", "1e20|100000000000000000000",
      "12.50|12.5"})
  void figureToString_isPlainWithoutTrailingZeros(double d, String expected) {
    assertThat(Value.of(d)).hasToString(expected);
  }

  @Test
  void suppressedToString_isTheMarker() {
    for (Suppression s : Suppression.values()) {
      assertThat(Value.suppressed(s)).hasToString(s.marker());
      assertThat(Value.parse(Value.suppressed(s).toString())).isEqualTo(Value.suppressed(s));
    }
  }

  @Test
  void suppression_markersAndMeanings() {
    assertThat(Suppression.values()).extracting(Suppression::marker)
        .containsExactly("c", "x", "z", "u", "low", ":", ".");
    assertThat(Suppression.values()).extracting(Suppression::meaning)
        .containsExactly("confidential", "not available", "not applicable", "low reliability",
            "rounds to zero", "not available (older tables)", "not applicable (older tables)");
    assertThat(Suppression.NOT_AVAILABLE.describe()).isEqualTo("x (not available)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "q", "[]", "[ ]", "xx", "lo", "[x", "(x)", "26.4"})
  void fromMarker_unknown_isEmpty(String text) {
    assertThat(Suppression.fromMarker(text)).isEmpty();
  }
}
