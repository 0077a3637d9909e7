package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

/**
 * What a {@link Ranking} orders areas by: a published {@link Metric}, the change in a metric
 * between two years ({@link #change}, {@link #percentChange}), or the ratio of two metrics
 * ({@link #ratio}).
 *
 * <pre>{@code
 * workforce.rankBy(CASELOAD).top(5);                                   // a metric
 * workforce.rankBy(Measure.change(TURNOVER_RATE, 2022, 2023)).top(5);  // largest rise
 * workforce.rankBy(Measure.percentChange(SOCIAL_WORKERS, 2017, 2025)).bottom(5);
 * workforce.rankBy(Measure.ratio(AGENCY_WORKERS, CASE_HOLDERS)).top(5);
 * }</pre>
 */
public sealed interface Measure permits Metric, Measure.Change, Measure.Ratio,
    Measure.EarlierBase {

  /**
   * The machine name of the measure's column, for example {@code caseload_fte} or {@code
   * turnover_rate_fte_change_2022_2023}.
   *
   * @return the column name
   */
  String columnName();

  /**
   * A short English name, for example {@code Average caseload} or {@code Change in turnover rate,
   * 2022 to 2023}.
   *
   * @return the label
   */
  String label();

  /**
   * The unit of the measure's values.
   *
   * @return the unit
   */
  Unit unit();

  /**
   * Whether a higher value is worse, better or neither: a change has its metric's polarity.
   *
   * @return the polarity
   */
  Polarity polarity();

  /**
   * The change in a metric from one reporting year to a later one, in the metric's unit
   * (percentage points for a rate). A ranking by it holds the areas of the later year that have a
   * number in both years.
   *
   * @param metric the metric
   * @param from the earlier year
   * @param to the later year
   * @return the measure
   * @throws IllegalArgumentException if {@code from >= to}
   */
  static Change change(Metric metric, int from, int to) {
    return new Change(metric, from, to, false);
  }

  /**
   * The change in a metric from one reporting year to a later one, in per cent of the earlier
   * value. Areas whose earlier value is zero are left out.
   *
   * @param metric the metric
   * @param from the earlier year
   * @param to the later year
   * @return the measure
   * @throws IllegalArgumentException if {@code from >= to}
   */
  static Change percentChange(Metric metric, int from, int to) {
    return new Change(metric, from, to, true);
  }

  /**
   * One metric divided by another in the same year, for example agency workers per case holder.
   * Areas whose denominator is zero are left out.
   *
   * @param numerator the numerator
   * @param denominator the denominator
   * @return the measure
   * @throws IllegalArgumentException if the two are the same metric
   */
  static Ratio ratio(Metric numerator, Metric denominator) {
    return new Ratio(numerator, denominator);
  }

  /**
   * The change in a metric between two years.
   *
   * @param metric the metric
   * @param from the earlier year
   * @param to the later year
   * @param percent true for per cent of the earlier value, false for the difference
   */
  record Change(Metric metric, int from, int to, boolean percent) implements Measure {
    /**
     * Checks the parts.
     *
     * @param metric the metric
     * @param from the earlier year
     * @param to the later year
     * @param percent per cent or difference
     * @throws IllegalArgumentException if {@code from >= to}
     */
    public Change {
      checkNotNull(metric, "metric is null");
      checkArgument(from < to, "a change runs from an earlier year to a later one, got %s to %s",
          from, to);
    }

    @Override
    public String columnName() {
      return metric.columnName().replace("_%", "") + (percent ? "_percent_change_" : "_change_")
          + from + "_" + to;
    }

    @Override
    public String label() {
      return (percent ? "Change (%) in " : "Change in ") + lower(metric.label()) + ", " + from
          + " to " + to;
    }

    @Override
    public Unit unit() {
      if (percent) {
        return Unit.PERCENT;
      }
      return metric.unit() == Unit.PERCENT ? Unit.PERCENTAGE_POINTS : metric.unit();
    }

    @Override
    public Polarity polarity() {
      return metric.polarity();
    }

    /** For example {@code TURNOVER_RATE change 2022-2023}. */
    @Override
    public String toString() {
      return metric + (percent ? " percent change " : " change ") + from + "-" + to;
    }
  }

  /**
   * One metric divided by another in the same year.
   *
   * @param numerator the numerator
   * @param denominator the denominator
   */
  record Ratio(Metric numerator, Metric denominator) implements Measure {
    /**
     * Checks the parts.
     *
     * @param numerator the numerator
     * @param denominator the denominator
     * @throws IllegalArgumentException if the two are the same metric
     */
    public Ratio {
      checkNotNull(numerator, "numerator is null");
      checkNotNull(denominator, "denominator is null");
      checkArgument(numerator != denominator, "a ratio of %s to itself is always 1", numerator);
    }

    @Override
    public String columnName() {
      return numerator.columnName().replace("_%", "") + "_per_"
          + denominator.columnName().replace("_%", "");
    }

    @Override
    public String label() {
      return numerator.label() + " per " + lower(denominator.label());
    }

    @Override
    public Unit unit() {
      return Unit.RATIO;
    }

    @Override
    public Polarity polarity() {
      return Polarity.NEUTRAL;
    }

    /** For example {@code AGENCY_WORKERS / CASE_HOLDERS}. */
    @Override
    public String toString() {
      return numerator + " / " + denominator;
    }
  }

  /**
   * The turnover rate on the earlier base, a derived measure: leavers FTE in the year over in-post
   * FTE at 30 September a year before, ×100 (the definition quoted with the 2017 figures). The
   * published {@link Metric#TURNOVER_RATE} divides by the same year's in-post FTE. Areas without
   * the previous year's figures are left out of a ranking, with the reason.
   *
   * <pre>{@code
   * workforce.year(2025).rankBy(Measure.turnoverOnEarlierBase()).top(5);
   * }</pre>
   *
   * @return the measure
   */
  static EarlierBase turnoverOnEarlierBase() {
    return new EarlierBase(Metric.LEAVERS, Metric.SOCIAL_WORKERS);
  }

  /**
   * A derived rate, not published: {@code 100 × numerator} in the year over {@code denominator}
   * in the year before.
   *
   * @param numerator the numerator, in the year
   * @param denominator the denominator, a year before
   */
  record EarlierBase(Metric numerator, Metric denominator) implements Measure {
    /**
     * Checks the parts.
     *
     * @param numerator the numerator
     * @param denominator the denominator
     */
    public EarlierBase {
      checkNotNull(numerator, "numerator is null");
      checkNotNull(denominator, "denominator is null");
    }

    @Override
    public String columnName() {
      return numerator == Metric.LEAVERS && denominator == Metric.SOCIAL_WORKERS
          ? "turnover_rate_fte_earlier_base"
          : numerator.columnName() + "_per_previous_" + denominator.columnName();
    }

    @Override
    public String label() {
      return (numerator == Metric.LEAVERS && denominator == Metric.SOCIAL_WORKERS
          ? "Turnover rate on the earlier base" : numerator.label() + " per "
              + lower(denominator.label()) + " a year before") + " (derived)";
    }

    @Override
    public Unit unit() {
      return Unit.PERCENT;
    }

    @Override
    public Polarity polarity() {
      return numerator.polarity();
    }

    /** For example {@code LEAVERS / SOCIAL_WORKERS a year before}. */
    @Override
    public String toString() {
      return numerator + " / " + denominator + " a year before";
    }
  }

  private static String lower(String label) {
    return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }
}
