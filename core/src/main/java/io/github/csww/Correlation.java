package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The correlation, over the authorities of one workforce year, of a workforce metric with an
 * indicator from another file (or with another metric), with its sample size, p-value,
 * bootstrap confidence interval, the period alignment used, and every authority left out and
 * why.
 *
 * <p>Spearman's rho ranks each variable, tied values sharing the average of their ranks, and
 * takes Pearson's r of the ranks. The p-value is a two-sided permutation test (exact for small
 * samples, otherwise Monte Carlo with the +1 correction; see {@link CorrelationOptions}); {@link
 * #tApproximationP()} gives the usual Student's t approximation beside it. The interval is a
 * percentile bootstrap over resampled pairs. All random draws come from the options' seed.
 *
 * <pre>{@code
 * Workforce wf = Workforce.load(Path.of("csww_indicators_2017_to_2025.csv"));
 * Indicators cin = IndicatorReader.load(Path.of("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"));
 * Correlation c = Correlation.spearman(wf.year(2023), Metric.CASELOAD, cin,
 *     "rereferral_percent", PeriodAlignment.childrenInNeedYear(), CorrelationOptions.defaults());
 * c.n();         // authorities with both values
 * c.rho();       // Spearman's rho
 * c.pValue();    // permutation p-value
 * c.interval();  // 95% percentile bootstrap interval
 * c.leftOut();   // [Westminster (213): caseload x (not available), ...]
 * System.out.println(c.format());
 * }</pre>
 *
 * @param method Spearman or Pearson
 * @param x the first variable, for example {@code "caseload"}
 * @param y the second variable, for example {@code "rereferral_percent (c1.csv)"}
 * @param year the workforce census year
 * @param alignment how the workforce year was mapped to the indicator period; empty when both
 *     variables are workforce metrics of the same census
 * @param aligned the alignment for this year in words, for example {@code "workforce census 30
 *     September 2023 ↔ children in need year to 31 March 2024 (time_period 2024)"}
 * @param rho the coefficient: Spearman's rho or Pearson's r, in [-1, 1]
 * @param pValue the two-sided permutation p-value, in (0, 1]
 * @param pValueMethod how the p-value was computed, with its seed and permutation count
 * @param tApproximationP the two-sided p-value from Student's t with n - 2 degrees of freedom
 * @param interval the bootstrap confidence interval
 * @param pairs the authorities used, with their two values, in the view's order
 * @param leftOut the authorities of the view left out, with the reason
 * @param pooled how the indicator value of each combined return among the pairs (one reporting
 *     unit in the workforce file, its partners' rows in the indicator file) was pooled, for
 *     example {@code "Kingston upon Thames / Richmond upon Thames (314 / 318): rereferral_percent
 *     = (201 + 199) / (1543 + 1299) × 100"}; empty when none was
 */
public record Correlation(
    CorrelationMethod method,
    String x,
    String y,
    int year,
    Optional<PeriodAlignment> alignment,
    String aligned,
    double rho,
    double pValue,
    String pValueMethod,
    double tApproximationP,
    ConfidenceInterval interval,
    List<CorrelationPair> pairs,
    List<Exclusion> leftOut,
    List<String> pooled) implements Result {

  /**
   * Checks and copies the parts.
   *
   * @param method the method
   * @param x the first variable
   * @param y the second variable
   * @param year the census year
   * @param alignment the alignment or empty
   * @param aligned the alignment in words
   * @param rho in [-1, 1]
   * @param pValue in (0, 1]
   * @param pValueMethod how the p-value was computed
   * @param tApproximationP in [0, 1]
   * @param interval the interval
   * @param pairs at least 3 pairs
   * @param leftOut the authorities left out
   * @param pooled how each combined return's indicator value was pooled
   * @throws IllegalArgumentException naming a value out of range
   * @throws NullPointerException if a part is null
   */
  public Correlation {
    checkNotNull(method, "method is null");
    checkNotNull(x, "x is null");
    checkNotNull(y, "y is null");
    checkNotNull(alignment, "alignment is null");
    checkNotNull(aligned, "aligned is null");
    checkNotNull(pValueMethod, "pValueMethod is null");
    checkNotNull(interval, "interval is null");
    pairs = ImmutableList.copyOf(checkNotNull(pairs, "pairs is null"));
    leftOut = ImmutableList.copyOf(checkNotNull(leftOut, "leftOut is null"));
    pooled = ImmutableList.copyOf(checkNotNull(pooled, "pooled is null"));
    checkArgument(rho >= -1 && rho <= 1, "a correlation lies in [-1, 1], got %s", rho);
    checkArgument(pValue > 0 && pValue <= 1, "a p-value lies in (0, 1], got %s", pValue);
    checkArgument(tApproximationP >= 0 && tApproximationP <= 1,
        "a p-value lies in [0, 1], got %s", tApproximationP);
    checkArgument(pairs.size() >= 3, "a correlation needs at least 3 pairs, got %s",
        pairs.size());
  }

  /**
   * A correlation with no combined return pooled.
   *
   * @param method the method
   * @param x the first variable
   * @param y the second variable
   * @param year the census year
   * @param alignment the alignment or empty
   * @param aligned the alignment in words
   * @param rho in [-1, 1]
   * @param pValue in (0, 1]
   * @param pValueMethod how the p-value was computed
   * @param tApproximationP in [0, 1]
   * @param interval the interval
   * @param pairs at least 3 pairs
   * @param leftOut the authorities left out
   * @throws IllegalArgumentException naming a value out of range
   * @throws NullPointerException if a part is null
   */
  public Correlation(CorrelationMethod method, String x, String y, int year,
      Optional<PeriodAlignment> alignment, String aligned, double rho, double pValue,
      String pValueMethod, double tApproximationP, ConfidenceInterval interval,
      List<CorrelationPair> pairs, List<Exclusion> leftOut) {
    this(method, x, y, year, alignment, aligned, rho, pValue, pValueMethod, tApproximationP,
        interval, pairs, leftOut, List.of());
  }

  /**
   * Spearman's rho of a workforce metric with an indicator, over the authorities of a one-year
   * view.
   *
   * @param view a workforce holding one year, for example {@code wf.year(2023)}; regional and
   *     national rows are ignored
   * @param x the workforce metric
   * @param indicators the indicator table
   * @param indicator the indicator column, for example {@code "rereferral_percent"}
   * @param alignment how the workforce year maps to the indicator's {@code time_period}
   * @param options seed, permutations, resamples and level
   * @return the correlation
   * @throws UnsupportedViewException if the view holds no snapshots or names several years (a view
   *     that names none is taken at its latest year, as other one-year queries take it)
   * @throws MissingDataException if fewer than 3 authorities have both values, saying how many
   *     have and who is left out, or a variable is the same for every authority: the data cannot
   *     give a correlation
   * @throws IllegalArgumentException if the indicator is not in the table or the aligned period is
   *     not in the table, naming the problem
   * @throws NullPointerException if an argument is null
   */
  public static Correlation spearman(Workforce view, Metric x, Indicators indicators,
      String indicator, PeriodAlignment alignment, CorrelationOptions options) {
    return of(CorrelationMethod.SPEARMAN, view, x, indicators, indicator, alignment, options);
  }

  /**
   * Pearson's r of a workforce metric with an indicator; as {@link #spearman(Workforce, Metric,
   * Indicators, String, PeriodAlignment, CorrelationOptions)} otherwise.
   *
   * @param view a workforce holding one year
   * @param x the workforce metric
   * @param indicators the indicator table
   * @param indicator the indicator column
   * @param alignment how the workforce year maps to the indicator's {@code time_period}
   * @param options seed, permutations, resamples and level
   * @return the correlation
   * @throws UnsupportedViewException as for {@code spearman}
   * @throws MissingDataException as for {@code spearman}
   * @throws IllegalArgumentException as for {@code spearman}
   * @throws NullPointerException if an argument is null
   */
  public static Correlation pearson(Workforce view, Metric x, Indicators indicators,
      String indicator, PeriodAlignment alignment, CorrelationOptions options) {
    return of(CorrelationMethod.PEARSON, view, x, indicators, indicator, alignment, options);
  }

  /**
   * The correlation of a workforce metric with an indicator by the given method.
   *
   * @param method Spearman or Pearson
   * @param view a workforce holding one year
   * @param x the workforce metric
   * @param indicators the indicator table
   * @param indicator the indicator column
   * @param alignment how the workforce year maps to the indicator's {@code time_period}
   * @param options seed, permutations, resamples and level
   * @return the correlation
   * @throws UnsupportedViewException as for {@code spearman}
   * @throws MissingDataException as for {@code spearman}
   * @throws IllegalArgumentException as for {@code spearman}
   * @throws NullPointerException if an argument is null
   */
  public static Correlation of(CorrelationMethod method, Workforce view, Metric x,
      Indicators indicators, String indicator, PeriodAlignment alignment,
      CorrelationOptions options) {
    return Correlator.withIndicator(method, view, x, indicators, indicator, alignment, options);
  }

  /**
   * One correlation per year of the view, oldest first: {@link #of(CorrelationMethod, Workforce,
   * Metric, Indicators, String, PeriodAlignment, CorrelationOptions)} on {@code view.year(y)}
   * for each year y, every year with the same options and seed.
   *
   * <pre>{@code
   * Correlation.eachYear(CorrelationMethod.SPEARMAN, wf.years(2017, 2024), Metric.CASELOAD, cin,
   *     "rereferral_percent", PeriodAlignment.childrenInNeedYear(), CorrelationOptions.defaults())
   *     .forEach(System.out::println);
   * }</pre>
   *
   * @param method Spearman or Pearson
   * @param view a workforce holding one or more years
   * @param x the workforce metric
   * @param indicators the indicator table
   * @param indicator the indicator column
   * @param alignment how each workforce year maps to the indicator's {@code time_period}
   * @param options seed, permutations, resamples and level
   * @return the correlations, one per year
   * @throws MissingDataException for a year as for {@code spearman}: it has fewer than 3
   *     authorities with both values, or a variable is the same for every authority
   * @throws IllegalArgumentException if the view is empty, or for a year as for {@code
   *     spearman}: its aligned period is not in the table (restrict the view with {@code
   *     years(from, to)})
   * @throws NullPointerException if an argument is null
   */
  public static List<Correlation> eachYear(CorrelationMethod method, Workforce view, Metric x,
      Indicators indicators, String indicator, PeriodAlignment alignment,
      CorrelationOptions options) {
    checkNotNull(view, "view is null");
    checkNotNull(indicators, "indicators is null");
    checkNotNull(alignment, "alignment is null");
    checkArgument(!view.years().isEmpty(), "the workforce view is empty: expected a year");
    for (int year : view.years()) {
      Correlator.checkPeriod(indicators, alignment, year); // before any work
    }
    ImmutableList.Builder<Correlation> out = ImmutableList.builder();
    for (int year : view.years()) {
      out.add(of(method, view.year(year), x, indicators, indicator, alignment, options));
    }
    return out.build();
  }

  /**
   * Spearman's rho of two workforce metrics of the same census, over the authorities of a
   * one-year view.
   *
   * @param view a workforce holding one year
   * @param x the first metric
   * @param y the second metric
   * @param options seed, permutations, resamples and level
   * @return the correlation
   * @throws UnsupportedViewException if the view holds no snapshots or names several years (a view
   *     that names none is taken at its latest year)
   * @throws MissingDataException if fewer than 3 authorities have both values, saying how many
   *     have and who is left out, or a variable is the same for every authority
   * @throws NullPointerException if an argument is null
   */
  public static Correlation spearman(Workforce view, Metric x, Metric y,
      CorrelationOptions options) {
    return of(CorrelationMethod.SPEARMAN, view, x, y, options);
  }

  /**
   * Pearson's r of two workforce metrics of the same census.
   *
   * @param view a workforce holding one year
   * @param x the first metric
   * @param y the second metric
   * @param options seed, permutations, resamples and level
   * @return the correlation
   * @throws MissingDataException as for {@link #spearman(Workforce, Metric, Metric,
   *     CorrelationOptions)}
   * @throws NullPointerException if an argument is null
   */
  public static Correlation pearson(Workforce view, Metric x, Metric y,
      CorrelationOptions options) {
    return of(CorrelationMethod.PEARSON, view, x, y, options);
  }

  /**
   * The correlation of two workforce metrics of the same census by the given method.
   *
   * @param method Spearman or Pearson
   * @param view a workforce holding one year
   * @param x the first metric
   * @param y the second metric
   * @param options seed, permutations, resamples and level
   * @return the correlation
   * @throws MissingDataException as for {@link #spearman(Workforce, Metric, Metric,
   *     CorrelationOptions)}
   * @throws NullPointerException if an argument is null
   */
  public static Correlation of(CorrelationMethod method, Workforce view, Metric x, Metric y,
      CorrelationOptions options) {
    return Correlator.withMetric(method, view, x, y, options);
  }

  /**
   * The number of authorities with both values.
   *
   * @return the sample size
   */
  public int n() {
    return pairs.size();
  }

  /**
   * A plain-text summary: method, variables, alignment, n, coefficient, p-values, interval and
   * every authority left out.
   *
   * @return several lines ending with a line break
   */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(method.label()).append(": ").append(x).append(" vs ").append(y).append('\n');
    sb.append("  period: ").append(aligned).append('\n');
    sb.append(String.format(Locale.ROOT, "  n = %d, %s = %.4f%n", n(), method.symbol(), rho));
    sb.append(String.format(Locale.ROOT, "  p = %.4f (%s)%n", pValue, pValueMethod));
    sb.append(String.format(Locale.ROOT, "  p = %.4f (Student's t approximation, %d df)%n",
        tApproximationP, n() - 2));
    sb.append("  ").append(interval).append('\n');
    sb.append("  left out: ").append(leftOut.size()).append(leftOut.isEmpty() ? "\n" : ":\n");
    for (Exclusion e : leftOut) {
      sb.append("    ").append(e).append('\n');
    }
    if (!pooled.isEmpty()) {
      sb.append("  pooled: ").append(pooledNote()).append('\n');
    }
    return sb.toString();
  }

  /**
   * The correlation as a table of one row: year, the two variables, the method, n, the
   * coefficient, the p-values and the interval, then the area columns every result uses (blank in
   * that row). Every authority left out is a left-out row with its area and its reason, so CSV
   * writes it with a {@code left_out_reason} and JSON under {@code left_out}. The alignment of
   * periods, the interval and how combined returns were pooled are its notes. {@link
   * #pairsTable()} gives the data behind it.
   *
   * @return the table
   */
  @Override
  public Table table() {
    List<Column> columns = new java.util.ArrayList<>(List.of(
        Column.integer("time_period", "Year"), Column.text("x", "x"),
        Column.text("y", "y"), Column.text("method", "Method"), Column.integer("n", "n"),
        Column.number("rho", method.symbol(), 4, ""),
        Column.number("p_value", "p", 4, ""),
        Column.text("p_value_method", "p-value method").asDetail(),
        Column.number("p_value_t", "p (t approximation)", 4, "").asDetail(),
        Column.number("ci_lower", "CI lower", 3, ""),
        Column.number("ci_upper", "CI upper", 3, ""),
        Column.number("ci_level", "CI level", 2, "").asDetail()));
    // last, so the one row's blank area cells trail it; a left-out row names its authority
    columns.addAll(AreaCells.AREA);
    Table.Builder t = Table.builder(method.label() + ": " + x + " vs " + y + ", " + year,
        columns).withLeftOutColumn();
    List<Cell> row = new java.util.ArrayList<>(List.of(Cell.of(year), Cell.text(x),
        Cell.text(y), Cell.text(method.name().toLowerCase(Locale.ROOT)), Cell.of(n()),
        finite(rho), finite(pValue), Cell.text(pValueMethod), finite(tApproximationP),
        finite(interval.lower()), finite(interval.upper()), finite(interval.level())));
    AreaCells.AREA.forEach(c -> row.add(Cell.blank()));
    t.row(row);
    for (Exclusion e : leftOut) {
      List<Cell> cells = new java.util.ArrayList<>(List.of(Cell.of(year)));
      for (int i = 1; i < columns.size() - AreaCells.AREA.size(); i++) {
        cells.add(Cell.blank());
      }
      cells.addAll(AreaCells.area(e.authority()));
      t.leftOut(e.reason(), cells);
    }
    t.note("Periods: " + aligned + ".");
    t.note(interval.toString());
    t.note(leftOut.isEmpty() ? "No authority left out."
        : leftOut.size() + " left out: each is listed with why it has no pair of values.");
    if (!pooled.isEmpty()) {
      t.note(pooledNote());
    }
    return t.build();
  }

  /** Which combined returns were pooled, and how. */
  private String pooledNote() {
    return pooled.size() + (pooled.size() == 1 ? " combined return" : " combined returns")
        + " pooled: one reporting unit in the workforce file, a row per partner in the "
        + "indicator file, so the indicator is recomputed from the partners' rows (counts summed, "
        + "a rate as \u03a3 numerator / \u03a3 denominator, never a mean of rates): "
        + String.join("; ", pooled) + ".";
  }

  /**
   * The pairs behind the correlation, an authority a row, and the authorities left out with
   * their reasons.
   *
   * @return the table
   */
  public Table pairsTable() {
    List<Column> columns = new java.util.ArrayList<>(AreaCells.AREA);
    columns.add(Column.number("x", x, -1, ""));
    columns.add(Column.number("y", y, -1, ""));
    Table.Builder t = Table.builder(x + " and " + y + ", " + year, columns).withLeftOutColumn();
    for (CorrelationPair p : pairs) {
      List<Cell> cells = new java.util.ArrayList<>(AreaCells.area(p.authority()));
      cells.add(Cell.of(p.x()));
      cells.add(Cell.of(p.y()));
      t.row(cells);
    }
    for (Exclusion e : leftOut) {
      List<Cell> cells = new java.util.ArrayList<>(AreaCells.area(e.authority()));
      cells.add(Cell.blank());
      cells.add(Cell.blank());
      t.leftOut(e.reason(), cells);
    }
    return t.build();
  }

  private static Cell finite(double d) {
    return Double.isFinite(d) ? Cell.of(d) : Cell.blank();
  }

  /**
   * A one-line summary.
   *
   * @return for example {@code "Spearman rank correlation caseload vs rereferral_percent, 2023:
   *     n = 149, rho = 0.1234, p = 0.1300"}
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %s vs %s, %d: n = %d, %s = %.4f, p = %.4f",
        method.label(), x, y, year, n(), method.symbol(), rho, pValue);
  }
}
