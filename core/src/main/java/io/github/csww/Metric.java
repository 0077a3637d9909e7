package io.github.csww;

import static io.github.csww.Checks.checkNotNull;
import static io.github.csww.Polarity.HIGHER_IS_WORSE;
import static io.github.csww.Polarity.NEUTRAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A measure published in the children's social work workforce statistics.
 *
 * <p>Each metric knows its {@link Unit}, its {@link Polarity} and, for ratios, the {@link Formula}
 * that lets aggregates be recomputed from counts. FTE metrics have a headcount twin where the
 * publisher gives one ({@code SOCIAL_WORKERS} and {@code SOCIAL_WORKERS_HEADCOUNT}).
 *
 * <pre>{@code
 * Ranking top = workforce.rankBy(Metric.CASELOAD).top(5);
 * Metric.CASELOAD.label();   // "Average caseload"
 * Metric.CASELOAD.isRatio(); // true: cases / case holders FTE
 * }</pre>
 */
public enum Metric implements Measure {
  /** Children and family social workers in post, FTE. */
  SOCIAL_WORKERS("Social workers", Unit.FTE, NEUTRAL),
  /** Children and family social workers in post, headcount. */
  SOCIAL_WORKERS_HEADCOUNT("Social workers (headcount)", Unit.HEADCOUNT, NEUTRAL),
  /** Starters in the year, FTE (not in releases before 2023). */
  STARTERS("Starters", Unit.FTE, NEUTRAL),
  /** Starters in the year, headcount. */
  STARTERS_HEADCOUNT("Starters (headcount)", Unit.HEADCOUNT, NEUTRAL),
  /** Leavers in the year, FTE. */
  LEAVERS("Leavers", Unit.FTE, HIGHER_IS_WORSE),
  /** Leavers in the year, headcount. */
  LEAVERS_HEADCOUNT("Leavers (headcount)", Unit.HEADCOUNT, HIGHER_IS_WORSE),
  /** Turnover rate: leavers FTE / social workers FTE, %. */
  TURNOVER_RATE("Turnover rate", Unit.PERCENT, HIGHER_IS_WORSE),
  /** Turnover rate by headcount, %. */
  TURNOVER_RATE_HEADCOUNT("Turnover rate (headcount)", Unit.PERCENT, HIGHER_IS_WORSE),
  /** Agency workers, FTE. */
  AGENCY_WORKERS("Agency workers", Unit.FTE, HIGHER_IS_WORSE),
  /** Agency workers, headcount. */
  AGENCY_WORKERS_HEADCOUNT("Agency workers (headcount)", Unit.HEADCOUNT, HIGHER_IS_WORSE),
  /** Agency rate: agency FTE / (agency FTE + social workers FTE), %. */
  AGENCY_RATE("Agency worker rate", Unit.PERCENT, HIGHER_IS_WORSE),
  /** Agency rate by headcount, %. */
  AGENCY_RATE_HEADCOUNT("Agency worker rate (headcount)", Unit.PERCENT, HIGHER_IS_WORSE),
  /** Agency workers covering vacancies, FTE. */
  AGENCY_COVER("Agency workers covering vacancies", Unit.FTE, NEUTRAL),
  /** Agency workers covering vacancies / agency workers, %. */
  AGENCY_COVER_RATE("Agency cover rate", Unit.PERCENT, NEUTRAL),
  /** Vacancies, FTE. */
  VACANCIES("Vacancies", Unit.FTE, HIGHER_IS_WORSE),
  /** Vacancy rate: vacancies / (vacancies + social workers), FTE, %. */
  VACANCY_RATE("Vacancy rate", Unit.PERCENT, HIGHER_IS_WORSE),
  /** Agency workers covering vacancies / vacancies, FTE, %. */
  VACANCY_AGENCY_COVER_RATE("Vacancies covered by agency workers", Unit.PERCENT, NEUTRAL),
  /** Social workers holding cases, FTE. */
  CASE_HOLDERS("Case holders", Unit.FTE, NEUTRAL),
  /** Cases held by case-holding social workers. */
  CASES("Cases", Unit.CASES, NEUTRAL),
  /** Average caseload: cases / case holders FTE. */
  CASELOAD("Average caseload", Unit.CASES_PER_FTE, HIGHER_IS_WORSE),
  /** Working days lost to sickness absence, FTE. */
  DAYS_LOST("Working days lost", Unit.DAYS, HIGHER_IS_WORSE),
  /**
   * Sickness absence rate, %: days lost / (social workers FTE × working days in the year). The
   * publisher does not give the day count, so it has no {@link #formula()}; aggregates and
   * neighbour means recompute it as Σ days lost / (Σ social workers FTE × {@value
   * Aggregate#ABSENCE_WORKING_DAYS} working days), the day count that reproduces most published
   * rates.
   */
  ABSENCE_RATE("Absence rate", Unit.PERCENT, HIGHER_IS_WORSE);

