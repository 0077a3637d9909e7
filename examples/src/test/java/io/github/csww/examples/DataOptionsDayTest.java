package io.github.csww.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DataOptionsDayTest {

  @Test
  void day_writesEveryDateAsBritishEnglishDoes() {
    DateTimeFormatter british = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    for (LocalDate d = LocalDate.of(2016, 1, 1); d.isBefore(LocalDate.of(2029, 1, 1));
        d = d.plusDays(1)) {
      assertThat(DataOptions.day(d)).isEqualTo(british.format(d));
    }
    assertThat(DataOptions.day(LocalDate.of(2025, 5, 14))).isEqualTo("14 May 2025");
  }
}
