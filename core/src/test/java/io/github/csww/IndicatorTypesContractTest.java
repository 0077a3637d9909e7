package io.github.csww;

import static io.github.csww.IndicatorsTest.CAMDEN;
import static io.github.csww.IndicatorsTest.STAFFORDSHIRE;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Equality and null handling of the indicator and correlation types: a null argument throws
 * {@link NullPointerException}, equal parts make equal values.
 */
class IndicatorTypesContractTest {

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Area.class, STAFFORDSHIRE)
        .setDefault(Authority.class, STAFFORDSHIRE)
        .setDefault(Value.class, Value.of(1))
        .setDefault(String.class, "rereferral_percent")
        .setDefault(Indicators.class, IndicatorsTest.table())
        .setDefault(IndicatorPair.class, IndicatorsTest.REREFERRAL)
        .setDefault(PeriodAlignment.class, PeriodAlignment.childrenInNeedYear())
        .setDefault(CorrelationOptions.class, CorrelationOptions.defaults())
        .setDefault(LoadReport.class, LoadReport.inMemory(0))
        .setDefault(IndicatorRow.class, IndicatorsTest.row(CAMDEN, 2022, 1, 1, 1, 1))
        .setDefault(Workforce.class, Workforce.of(CompareFixtures.authorities(2023,
            Metric.CASELOAD, List.of(1.0, 2.0, 3.0))))
        .setDefault(Metric.class, Metric.CASELOAD)
        .setDefault(ConfidenceInterval.class, new ConfidenceInterval(0, 0.5, 0.9, 100, 1, 0))
        .setDefault(int.class, 2024);
  }

  @Test
  void types_nullArguments_throwNullPointerException() {
    NullPointerTester t = tester();
    for (Class<?> type : List.of(Indicators.class, IndicatorPair.class, IndicatorRow.class,
        IndicatorValue.class, PeriodAlignment.class, CorrelationOptions.class,
        ConfidenceInterval.class, Exclusion.class, CorrelationPair.class, Correlation.class,
        CorrelationMethod.class)) {
      t.testAllPublicStaticMethods(type);
      t.testAllPublicConstructors(type);
    }
  }

  @Test
  void instances_nullArguments_throwNullPointerException() {
    NullPointerTester t = tester();
    for (Object o : List.of(IndicatorsTest.table(), IndicatorsTest.REREFERRAL,
        IndicatorsTest.row(CAMDEN, 2024, 1, 1, 1, 1), PeriodAlignment.childrenInNeedYear(),
        CorrelationOptions.defaults(), IndicatorsTest.builder(),
        IndicatorsTest.table().resolve(CAMDEN, 2024, "rereferral_percent"))) {
      t.testAllPublicInstanceMethods(o);
    }
  }

  @Test
  void valueTypes_equalParts_areEqual() {
    new EqualsTester()
        .addEqualityGroup(IndicatorPair.percent("a", "b", "c"), new IndicatorPair("a", "b", "c",
            100), IndicatorPair.percent(" a", "b ", "c"))
        .addEqualityGroup(new IndicatorPair("a", "b", "c", 1000))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PeriodAlignment.offset(1), new PeriodAlignment(1, " "))
        .addEqualityGroup(PeriodAlignment.childrenInNeedYear())
        .addEqualityGroup(PeriodAlignment.offset(0))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(IndicatorsTest.row(CAMDEN, 2024, 1, 2, 3, 4),
            IndicatorsTest.row(CAMDEN, 2024, 1, 2, 3, 4))
        .addEqualityGroup(IndicatorsTest.row(CAMDEN, 2023, 1, 2, 3, 4))
        .addEqualityGroup(IndicatorsTest.row(STAFFORDSHIRE, 2024, 1, 2, 3, 4))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new Exclusion(CAMDEN, "caseload x"), new Exclusion(CAMDEN,
            "caseload x"))
        .addEqualityGroup(new Exclusion(CAMDEN, "other"))
        .testEquals();
    Optional<Value> one = Optional.of(Value.of(1));
    new EqualsTester()
        .addEqualityGroup(new IndicatorValue(CAMDEN, 2024, "x", one, "published"),
            new IndicatorValue(CAMDEN, 2024, "x", one, "published", Optional.empty()))
        .addEqualityGroup(new IndicatorValue(CAMDEN, 2024, "x", one, "published",
            Optional.of("1")))
        .addEqualityGroup(new IndicatorValue(CAMDEN, 2024, "x", one, "other"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CorrelationOptions.defaults(), new CorrelationOptions(1, 9999, 2000,
            0.95, 8))
        .addEqualityGroup(CorrelationOptions.defaults().withSeed(2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new ConfidenceInterval(0, 0.5, 0.9, 100, 1, 0),
            new ConfidenceInterval(0, 0.5, 0.9, 100, 1, 0))
        .addEqualityGroup(new ConfidenceInterval(0, 0.5, 0.9, 100, 2, 0))
        .testEquals();
  }

  @Test
  void indicatorRow_values_areAnImmutableCopyInOrder() {
    Map<String, Value> m = new java.util.LinkedHashMap<>();
    m.put("b", Value.of(1));
    m.put("a", Value.of(2));
    IndicatorRow r = new IndicatorRow(CAMDEN, 2024, m);
    m.put("c", Value.of(3));

    assertThat(r.values()).containsExactly(Map.entry("b", Value.of(1)),
        Map.entry("a", Value.of(2)));
    assertThat(r.value("zz")).isEqualTo(Optional.empty());
  }
}
