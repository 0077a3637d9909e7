package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every query finds an authority by its LA number(s), whatever history a copy of it carries. */
class AuthorityIdentityTest {
  private static final Authority SOMERSET_2022 =
      Authority.of("933", "E10000027", "Somerset", Region.SOUTH_WEST);
  private static final Authority SOMERSET_2023 =
      Authority.of("933", "E06000066", "Somerset", Region.SOUTH_WEST);
  private final Workforce wf = Workforce.of(List.of(
      Snapshot.builder(SOMERSET_2022, 2022).set(Metric.CASELOAD, 14.1).build(),
      Snapshot.builder(SOMERSET_2023, 2023).set(Metric.CASELOAD, 15.3).build()));

  @Test
  void rankOf_copyWithShorterHistory_findsTheRow() {
    assertThat(wf.rankBy(Metric.CASELOAD).rankOf(SOMERSET_2023)).get()
        .extracting(Ranked::value).isEqualTo(15.3);
    assertThat(wf.year(2022).rankBy(Metric.CASELOAD).rankOf(SOMERSET_2023)).get()
        .extracting(Ranked::value).isEqualTo(14.1);
  }

  @Test
  void snapshot_copyWithShorterHistory_findsTheSnapshot() {
    assertThat(wf.snapshot(SOMERSET_2022)).get().extracting(Snapshot::year).isEqualTo(2023);
  }

  @Test
  void authority_copy_givesTheWorkforcesOwnWithEveryCode() {
    AuthorityView v = wf.authority(SOMERSET_2022);

    assertThat(v.authority().codes()).containsExactly("E10000027", "E06000066");
    assertThat(v.snapshots()).hasSize(2);
  }

  @Test
  void authority_notInWorkforce_throwsWithSuggestions() {
    Authority other = Authority.of("860", "E10000028", "Staffordshire", Region.WEST_MIDLANDS);

    assertThatThrownBy(() -> wf.authority(other))
        .isInstanceOf(UnknownAreaException.class)
        .hasMessage("no authority matches '860'");
  }
}
