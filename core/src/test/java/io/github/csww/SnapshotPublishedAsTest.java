package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

class SnapshotPublishedAsTest {
  private static final Authority SOMERSET = new Authority(ImmutableList.of(933),
      ImmutableList.of("E10000027", "E06000066"), ImmutableList.of("Somerset"),
      Region.SOUTH_WEST);

  @Test
  void publishedAs_aCodeTheAuthorityHasHad_isThisYearsPublishedArea() {
    Snapshot s = Snapshot.builder(SOMERSET, 2017)
        .publishedAs(Authority.of("933", "E10000027", "Somerset", Region.SOUTH_WEST)).build();
    assertThat(s.publishedArea().code()).isEqualTo("E10000027");
    assertThat(s.area()).isSameAs(SOMERSET);
  }

  @Test
  void publishedAs_aCodeOrNameTheAuthorityHasNotHad_isRefused() {
    assertThatThrownBy(() -> Snapshot.builder(SOMERSET, 2017)
        .publishedAs(Authority.of("933", "E99999999", "Somerset", Region.SOUTH_WEST)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the published code E99999999 is not one of Somerset (933)'s codes "
            + "[E10000027, E06000066]");
    assertThatThrownBy(() -> Snapshot.builder(SOMERSET, 2017)
        .publishedAs(Authority.of("933", "E10000027", "Nowhere", Region.SOUTH_WEST)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the published name 'Nowhere' is not one of Somerset (933)'s names "
            + "[Somerset]");
    assertThatThrownBy(() -> Snapshot.builder(SOMERSET, 2017)
        .publishedAs(Authority.of("860", "E10000028", "Staffordshire", Region.WEST_MIDLANDS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the published area Staffordshire (860) is not Somerset (933)");
  }
}
