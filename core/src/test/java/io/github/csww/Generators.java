package io.github.csww;

import static io.github.csww.Metric.CASELOAD;
import static io.github.csww.Metric.CASES;
import static io.github.csww.Metric.CASE_HOLDERS;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for workforces whose values tie often, are often suppressed, and whose
 * authorities have odd names (commas, quotes, slashes, ampersands, non-ASCII letters).
 */
final class Generators {
  private Generators() {}

  static final ImmutableList<Integer> YEARS = ImmutableList.of(2017, 2018, 2019);

  /** Names as odd as the published ones, and odder. */
  static final ImmutableList<String> ODD_NAMES = ImmutableList.of(
      "Kingston upon Hull, City of", "Bournemouth, Christchurch & Poole", "\"Quoted\" Borough",
      "O'Neill's Place", "Ynys Môn", "Łódź / Gdańsk", "St. Helens", "Zürich", "a", "A", "Ærø",
      "=SUM(A1)", "Name, with, commas", "Kingston upon Thames / Richmond upon Thames", "Ål",
      "Sutton", "sutton", "Tab\tName");

  private static final String LETTERS = "abcxyzABCXYZéøłŁÆ ,'\"/&.-";

  static Gen<String> names() {
    Gen<String> random = lists().of(arbitrary().pick(LETTERS.chars().mapToObj(c -> (char) c)
            .collect(Collectors.toList())))
        .ofSizeBetween(1, 10)
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()))
        .assuming(s -> !s.isBlank());
    return arbitrary().pick(ODD_NAMES).mix(random, 40);
  }

  /** A published cell: few distinct numbers (so ties are common), any numbers, or a marker. */
  static Gen<Value> cells() {
    Gen<Value> tied = integers().between(0, 6).map(i -> Value.of(i * 2.5));
    Gen<Value> any = doubles().between(0, 1000).map(Value::of);
    Gen<Value> odd = arbitrary().pick(List.of(0.1, 1e9, -0.0, 123456789.123, -3.5, 0.05))
        .map(Value::of);
    Gen<Value> suppressed = arbitrary().enumValues(Suppression.class).map(Value::suppressed);
    return Generate.frequency(List.of(Pair.of(4, tied), Pair.of(3, any), Pair.of(1, odd),
        Pair.of(2, suppressed)));
  }

  /** A positive count, or a marker: case holders, which divide. */
  static Gen<Value> positiveCells() {
    Gen<Value> positive = doubles().between(0.1, 500).map(Value::of);
    Gen<Value> suppressed = arbitrary().enumValues(Suppression.class).map(Value::suppressed);
    return Generate.frequency(List.of(Pair.of(4, positive), Pair.of(1, suppressed)));
  }

  /** One area's figures for one year, or nothing that year. */
  record Row(boolean present, Value caseload, Value cases, Value caseHolders) {}

  static Gen<Row> rows() {
    Gen<Boolean> present = Generate.frequency(List.of(Pair.of(5, Generate.constant(true)),
        Pair.of(1, Generate.constant(false))));
    Gen<Value> cases = Generate.frequency(List.of(
        Pair.of(4, doubles().between(0, 10_000).map(Value::of)),
        Pair.of(1, arbitrary().enumValues(Suppression.class).map(Value::suppressed))));
    return present.zip(cells(), cases, positiveCells(), Row::new);
  }

  record AuthoritySpec(String name, Region region, boolean combined, List<Row> rows) {}

  static Gen<AuthoritySpec> authorities() {
    Gen<Boolean> combined = Generate.frequency(List.of(Pair.of(6, Generate.constant(false)),
        Pair.of(1, Generate.constant(true))));
    return names().zip(arbitrary().pick(Region.values()), combined,
        lists().of(rows()).ofSize(YEARS.size()), AuthoritySpec::new);
  }

  /** Snapshots of authorities, England and some regions over {@link #YEARS}. */
  record World(List<Snapshot> snapshots) {
    Workforce workforce() {
      return Workforce.of(snapshots);
    }

    @Override
    public String toString() {
      return snapshots.stream().map(Snapshot::toString).collect(Collectors.joining("\n  ", "\n  ",
          ""));
    }
  }

  static Gen<World> worlds() {
    return lists().of(authorities()).ofSizeBetween(0, 12)
        .zip(lists().of(rows()).ofSize(YEARS.size() * (Region.values().length + 1)),
            Generators::world);
  }

  private static World world(List<AuthoritySpec> specs, List<Row> otherRows) {
    List<Snapshot> out = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      AuthoritySpec spec = specs.get(i);
      int n = i + 1;
      Authority a = spec.combined()
          ? Authority.of(n + " / " + (n + 500),
              String.format("E0900%04d / E0900%04d", n, n + 500),
              spec.name() + " / Partner of " + spec.name(), spec.region())
          : Authority.of(Integer.toString(n), String.format("E0600%04d", n), spec.name(),
              spec.region());
      for (int y = 0; y < YEARS.size(); y++) {
        add(out, a, YEARS.get(y), spec.rows().get(y));
      }
    }
    List<Area> others = new ArrayList<>();
    others.add(England.INSTANCE);
    others.addAll(java.util.List.of(Region.values()));
    for (int i = 0; i < others.size(); i++) {
      for (int y = 0; y < YEARS.size(); y++) {
        add(out, others.get(i), YEARS.get(y), otherRows.get(i * YEARS.size() + y));
      }
    }
    return new World(out);
  }

  private static void add(List<Snapshot> out, Area area, int year, Row row) {
    if (row.present()) {
      out.add(Snapshot.builder(area, year).set(CASELOAD, row.caseload()).set(CASES, row.cases())
          .set(CASE_HOLDERS, row.caseHolders()).build());
    }
  }

  // ------------------------------------------------------------------ view steps

  /**
   * One narrowing step of a view, with the condition it should amount to.
   *
   * @param kind year, years, level, region or where
   * @param which for where, which of three predicates
   */
  record Step(String kind, int from, int to, Set<Level> levels, Region region, int which) {

    /**
     * Applies the step. year(y) and years(a, b) of years the data lacks throw (tested on their
     * own); here they become a view that selects nothing, as a narrowing to no common year does.
     */
    Workforce apply(Workforce w, Set<Integer> dataYears) {
      boolean any = dataYears.stream().anyMatch(y -> y >= from && y <= to);
      return switch (kind) {
        case "year" -> dataYears.contains(from) ? w.year(from) : w.where(s -> false);
        case "years" -> any ? w.years(from, to) : w.where(s -> false);
        case "level" -> {
          List<Level> l = new ArrayList<>(levels);
          yield w.level(l.get(0), l.subList(1, l.size()).toArray(Level[]::new));
        }
        case "region" -> w.region(region);
        default -> w.where(predicate());
      };
    }

    boolean test(Snapshot s) {
      return switch (kind) {
        case "year" -> s.year() == from;
        case "years" -> s.year() >= from && s.year() <= to;
        case "level" -> levels.contains(s.area().level());
        case "region" -> inRegion(s.area(), region);
        default -> predicate().test(s);
      };
    }

    private Predicate<Snapshot> predicate() {
      return switch (which) {
        case 0 -> s -> s.has(CASELOAD);
        case 1 -> s -> s.area().label().length() % 2 == 0;
        default -> s -> s.has(CASES) && s.number(CASES) > 5_000;
      };
    }

    @Override
    public String toString() {
      return switch (kind) {
        case "year" -> "year(" + from + ")";
        case "years" -> "years(" + from + ", " + to + ")";
        case "level" -> "level(" + levels + ")";
        case "region" -> "region(" + region.name() + ")";
        default -> "where(#" + which + ")";
      };
    }
  }

  static boolean inRegion(Area area, Region region) {
    if (area instanceof Authority a) {
      return a.region() == region || (region == Region.LONDON
          && (a.region() == Region.INNER_LONDON || a.region() == Region.OUTER_LONDON));
    }
    if (area instanceof Region r) {
      return r == region || (region == Region.LONDON
          && (r == Region.INNER_LONDON || r == Region.OUTER_LONDON));
    }
    return false;
  }

  static Gen<Step> steps() {
    Gen<Step> year = arbitrary().pick(YEARS).map(y -> new Step("year", y, y, null, null, 0));
    Gen<Step> years = integers().between(2015, 2020).zip(integers().between(0, 3),
        (from, span) -> new Step("years", from, from + span, null, null, 0));
    Gen<Step> level = lists().of(arbitrary().enumValues(Level.class)).ofSizeBetween(1, 3)
        .map(l -> new Step("level", 0, 0, EnumSet.copyOf(l), null, 0));
    Gen<Step> region = arbitrary().pick(Region.values())
        .map(r -> new Step("region", 0, 0, null, r, 0));
    Gen<Step> where = integers().between(0, 2).map(p -> new Step("where", 0, 0, null, null, p));
    return Generate.oneOf(year, years, level, region, where);
  }

  static Gen<List<Step>> stepLists() {
    return lists().of(steps()).ofSizeBetween(0, 4);
  }

  static Workforce apply(Workforce w, List<Step> steps) {
    Set<Integer> dataYears = w.years();
    for (Step s : steps) {
      w = s.apply(w, dataYears);
    }
    return w;
  }

  static Gen<Metric> rankedMetrics() {
    return arbitrary().pick(List.of(CASELOAD, CASES, CASE_HOLDERS));
  }
}
