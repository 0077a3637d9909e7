package io.github.csww;

import static io.github.csww.CompareFixtures.authorities;
import static io.github.csww.Metric.CASELOAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of quartile bands over random authorities' values, for every polarity. */
class BandPropertiesTest {

  /** Values in tenths from a small range, so ties are common; null is a suppressed value. */
  private static Gen<List<Double>> valuesWithTies() {
    return lists().of(integers().between(-1, 15)).ofSizeBetween(0, 60)
        .map(list -> {
          List<Double> out = new ArrayList<>();
          for (int i : list) {
            out.add(i < 0 ? null : 10 + i / 10.0);
          }
          return out;
        });
  }

  /** Distinct values in random order. */
  private static Gen<List<Double>> distinctValues() {
    return lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 200)
        .map(list -> {
          List<Double> out = new ArrayList<>();
          for (int i : new LinkedHashSet<>(list)) {
            out.add(i / 10.0);
          }
          return out;
        });
  }

  private static Gen<Polarity> polarities() {
    return arbitrary().enumValues(Polarity.class);
  }

  private static QuartileBands band(List<Double> values, Polarity polarity) {
    return QuartileBands.of(CASELOAD, 2025, polarity, authorities(2025, CASELOAD, values));
  }

  private static QuartileBand bandOf(QuartileBands bands, Ranked row) {
    return bands.bandOf((Authority) row.area()).orElseThrow();
  }

  @Test
  void bands_tiedValues_alwaysShareABand() {
    qt().forAll(valuesWithTies(), polarities()).checkAssert((values, polarity) -> {
      QuartileBands bands = band(values, polarity);
      for (Ranked a : bands.rows()) {
        for (Ranked b : bands.rows()) {
          if (a.value() == b.value()) {
            assertThat(bandOf(bands, a)).as("%s and %s", a, b).isEqualTo(bandOf(bands, b));
          }
        }
      }
    });
  }

  @Test
  void bands_followPolarityOrder_everyValueInABetterBandIsAtLeastAsGood() {
    qt().forAll(valuesWithTies(), polarities()).checkAssert((values, polarity) -> {
      QuartileBands bands = band(values, polarity);
      for (Ranked a : bands.rows()) {
        for (Ranked b : bands.rows()) {
          if (bandOf(bands, a).compareTo(bandOf(bands, b)) < 0) {
            if (polarity == Polarity.HIGHER_IS_WORSE) {
              assertThat(a.value()).as("%s better than %s", a, b).isLessThan(b.value());
            } else {
              assertThat(a.value()).as("%s better than %s", a, b).isGreaterThan(b.value());
            }
          }
        }
      }
    });
  }

  @Test
  void bands_withoutTies_fourSizesDifferByAtMostOne() {
    qt().forAll(distinctValues(), polarities()).checkAssert((values, polarity) -> {
      QuartileBands bands = band(values, polarity);
      Map<QuartileBand, Integer> sizes = new EnumMap<>(QuartileBand.class);
      for (QuartileBand b : QuartileBand.values()) {
        sizes.put(b, bands.members(b).size());
      }
      int max = sizes.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
      int min = sizes.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
      assertThat(max - min).as("band sizes %s", sizes).isLessThanOrEqualTo(1);
      assertThat(sizes.values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(values.size());
    });
  }

  @Test
  void bands_everyAuthorityIsBandedOrLeftOut_andBandsRunAToDAlongTheRanking() {
    qt().forAll(valuesWithTies(), polarities()).checkAssert((values, polarity) -> {
      QuartileBands bands = band(values, polarity);
      long suppressed = values.stream().filter(v -> v == null).count();
      assertThat(bands.leftOut()).hasSize((int) suppressed);
      assertThat(bands.size()).isEqualTo(values.size() - (int) suppressed);
      QuartileBand previous = QuartileBand.A;
      for (Ranked r : bands.rows()) {
        QuartileBand b = bandOf(bands, r);
        assertThat(b).isGreaterThanOrEqualTo(previous);
        assertThat(bands.members(b)).contains(r);
        assertThat(bands.boundary(b).orElseThrow().contains(r.value())).isTrue();
        previous = b;
      }
    });
  }
}
