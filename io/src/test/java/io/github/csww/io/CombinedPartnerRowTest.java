package io.github.csww.io;

import static io.github.csww.io.Ees.csv2025;
import static io.github.csww.io.Ees.la;
import static io.github.csww.io.EesLayout.LAYOUT_2025;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.LoadOptions;
import io.github.csww.Region;
import io.github.csww.SkippedRow;
import io.github.csww.Workforce;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A partner's own row beside the combined return it belongs to, in the same year. */
class CombinedPartnerRowTest {
  private static final List<String> COMBINED = la(LAYOUT_2025, 2025, "314 / 318",
      "E09000021 / E09000027", "Kingston upon Thames / Richmond upon Thames", Region.OUTER_LONDON);
  private static final List<String> RICHMOND = la(LAYOUT_2025, 2025, "318", "E09000027",
      "Richmond upon Thames", Region.OUTER_LONDON);
  private static final List<String> RICHMOND_2017 = la(LAYOUT_2025, 2017, "318", "E09000027",
      "Richmond upon Thames", Region.OUTER_LONDON);

  @Test
  void load_partnerAfterCombinedRow_isRefusedNamingFileLineAndCombinedRow() {
    assertThat(Ees.failure(csv2025(List.of(COMBINED, RICHMOND)))).hasMessage(
        "test.csv:3:8: Richmond upon Thames (318) and the combined return Kingston upon Thames / "
            + "Richmond upon Thames (314 / 318) both have a row in 2025 (lines 2 and 3): the "
            + "partner would be counted twice; expected the partner inside the combined row only");
  }

  @Test
  void load_partnerBeforeCombinedRow_isRefusedToo() {
    assertThat(Ees.failure(csv2025(List.of(RICHMOND, COMBINED))))
        .hasMessageStartingWith("test.csv:3:8: Richmond upon Thames (318) and the combined return "
            + "Kingston upon Thames / Richmond upon Thames (314 / 318) both have a row in 2025");
  }

  @Test
  void load_partnerInAnotherYear_isAccepted() {
    Workforce w = Ees.load(csv2025(List.of(RICHMOND_2017, COMBINED)));
    assertThat(w.snapshots()).hasSize(2);
  }

  @Test
  void load_lenient_reportsThePartnerRowAndKeepsTheCombinedOne() {
    Workforce w = Ees.load(csv2025(List.of(COMBINED, RICHMOND)).getBytes(StandardCharsets.UTF_8),
        LoadOptions.lenient());
    assertThat(w.snapshots()).hasSize(1);
    assertThat(w.report().skipped()).singleElement().satisfies((SkippedRow s) -> {
      assertThat(s.line()).isEqualTo(3);
      assertThat(s.reason()).contains("combined return Kingston upon Thames / Richmond upon "
          + "Thames (314 / 318)");
    });
  }
}
