package io.github.csww;

import static io.github.csww.Issue2.HULL;
import static io.github.csww.Issue2.KINGSTON_RICHMOND;
import static io.github.csww.Issue2.STAFFORDSHIRE;
import static io.github.csww.Metric.CASELOAD;
import static io.github.csww.Metric.CASES;
import static io.github.csww.Metric.CASE_HOLDERS;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Equality and null handling of every public value type, and null handling of the public methods
 * of the fluent API: a null argument throws {@link NullPointerException}.
 */
class ValueTypesContractTest {

  private static final Snapshot STAFFS_2017 = Issue2.LA_2017.get(5);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Area.class, STAFFORDSHIRE)
        .setDefault(Authority.class, STAFFORDSHIRE)
        .setDefault(Region.class, Region.WEST_MIDLANDS)
        .setDefault(Snapshot.class, STAFFS_2017)
        .setDefault(Value.class, Value.of(1))
        .setDefault(Path.class, Path.of("no-such-file.csv"))
        .setDefault(LoadReport.class, LoadReport.inMemory(0))
        .setDefault(LoadOptions.class, LoadOptions.strict())
        .setDefault(Measure.class, Metric.CASELOAD)
        .setDefault(Workforce.class, Issue2.workforce())
        .setDefault(Column.class, Column.text("area_name", "Area"))
        .setDefault(Cell.class, Cell.text("x"))
        .setDefault(Format.class, Format.CSV)
        .setDefault(String.class, "860");
  }

  // ------------------------------------------------------------------ nulls

  @Test
  void valueTypes_nullArguments_throwNullPointerException() {
    NullPointerTester t = tester();
    for (Class<?> type : List.of(Value.class, Value.Figure.class, Value.Suppressed.class,
        Suppression.class, Authority.class, England.class, Region.class, Snapshot.class,
        Ranked.class, LeftOut.class, Aggregate.class, Formula.class, LoadReport.class,
        SkippedRow.class, LoadOptions.class, Metric.class, Level.class, Unit.class,
        Polarity.class, Measure.class, Measure.Change.class, Measure.Ratio.class, Column.class,
        Cell.class, Cell.Text.class, Cell.Num.class, Cell.Date.class, Format.class, Table.class,
        Table.Row.class)) {
      t.testAllPublicStaticMethods(type);
      t.testAllPublicConstructors(type);
    }
  }

  @Test
  void valueInstances_nullArguments_throwNullPointerException() {
    NullPointerTester t = tester();
    for (Object o : List.of(Value.of(26.4), Value.suppressed(Suppression.CONFIDENTIAL),
        STAFFORDSHIRE, England.INSTANCE, Region.LONDON, Region.INNER_LONDON, STAFFS_2017,
        new Ranked(1, STAFFS_2017, CASELOAD, 26.4),
        new LeftOut(STAFFORDSHIRE, 2017, CASES, Suppression.NOT_AVAILABLE),
        Issue2.workforce().year(2017).aggregate(CASELOAD),
        CASELOAD.formula().orElseThrow(), LoadReport.inMemory(3),
        new SkippedRow(2, 3, "bad"), LoadOptions.lenient())) {
      t.testAllPublicInstanceMethods(o);
    }
  }

  @Test
  void fluentApi_nullArguments_throwNullPointerException() {
    NullPointerTester t = tester();
    Workforce wf = Issue2.workforce();
    t.testAllPublicStaticMethods(Workforce.class);
    t.testAllPublicInstanceMethods(wf);
    t.testAllPublicInstanceMethods(wf.year(2017).region(Region.LONDON));
    t.testAllPublicInstanceMethods(wf.rankBy(CASELOAD));
    t.testAllPublicInstanceMethods(wf.rankBy(CASELOAD).ascending());
    t.testAllPublicStaticMethods(Snapshot.Builder.class);
    t.testAllPublicInstanceMethods(Snapshot.builder(STAFFORDSHIRE, 2017));
    t.testAllPublicInstanceMethods(wf.authority("860"));
  }

  @Test
  void nullArgument_messageNamesTheParameter() {
    assertThatThrownBy(() -> Issue2.workforce().region((Region) null))
        .isInstanceOf(NullPointerException.class).hasMessage("region is null");
    assertThatThrownBy(() -> Value.parse(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text is null");
    assertThatThrownBy(() -> Snapshot.builder(STAFFORDSHIRE, 2017).suppress(CASES, null))
        .isInstanceOf(NullPointerException.class).hasMessage("reason is null");
    assertThatThrownBy(() -> Workforce.of(java.util.Arrays.asList(STAFFS_2017, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("snapshots must not contain null");
  }

  // ------------------------------------------------------------------ equality

  @Test
  void value_equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Value.of(26.4), new Value.Figure(26.4), Value.parse("26.4"),
            Value.parse(" 26.40 "))
        .addEqualityGroup(Value.of(0.0), Value.of(-0.0), Value.parse("-0"))
        .addEqualityGroup(Value.of(26.5))
        .addEqualityGroup(Value.suppressed(Suppression.NOT_AVAILABLE),
            new Value.Suppressed(Suppression.NOT_AVAILABLE), Value.parse("[x]"), Value.parse("X"))
        .addEqualityGroup(Value.suppressed(Suppression.CONFIDENTIAL))
        .addEqualityGroup(Value.suppressed(Suppression.LEGACY_NOT_AVAILABLE))
        .testEquals();
  }

  @Test
  void areas_equalsAndHashCode() {
    EqualsTester t = new EqualsTester()
        .addEqualityGroup(STAFFORDSHIRE,
            Authority.of(" 860 ", "E10000028 ", " Staffordshire", Region.WEST_MIDLANDS),
            new Authority(ImmutableList.of(860), ImmutableList.of("E10000028"),
                ImmutableList.of("Staffordshire"), Region.WEST_MIDLANDS),
            // identity is the LA number: names, codes and region are history
            Authority.of("860", "E10000029", "Staffordshire", Region.WEST_MIDLANDS),
            Authority.of("860", "E10000028", "Stafford", Region.WEST_MIDLANDS),
            Authority.of("860", "E10000028", "Staffordshire", Region.EAST_MIDLANDS))
        .addEqualityGroup(Authority.of("861", "E10000028", "Staffordshire", Region.WEST_MIDLANDS))
        .addEqualityGroup(KINGSTON_RICHMOND, Authority.of("314/318", "E09000021 / E09000027",
            "Kingston upon Thames / Richmond upon Thames", Region.OUTER_LONDON))
        .addEqualityGroup(England.INSTANCE, new England());
    for (Region r : Region.values()) {
      t.addEqualityGroup(r, Region.valueOf(r.name()));
    }
    t.testEquals();
  }

  @Test
  void snapshot_equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(STAFFS_2017,
            Issue2.la(STAFFORDSHIRE, 199.4, 26.4),
            Snapshot.of(STAFFORDSHIRE, 2017, Map.of(CASE_HOLDERS, Value.of(199.4),
                CASELOAD, Value.of(26.4), CASES, Value.suppressed(Suppression.NOT_AVAILABLE))))
        .addEqualityGroup(Issue2.la(STAFFORDSHIRE, 199.4, 26.5))
        .addEqualityGroup(Issue2.la(HULL, 199.4, 26.4))
        .addEqualityGroup(Snapshot.builder(STAFFORDSHIRE, 2018).set(CASE_HOLDERS, 199.4)
            .set(CASELOAD, 26.4).build())
        .addEqualityGroup(Snapshot.builder(STAFFORDSHIRE, 2017).set(CASE_HOLDERS, 199.4)
            .set(CASELOAD, 26.4).suppress(CASES, Suppression.CONFIDENTIAL).build())
        .addEqualityGroup(Snapshot.builder(STAFFORDSHIRE, 2017).set(CASE_HOLDERS, 199.4)
            .set(CASELOAD, 26.4).set(CASES, 5264.16).build())
        .addEqualityGroup(Snapshot.builder(England.INSTANCE, 2017).build(),
            Snapshot.of(new England(), 2017, Map.of()))
        .testEquals();
  }

  @Test
  void rankingParts_equalsAndHashCode() {
    Snapshot hull = Issue2.LA_2017.get(7);
    new EqualsTester()
        .addEqualityGroup(new Ranked(1, STAFFS_2017, CASELOAD, 26.4),
            Issue2.workforce().rankBy(CASELOAD).first().orElseThrow())
        .addEqualityGroup(new Ranked(2, STAFFS_2017, CASELOAD, 26.4))
        .addEqualityGroup(new Ranked(1, hull, CASELOAD, 26.4))
        .addEqualityGroup(new Ranked(1, STAFFS_2017, CASE_HOLDERS, 26.4))
        .addEqualityGroup(new Ranked(1, STAFFS_2017, CASELOAD, 26.5))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new LeftOut(STAFFORDSHIRE, 2017, CASES, Suppression.NOT_AVAILABLE),
            new LeftOut(STAFFORDSHIRE, 2017, CASES, Suppression.NOT_AVAILABLE))
        .addEqualityGroup(new LeftOut(HULL, 2017, CASES, Suppression.NOT_AVAILABLE))
        .addEqualityGroup(new LeftOut(STAFFORDSHIRE, 2018, CASES, Suppression.NOT_AVAILABLE))
        .addEqualityGroup(new LeftOut(STAFFORDSHIRE, 2017, CASELOAD, Suppression.NOT_AVAILABLE))
        .addEqualityGroup(new LeftOut(STAFFORDSHIRE, 2017, CASES, Suppression.CONFIDENTIAL))
        .testEquals();
  }

  @Test
  void aggregateAndFormula_equalsAndHashCode() {
    LeftOut hull = new LeftOut(HULL, 2017, CASES, Suppression.NOT_AVAILABLE);
    new EqualsTester()
        .addEqualityGroup(
            new Aggregate(CASELOAD, 2017, Value.of(17.7), 2, ImmutableList.of(hull),
                Optional.of(Value.of(17.8))),
            new Aggregate(CASELOAD, 2017, Value.of(17.7), 2, ImmutableList.of(hull),
                Optional.of(Value.of(17.8))))
        .addEqualityGroup(new Aggregate(CASES, 2017, Value.of(17.7), 2, ImmutableList.of(hull),
            Optional.of(Value.of(17.8))))
        .addEqualityGroup(new Aggregate(CASELOAD, 2016, Value.of(17.7), 2,
            ImmutableList.of(hull), Optional.of(Value.of(17.8))))
        .addEqualityGroup(new Aggregate(CASELOAD, 2017, Value.of(17.6), 2,
            ImmutableList.of(hull), Optional.of(Value.of(17.8))))
        .addEqualityGroup(new Aggregate(CASELOAD, 2017, Value.of(17.7), 3,
            ImmutableList.of(hull), Optional.of(Value.of(17.8))))
        .addEqualityGroup(new Aggregate(CASELOAD, 2017, Value.of(17.7), 2, ImmutableList.of(),
            Optional.of(Value.of(17.8))))
        .addEqualityGroup(new Aggregate(CASELOAD, 2017, Value.of(17.7), 2,
            ImmutableList.of(hull), Optional.empty()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CASELOAD.formula().orElseThrow(),
            new Formula(CASES, ImmutableList.of(CASE_HOLDERS), 1))
        .addEqualityGroup(new Formula(CASES, ImmutableList.of(CASE_HOLDERS), 100))
        .addEqualityGroup(new Formula(CASE_HOLDERS, ImmutableList.of(CASE_HOLDERS), 1))
        .addEqualityGroup(new Formula(CASES, ImmutableList.of(CASE_HOLDERS, CASES), 1))
        .testEquals();
  }

  @Test
  void loadTypes_equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(LoadReport.inMemory(2),
            new LoadReport("memory", "snapshots", 2, 2, ImmutableList.of(), ImmutableList.of()))
        .addEqualityGroup(LoadReport.inMemory(3))
        .addEqualityGroup(new LoadReport("a.csv", "snapshots", 2, 2, ImmutableList.of(), ImmutableList.of()))
        .addEqualityGroup(new LoadReport("memory", "EES CSV", 2, 2, ImmutableList.of(), ImmutableList.of()))
        .addEqualityGroup(new LoadReport("memory", "snapshots", 3, 2,
            ImmutableList.of(new SkippedRow(4, 2, "bad")), ImmutableList.of()))
        .addEqualityGroup(new LoadReport("memory", "snapshots", 2, 2, ImmutableList.of(), ImmutableList.of("extra")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new SkippedRow(4, 2, "bad"), new SkippedRow(4, 2, "bad"))
        .addEqualityGroup(new SkippedRow(5, 2, "bad"))
        .addEqualityGroup(new SkippedRow(4, 0, "bad"))
        .addEqualityGroup(new SkippedRow(4, 2, "worse"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(LoadOptions.strict(), new LoadOptions(false))
        .addEqualityGroup(LoadOptions.lenient(), new LoadOptions(true))
        .testEquals();
  }

  @Test
  void workforce_equalWhenViewsHoldEqualSnapshots() {
    Workforce wf = Issue2.workforce();
    new EqualsTester()
        .addEqualityGroup(wf, Workforce.of(Issue2.ALL.reverse()), wf.years(2000, 2100))
        .addEqualityGroup(wf.year(2017), wf.where(s -> s.year() == 2017), wf.years(2017, 2030))
        .addEqualityGroup(wf.level(Level.NATIONAL), wf.years(2016, 2017).level(Level.NATIONAL))
        .addEqualityGroup(wf.region(Region.LONDON),
            wf.level(Level.LOCAL_AUTHORITY).where(s -> s.area().code().startsWith("E09")))
        .addEqualityGroup(Workforce.of(List.of()), wf.where(s -> false))
        .testEquals();
  }
}