  private static final Metric[] VALUES = values();
  /** Column names in the 2025 EES layout, in declaration order. */
  private static final String[] COLUMNS = {
      "inpost_fte", "inpost_headcount", "starters_fte", "starters_headcount",
      "leavers_fte", "leavers_headcount", "turnover_rate_fte", "turnover_rate_headcount",
      "agency_fte", "agency_headcount", "agency_rate_fte", "agency_rate_headcount",
      "agency_cover_fte", "agency_cover_rate_fte", "vacancy_fte", "vacancy_rate_fte",
      "vacancy_agency_cover_rate_fte", "case_holders_fte", "cases", "caseload_fte",
      "working_days_lost_fte", "absence_rate_fte"};
  /** Column names in the 2022 EES layout, in declaration order; null where it has none. */
  private static final String[] LEGACY_COLUMNS = {
      "social_worker_fte", "social_worker_headcount", null, null,
      "leaver_fte", "leaver_headcount", "turnover_rate_fte_%", "turnover_rate_headcount_%",
      "agency_fte", "agency_headcount", "agency_worker_rate_fte_%",
      "agency_worker_rate_headcount_%",
      "agency_cover_fte", "agency_cover_rate_fte_%", "vacancy_fte", "vacancy_rate_fte_%",
      "vacancy_agency_cover_rate_fte_%", "case_holders_fte", "cases", "caseload_fte",
      "working_days_lost_fte", "absence_rate_fte_%"};
  private static final Map<Metric, Formula> FORMULAS = new EnumMap<>(Metric.class);

  static {
    FORMULAS.put(TURNOVER_RATE, percent(LEAVERS, SOCIAL_WORKERS));
    FORMULAS.put(TURNOVER_RATE_HEADCOUNT, percent(LEAVERS_HEADCOUNT, SOCIAL_WORKERS_HEADCOUNT));
    FORMULAS.put(AGENCY_RATE, percent(AGENCY_WORKERS, AGENCY_WORKERS, SOCIAL_WORKERS));
    FORMULAS.put(
        AGENCY_RATE_HEADCOUNT,
        percent(AGENCY_WORKERS_HEADCOUNT, AGENCY_WORKERS_HEADCOUNT, SOCIAL_WORKERS_HEADCOUNT));
    FORMULAS.put(AGENCY_COVER_RATE, percent(AGENCY_COVER, AGENCY_WORKERS));
    FORMULAS.put(VACANCY_RATE, percent(VACANCIES, VACANCIES, SOCIAL_WORKERS));
    FORMULAS.put(VACANCY_AGENCY_COVER_RATE, percent(AGENCY_COVER, VACANCIES));
    FORMULAS.put(CASELOAD, new Formula(CASES, List.of(CASE_HOLDERS), 1));
  }

  private final String label;
  private final Unit unit;
  private final Polarity polarity;

  Metric(String label, Unit unit, Polarity polarity) {
    this.label = label;
    this.unit = unit;
    this.polarity = polarity;
  }

  private static Formula percent(Metric numerator, Metric... denominator) {
    return new Formula(numerator, List.of(denominator), 100);
  }

  /** A short English name for tables and charts, for example {@code "Average caseload"}. */
  @Override
  public String label() {
    return label;
  }

  /** The unit the metric is published in. */
  @Override
  public Unit unit() {
    return unit;
  }

  /** Whether a higher value is worse, better or neither. */
  @Override
  public Polarity polarity() {
    return polarity;
  }

  /**
   * Whether a higher value is worse (caseload, turnover, agency, vacancy, absence).
   *
   * @return true when the polarity is {@link Polarity#HIGHER_IS_WORSE}
   */
  public boolean higherIsWorse() {
    return polarity == HIGHER_IS_WORSE;
  }

