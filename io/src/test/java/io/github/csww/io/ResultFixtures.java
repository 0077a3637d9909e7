package io.github.csww.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.csww.Area;
import io.github.csww.Authority;
import io.github.csww.Closeness;
import io.github.csww.England;
import io.github.csww.Grade;
import io.github.csww.Judgement;
import io.github.csww.Judgements;
import io.github.csww.Metric;
import io.github.csww.Neighbour;
import io.github.csww.NeighbourGroup;
import io.github.csww.Region;
import io.github.csww.Snapshot;
import io.github.csww.StatisticalNeighbours;
import io.github.csww.Suppression;
import io.github.csww.Workforce;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small hand-built workforce for the result writers: Staffordshire, Shropshire, Hull and
 * Telford in the West Midlands and Yorkshire, 2016 to 2018, with judgements and a neighbour
 * model.
 */
final class ResultFixtures {
  static final Authority STAFFORDSHIRE =
      Authority.of("860", "E10000028", "Staffordshire", Region.WEST_MIDLANDS);
  static final Authority SHROPSHIRE =
      Authority.of("893", "E06000051", "Shropshire", Region.WEST_MIDLANDS);
  static final Authority HULL = Authority.of("810", "E06000010", "Kingston upon Hull, City of",
      Region.YORKSHIRE_AND_THE_HUMBER);
  static final Authority TELFORD =
      Authority.of("894", "E06000020", "Telford and Wrekin", Region.WEST_MIDLANDS);

  /** Staffordshire: Good, inspected 1 March 2017, published 2 May 2017. */
  static final Judgement STAFFORDSHIRE_GOOD = judgement(STAFFORDSHIRE, Grade.GOOD,
      LocalDate.of(2017, 3, 1), LocalDate.of(2017, 5, 2));
  /** Shropshire: Inadequate, published 1 October 2017, after the 2017 census date. */
  static final Judgement SHROPSHIRE_LATE = judgement(SHROPSHIRE, Grade.INADEQUATE,
      LocalDate.of(2017, 9, 1), LocalDate.of(2017, 10, 1));

  private ResultFixtures() {}

  static Judgement judgement(Authority a, Grade g, LocalDate inspected, LocalDate published) {
    return new Judgement(a.code(), a.name(), g, ImmutableMap.of(), inspected, Optional.empty(),
        published, "ILACS", Optional.empty());
  }

  /** A snapshot with metric and value pairs; a value may be a {@link Suppression}. */
  static Snapshot snapshot(Area area, int year, Object... metricsAndValues) {
    Snapshot.Builder b = Snapshot.builder(area, year);
    for (int i = 0; i < metricsAndValues.length; i += 2) {
      Metric m = (Metric) metricsAndValues[i];
      Object v = metricsAndValues[i + 1];
      if (v instanceof Suppression s) {
        b.suppress(m, s);
      } else {
        b.set(m, ((Number) v).doubleValue());
      }
    }
    return b.build();
  }

  static Workforce workforce() {
    List<Snapshot> s = new ArrayList<>();
    s.add(snapshot(STAFFORDSHIRE, 2016, Metric.TURNOVER_RATE, 20));
    s.add(snapshot(England.INSTANCE, 2017, Metric.CASELOAD, 17.7, Metric.TURNOVER_RATE, 13.4));
    s.add(snapshot(Region.WEST_MIDLANDS, 2017, Metric.CASELOAD, 18.5, Metric.TURNOVER_RATE, 14));
    s.add(snapshot(STAFFORDSHIRE, 2017, Metric.CASELOAD, 26.4, Metric.TURNOVER_RATE, 25,
        Metric.CASES, 264, Metric.CASE_HOLDERS, 10));
    s.add(snapshot(SHROPSHIRE, 2017, Metric.CASELOAD, 25.1,
        Metric.TURNOVER_RATE, Suppression.CONFIDENTIAL, Metric.CASES, 251,
        Metric.CASE_HOLDERS, 10));
    s.add(snapshot(HULL, 2017, Metric.CASELOAD, 20, Metric.CASES, 200, Metric.CASE_HOLDERS, 10));
    s.add(snapshot(TELFORD, 2017, Metric.CASELOAD, Suppression.NOT_AVAILABLE));
    s.add(snapshot(STAFFORDSHIRE, 2018, Metric.TURNOVER_RATE, 24.5));
    return Workforce.of(s);
  }

  /** Staffordshire's neighbours: Shropshire, Northamptonshire (928, not held), Hull. */
  static StatisticalNeighbours model() {
    return StatisticalNeighbours.of("model.csv", List.of(new NeighbourGroup(860, "Staffordshire",
        ImmutableList.of(new Neighbour(1, 893, Closeness.VERY_CLOSE),
            new Neighbour(2, 928, Closeness.CLOSE),
            new Neighbour(3, 810, Closeness.SOMEWHAT_CLOSE)))));
  }

  static Judgements judgements() {
    return Judgements.of(List.of(STAFFORDSHIRE_GOOD, SHROPSHIRE_LATE));
  }

  /** A workforce whose authority names a spreadsheet would run as formulas. */
  static Workforce formulas() {
    Authority evil = Authority.of("860", "E10000028", "=EVIL()", Region.WEST_MIDLANDS);
    Authority minus = Authority.of("893", "E06000051", "-Minus", Region.WEST_MIDLANDS);
    return Workforce.of(List.of(
        snapshot(evil, 2017, Metric.CASELOAD, 26.4, Metric.TURNOVER_RATE, 25),
        snapshot(evil, 2018, Metric.CASELOAD, 25.9, Metric.TURNOVER_RATE, 24.5),
        snapshot(minus, 2017, Metric.CASELOAD, 25.1, Metric.TURNOVER_RATE, 12, Metric.CASES, 251,
            Metric.CASE_HOLDERS, 10)));
  }
}
