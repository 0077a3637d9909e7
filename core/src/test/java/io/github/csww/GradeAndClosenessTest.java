package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GradeAndClosenessTest {

  @Test
  void gradeFromText_readsOfstedSpellings() {
    assertThat(Grade.fromText("Outstanding")).contains(Grade.OUTSTANDING);
    assertThat(Grade.fromText(" good ")).contains(Grade.GOOD);
    assertThat(Grade.fromText("Requires improvement to be good"))
        .contains(Grade.REQUIRES_IMPROVEMENT);
    assertThat(Grade.fromText("Requires  improvement")).contains(Grade.REQUIRES_IMPROVEMENT);
    assertThat(Grade.fromText("INADEQUATE")).contains(Grade.INADEQUATE);
    assertThat(Grade.fromText("3")).contains(Grade.REQUIRES_IMPROVEMENT);
  }

  @Test
  void gradeFromText_unknown_isEmpty() {
    assertThat(Grade.fromText("Excellent")).isEmpty();
    assertThat(Grade.fromText("")).isEmpty();
    assertThat(Grade.fromText("5")).isEmpty();
  }

  @Test
  void grade_orderIsBestFirst() {
    assertThat(Grade.OUTSTANDING.isBetterThan(Grade.GOOD)).isTrue();
    assertThat(Grade.INADEQUATE.isBetterThan(Grade.REQUIRES_IMPROVEMENT)).isFalse();
    assertThat(Grade.INADEQUATE.number()).isEqualTo(4);
    assertThat(Grade.REQUIRES_IMPROVEMENT.label()).isEqualTo("Requires improvement to be good");
  }

  @Test
  void closenessFromText_readsBothPublishedSpellings() {
    // 2021 groupings
    assertThat(Closeness.fromText("Extremely Close")).contains(Closeness.EXTREMELY_CLOSE);
    assertThat(Closeness.fromText("Very Close")).contains(Closeness.VERY_CLOSE);
    assertThat(Closeness.fromText("Close")).contains(Closeness.CLOSE);
    assertThat(Closeness.fromText("Somewhat close")).contains(Closeness.SOMEWHAT_CLOSE);
    assertThat(Closeness.fromText("Not Close")).contains(Closeness.NOT_CLOSE);
    // 2025 model: sentence case, a trailing space on "Close "
    assertThat(Closeness.fromText("Extremely close")).contains(Closeness.EXTREMELY_CLOSE);
    assertThat(Closeness.fromText("Very close")).contains(Closeness.VERY_CLOSE);
    assertThat(Closeness.fromText("Close ")).contains(Closeness.CLOSE);
    assertThat(Closeness.fromText("Not close")).contains(Closeness.NOT_CLOSE);
  }

  @Test
  void closenessFromText_unknown_isEmpty() {
    assertThat(Closeness.fromText("Quite close")).isEqualTo(Optional.empty());
    assertThat(Closeness.fromText("")).isEmpty();
  }

  @Test
  void closeness_orderIsClosestFirst() {
    assertThat(Closeness.EXTREMELY_CLOSE.isCloserThan(Closeness.VERY_CLOSE)).isTrue();
    assertThat(Closeness.NOT_CLOSE.isCloserThan(Closeness.SOMEWHAT_CLOSE)).isFalse();
    assertThat(Closeness.expected()).startsWith("Extremely close, Very close");
  }
}
