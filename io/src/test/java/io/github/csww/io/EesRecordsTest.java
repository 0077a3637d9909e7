package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Equality, null checks and immutability of the EES API value types. */
class EesRecordsTest {
  private static EesDataSet dataSet(String title) {
    return new EesDataSet("id-1", title, "", "Published", Optional.of("2.0"), Optional.empty());
  }

  @Test
  void dataSet_sameComponents_areEqualWithEqualHashCodes() {
    assertThat(dataSet("A")).isEqualTo(dataSet("A")).hasSameHashCodeAs(dataSet("A"))
        .isNotEqualTo(dataSet("B"));
  }

  @Test
  void dataSet_nullComponent_isRefusedNamingIt() {
    assertThatThrownBy(() -> new EesDataSet("id", null, "", "Published", Optional.empty(),
        Optional.empty())).isInstanceOf(NullPointerException.class).hasMessage("title");
  }

  @Test
  void version_listsGiven_areCopiedAndUnmodifiable() {
    List<String> indicators = new ArrayList<>(List.of("Caseload (FTE)"));
    EesVersion v = new EesVersion("2.0", "Major", "Published", Optional.empty(),
        Optional.empty(), "", 1463, "f", "Reporting year 2025", "reporting-year-2025", "2017",
        "2025", List.of("National"), List.of(), indicators);
    indicators.add("changed");

    assertThat(v.indicators()).containsExactly("Caseload (FTE)");
    assertThatThrownBy(() -> v.indicators().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new EesVersion(null, "Major", "Published", Optional.empty(),
        Optional.empty(), "", 0, "", "", "", "", "", List.of(), List.of(), List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("version");
  }

  @Test
  void meta_records_compareByValue() {
    EesMeta.Indicator caseload = new EesMeta.Indicator("Cs7Lf", "caseload_fte",
        "Caseload (FTE)", "", OptionalInt.of(1));
    EesMeta a = new EesMeta(List.of(), List.of(caseload), List.of(), List.of(), List.of());
    EesMeta b = new EesMeta(List.of(), List.of(new EesMeta.Indicator("Cs7Lf", "caseload_fte",
        "Caseload (FTE)", "", OptionalInt.of(1))), List.of(), List.of(), List.of());

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThatThrownBy(() -> new EesMeta.Location("id", "Staffordshire", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new EesMeta.Option(null, "x"))
        .isInstanceOf(NullPointerException.class).hasMessage("id");
  }

  @Test
  void query_withSteps_returnNewQueriesAndLeaveTheOriginal() {
    EesQuery q = EesQuery.of("a", "b");
    EesQuery paged = q.withPageSize(10);
    EesQuery filtered = q.withCriteria("{}");

    assertThat(q.pageSize()).isEqualTo(EesQuery.DEFAULT_PAGE_SIZE);
    assertThat(q.criteria()).isEmpty();
    assertThat(paged.pageSize()).isEqualTo(10);
    assertThat(filtered.criteria()).contains("{}");
    assertThat(EesQuery.of("a", "b")).isEqualTo(q);
    assertThatThrownBy(() -> q.withPageSize(10_001))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 10001");
    assertThatThrownBy(() -> EesQuery.of("a", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void queryResult_maps_areCopied() {
    EesQueryResult r = new EesQueryResult("2025", "RY", "NAT", Map.of("NAT", "nE1ng"),
        Map.of(), Map.of("Cs7Lf", "15.2"));

    assertThat(r).isEqualTo(new EesQueryResult("2025", "RY", "NAT", Map.of("NAT", "nE1ng"),
        Map.of(), Map.of("Cs7Lf", "15.2")));
    assertThatThrownBy(() -> r.values().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void apiException_withoutStatus_saysLatestVersionAndHasEmptyStatus() {
    EesApiException e = new EesApiException("offline", 0, "id-1", "", "", "", List.of(), null);

    assertThat(e.status()).isEmpty();
    assertThat(e.version()).isEmpty();
    assertThat(e).hasMessage("EES API: offline; data set id-1, latest version");
  }
}
