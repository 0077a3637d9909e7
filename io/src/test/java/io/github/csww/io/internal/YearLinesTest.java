package io.github.csww.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YearLinesTest {

  @Test
  void get_yearsPutInAnyOrder_giveTheirLines_property() {
    qt().forAll(lists().of(integers().between(1900, 2999)).ofSizeBetween(0, 60))
        .checkAssert((List<Integer> years) -> {
          YearLines lines = new YearLines();
          Map<Integer, Long> expected = new HashMap<>();
          long line = 2;
          for (int y : years) {
            lines.put(y, line);
            expected.put(y, line);
            line++;
          }
          for (int y = 1890; y <= 3010; y++) {
            assertThat(lines.get(y)).as("%s", y).isEqualTo(expected.getOrDefault(y, 0L));
          }
        });
  }

  @Test
  void put_newestYearFirst_keepsEveryYear() {
    YearLines lines = new YearLines();
    for (int y = 2999; y >= 1900; y--) {
      lines.put(y, 3000L - y);
    }

    assertThat(lines.get(2999)).isEqualTo(1);
    assertThat(lines.get(1900)).isEqualTo(1100);
    assertThat(lines.get(1899)).isZero();
  }
}
