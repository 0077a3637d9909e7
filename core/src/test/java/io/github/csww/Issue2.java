package io.github.csww;

import static io.github.csww.Metric.AGENCY_WORKERS;
import static io.github.csww.Metric.CASELOAD;
import static io.github.csww.Metric.CASE_HOLDERS;
import static io.github.csww.Metric.SOCIAL_WORKERS;
import static io.github.csww.Metric.TURNOVER_RATE;

import com.google.common.collect.ImmutableList;

/**
 * The figures of issue 2: ten authorities and England, published for 30 September 2017 (England
 * also for 2016). Every metric the issue does not give is left as {@code x}.
 */
final class Issue2 {
  private Issue2() {}

  static final Authority KINGSTON_RICHMOND = Authority.of("314 / 318", "E09000021 / E09000027",
      "Kingston upon Thames / Richmond upon Thames", Region.OUTER_LONDON);
  static final Authority KENSINGTON = Authority.of("207", "E09000020", "Kensington and Chelsea",
      Region.INNER_LONDON);
  static final Authority HERTFORDSHIRE = Authority.of("919", "E10000015", "Hertfordshire",
      Region.EAST_OF_ENGLAND);
  static final Authority DARLINGTON = Authority.of("841", "E06000005", "Darlington",
      Region.NORTH_EAST);
  static final Authority SUTTON = Authority.of("319", "E09000029", "Sutton", Region.OUTER_LONDON);
  static final Authority STAFFORDSHIRE = Authority.of("860", "E10000028", "Staffordshire",
      Region.WEST_MIDLANDS);
  static final Authority SHROPSHIRE = Authority.of("893", "E06000051", "Shropshire",
      Region.WEST_MIDLANDS);
  static final Authority HULL = Authority.of("810", "E06000010", "Kingston upon Hull, City of",
      Region.YORKSHIRE_AND_THE_HUMBER);
  static final Authority SOUTHAMPTON = Authority.of("852", "E06000045", "Southampton",
      Region.SOUTH_EAST);
  static final Authority BLACKBURN = Authority.of("889", "E06000008", "Blackburn with Darwen",
      Region.NORTH_WEST);

  /** The ten authorities in the order of the issue's table. */
  static final ImmutableList<Authority> AUTHORITIES = ImmutableList.of(KINGSTON_RICHMOND,
      KENSINGTON, HERTFORDSHIRE, DARLINGTON, SUTTON, STAFFORDSHIRE, SHROPSHIRE, HULL, SOUTHAMPTON,
      BLACKBURN);

  static final Snapshot ENGLAND_2016 = Snapshot.builder(England.INSTANCE, 2016)
      .set(CASELOAD, 16.1)
      .set(SOCIAL_WORKERS, 27_700)
      .set(AGENCY_WORKERS, 5_340)
      .build();

  static final Snapshot ENGLAND_2017 = Snapshot.builder(England.INSTANCE, 2017)
      .set(CASELOAD, 17.8)
      .set(SOCIAL_WORKERS, 28_500)
      .set(AGENCY_WORKERS, 5_330)
      .set(TURNOVER_RATE, 15.1)
      .build();

  /** The 2017 snapshots of the ten authorities, in the order of the issue's table. */
  static final ImmutableList<Snapshot> LA_2017 = ImmutableList.of(
      la(KINGSTON_RICHMOND, 65.1, 10.2),
      la(KENSINGTON, 59.2, 11.9),
      la(HERTFORDSHIRE, 240.3, 12.4),
      la(DARLINGTON, 58.4, 12.5),
      la(SUTTON, 72.1, 12.9),
      la(STAFFORDSHIRE, 199.4, 26.4),
      la(SHROPSHIRE, 77.7, 25.1),
      la(HULL, 142.3, 24.5),
      la(SOUTHAMPTON, 80.5, 23.9),
      la(BLACKBURN, 59.4, 23.8));

  /** Every snapshot of the issue: England 2016 and 2017 and the ten authorities in 2017. */
  static final ImmutableList<Snapshot> ALL = ImmutableList.<Snapshot>builder()
      .add(ENGLAND_2016, ENGLAND_2017).addAll(LA_2017).build();

  static Workforce workforce() {
    return Workforce.of(ALL);
  }

  static Snapshot la(Authority a, double caseHolders, double caseload) {
    return Snapshot.builder(a, 2017).set(CASE_HOLDERS, caseHolders).set(CASELOAD, caseload)
        .build();
  }
}