  /**
   * Whether the metric is a ratio rather than a count.
   *
   * @return true for rates and the caseload (units {@link Unit#PERCENT} and {@link
   *     Unit#CASES_PER_FTE}): values that are not summed across areas
   */
  public boolean isRatio() {
    return unit == Unit.PERCENT || unit == Unit.CASES_PER_FTE;
  }

  /**
   * The formula for a ratio that can be recomputed from published counts; empty for counts and
   * for {@link #ABSENCE_RATE}, whose day count is not published.
   *
   * @return the formula, or empty
   */
  public Optional<Formula> formula() {
    return Optional.ofNullable(FORMULAS.get(this));
  }

  /**
   * The count that, with a fixed day count, makes up the denominator of a rate that has no
   * {@link #formula()}: {@link #SOCIAL_WORKERS} for {@link #ABSENCE_RATE}, aggregated as Σ days
   * lost / (Σ social workers FTE × {@value Aggregate#ABSENCE_WORKING_DAYS}); empty otherwise.
   *
   * @return the denominator's count, or empty
   */
  public Optional<Metric> weight() {
    return this == ABSENCE_RATE ? Optional.of(SOCIAL_WORKERS) : Optional.empty();
  }

  /**
   * The metric's column in the 2025 EES layout, for example {@code caseload_fte}; also its column
   * name in csww's tables and its key in the JSON of results. (csww's own workforce JSON, {@code
   * WorkforceJson} of {@code csww-io}, keys values by the constant's name instead.)
   *
   * @return the column name
   */
  @Override
  public String columnName() {
    return COLUMNS[ordinal()];
  }

  /**
   * The metric's column in the 2022 EES layout, for example {@code turnover_rate_fte_%}; empty
   * for {@link #STARTERS} and {@link #STARTERS_HEADCOUNT}, which that layout does not publish.
   *
   * @return the column name, or empty
   */
  public Optional<String> legacyColumnName() {
    return Optional.ofNullable(LEGACY_COLUMNS[ordinal()]);
  }

  /**
   * The metric with a name as a person types it: its command-line name ({@code "agency-rate"}),
   * its constant ({@code "AGENCY_RATE"}, any case, spaces or hyphens for underscores), its column
   * in either EES layout ({@code "turnover_rate_fte"}, {@code "turnover_rate_fte_%"}), or its
   * {@link #label()} as tables head it, with or without the unit ({@code "Agency worker rate"},
   * {@code "Average caseload (cases per FTE)"}; any case).
   *
   * @param name the name
   * @return the metric
   * @throws UnknownMetricException for an unknown name, with the closest metrics as {@link
   *     UnknownMetricException#suggestions()} and every valid name in its message
   */
  public static Metric fromName(String name) {
    checkNotNull(name, "name is null");
    String key = key(name);
    for (Metric m : VALUES) {
      if (key(m.name()).equals(key) || key(m.columnName()).equals(key)
          || m.legacyColumnName().map(c -> key(c).equals(key)).orElse(false)
          || key(m.label()).equals(key) || key(m.heading()).equals(key)) {
        return m;
      }
    }
    List<String> close = new ArrayList<>();
    List<Metric> closest = new ArrayList<>(List.of(VALUES));
    closest.sort(Comparator.comparingInt((Metric m) -> distance(key, m)).thenComparing(Metric::name));
    for (Metric m : closest) {
      if (close.size() < 3 && Names.close(key, distance(key, m))) {
        close.add(m.displayName());
      }
    }
    List<String> valid = new ArrayList<>();
    for (Metric m : VALUES) {
      valid.add(m.displayName());
    }
    throw new UnknownMetricException(name, close, valid);
  }

  /** How far a typed key is from a metric's nearest name. */
  private static int distance(String key, Metric m) {
    int d = Math.min(Math.min(Names.distance(key, key(m.name())),
        Names.distance(key, key(m.columnName()))), Names.distance(key, key(m.label())));
    return m.legacyColumnName().map(c -> Math.min(d, Names.distance(key, key(c)))).orElse(d);
  }

  /**
   * The name as typed on a command line: lower case with hyphens, {@code "agency-rate"}.
   *
   * @return the constant's name in lower case, underscores replaced by hyphens
   */
  public String displayName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The label with its unit, as a table heads the metric's column ({@link Column#heading()}). */
  private String heading() {
    return Column.of(this).heading();
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }
}
