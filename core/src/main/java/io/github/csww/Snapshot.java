package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One area's published figures for one reporting year: a {@link Value} for every {@link Metric}.
 *
 * <p>The figures describe the workforce on the census date, 30 September of the reporting year.
 * A metric a file does not publish (starters before 2023, say) reads as {@link
 * Suppression#NOT_AVAILABLE}. Snapshots are immutable and compact: values are held as small
 * integers, not objects.
 *
 * <pre>{@code
 * Snapshot s = Snapshot.builder(staffordshire, 2017)
 *     .set(Metric.CASE_HOLDERS, 199.4)
 *     .set(Metric.CASELOAD, 26.4)
 *     .build();
 * s.value(Metric.CASELOAD);         // 26.4
 * s.value(Metric.CASES);            // x (not available)
 * s.censusDate();                   // 2017-09-30
 * }</pre>
 */
public final class Snapshot {
  /** Metrics in declaration order, shared to avoid copying {@code values()}. */
  static final Metric[] METRICS = Metric.values();

  private static final Suppression[] SUPPRESSIONS = Suppression.values();
  private static final int SUPPRESSED_BASE = Cells.SUPPRESSED_BASE;
  private static final int EXACT = Cells.EXACT;
  private static final int SMALLEST_TENTHS = Cells.SMALLEST_TENTHS;

  private final Area area;
  private final int year;
  /**
   * The cells in {@link Cells}' compact store, read in O(1).
   */
  private final byte[] cells;
  /** Where this snapshot's row starts in {@link #cells} (its length byte). */
  private final int at;
  /** Numbers that are not a whole number of tenths, by metric ordinal; null when there are none. */
  private final double[] exact;
  /** The area as this year's row published it, when it differs from {@link #area}; else null. */
  private final Area published;

  private Snapshot(Area area, int year, byte[] cells, int at, double[] exact, Area published) {
    this.area = area;
    this.year = year;
    this.cells = cells;
    this.at = at;
    this.exact = exact;
    this.published = published;
  }

  /**
   * Starts a snapshot for an area and reporting year; every metric starts as {@link
   * Suppression#NOT_AVAILABLE}.
   *
   * @param area the area the figures are for: England, a region or an authority
   * @param year the reporting year, for example {@code 2017} for the census of 30 September 2017
   * @return a builder for that area and year
   * @throws IllegalArgumentException if the year is not between 1900 and 2999
   */
  public static Builder builder(Area area, int year) {
    return new Builder(area, year);
  }

  /**
   * A snapshot from a map of values; metrics missing from the map are {@link
   * Suppression#NOT_AVAILABLE}.
   *
   * @param area the area the figures are for: England, a region or an authority
   * @param year the reporting year, for example {@code 2017} for the census of 30 September 2017
   * @param values a value (number or suppression) for any metrics; no key or value may be null
   * @return the snapshot
   * @throws IllegalArgumentException if the year is not between 1900 and 2999
   */
  public static Snapshot of(Area area, int year, Map<Metric, Value> values) {
    checkNotNull(values, "values is null");
    Builder b = builder(area, year);
    values.forEach(b::set);
    return b.build();
  }

  /**
   * The area the figures are for. In a {@link Workforce}, an authority carries every code and name
   * it has had; {@link #publishedArea()} gives this year's.
   *
   * @return England, a region or an authority
   */
  public Area area() {
    return area;
  }

  /**
   * The reporting year, for example {@code 2017} for the census of 30 September 2017.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * The census date the figures describe: 30 September of the reporting year.
   *
   * @return the date, for example 2017-09-30
   */
  public LocalDate censusDate() {
    return LocalDate.of(year, 9, 30);
  }

  /**
   * The published value of a metric.
   *
   * @param metric the metric
   * @return the number, or the suppression that stands in its place ({@link
   *     Suppression#NOT_AVAILABLE} for a metric the file does not publish); never null
   */
  public Value value(Metric metric) {
    int i = checkNotNull(metric, "metric is null").ordinal();
    int c = Cells.cell(cells, at, i);
    if (c >= SMALLEST_TENTHS) {
      return Value.of(c / 10.0);
    }
    if (c == EXACT) {
      return Value.of(exact[i]);
    }
    return Value.suppressed(SUPPRESSIONS[c - SUPPRESSED_BASE]);
  }

  /**
   * True when the metric has a number, not a suppression.
   *
   * @param metric the metric
   * @return whether {@link #number(Metric)} may be called
   */
  public boolean has(Metric metric) {
    return Cells.cell(cells, at, checkNotNull(metric, "metric is null").ordinal()) >= EXACT;
  }

  /**
   * The number for a metric, for code that has already checked {@link #has(Metric)}.
   *
   * @param metric the metric
   * @return the number, as published
   * @throws IllegalStateException naming the area, year and suppression when there is no number
   */
  public double number(Metric metric) {
    int i = checkNotNull(metric, "metric is null").ordinal();
    int c = Cells.cell(cells, at, i);
    if (c >= SMALLEST_TENTHS) {
      return c / 10.0;
    }
    if (c == EXACT) {
      return exact[i];
    }
    throw new IllegalStateException(
        metric + " of " + area.label() + " in " + year + " is suppressed: "
            + SUPPRESSIONS[c - SUPPRESSED_BASE].describe());
  }

  /**
   * Every metric's value, in {@link Metric} order.
   *
   * @return a value for every metric, suppressions included
   */
  public Map<Metric, Value> values() {
    EnumMap<Metric, Value> m = new EnumMap<>(Metric.class);
    for (Metric metric : METRICS) {
      m.put(metric, value(metric));
    }
    return Collections.unmodifiableMap(m);
  }

  /** The same figures for another area (used to give every snapshot one merged authority). */
  Snapshot withArea(Area other) {
    if (other == area) {
      return this;
    }
    Area asPublished = publishedArea();
    boolean same = other instanceof Authority a && asPublished instanceof Authority b
        ? a.sameHistory(b) : other.equals(asPublished);
    return new Snapshot(other, year, cells, at, exact, same ? null : asPublished);
  }

  /**
   * The area as this year's row published it. For an authority, {@link #area()} carries every code
   * and name it has had; this gives the one code and name of this year (Somerset is {@code
   * E10000027} in 2022 and {@code E06000066} in 2023). Writers use it so that what they write reads
   * back as published.
   *
   * @return the area with this year's code and name
   */
  public Area publishedArea() {
    return published == null ? area : published;
  }

  /** Equal when the area, year and every value are equal. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Snapshot s)) {
      return false;
    }
    if (year != s.year || !area.equals(s.area)) {
      return false;
    }
    for (Metric m : METRICS) {
      if (!value(m).equals(s.value(m))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = area.hashCode() * 31 + year;
    for (Metric m : METRICS) {
      h = h * 31 + value(m).hashCode();
    }
    return h;
  }

  /** For example {@code Staffordshire (860) 2017 {CASELOAD=26.4, ...}}, suppressed ones left out. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(area).append(' ').append(year).append(" {");
    boolean first = true;
    for (Metric m : METRICS) {
      if (has(m)) {
        if (!first) {
          sb.append(", ");
        }
        sb.append(m).append('=').append(value(m));
        first = false;
      }
    }
    return sb.append('}').toString();
  }

  /**
   * Builds a {@link Snapshot}. Not thread-safe; {@link #build()} may be called more than once.
   */
  public static final class Builder {
    private Area area;
    private int year;
    private final int[] cells = new int[METRICS.length];
    /** The row's codes, before packing. */
    private final long[] codes = new long[METRICS.length];
    /** Where the rows this builder builds are packed. */
    private final Cells.Arena arena = new Cells.Arena();
    private double[] exact;
    /** The area as this year's row published it, when set; else null. */
    private Area published;

    private Builder(Area area, int year) {
      reset(area, year);
    }

    /**
     * Starts again for another area and year, every metric back to {@link
     * Suppression#NOT_AVAILABLE}: a reader can build every row of a file with one builder.
     *
     * @param area the area the next figures are for
     * @param year the reporting year, for example {@code 2017}
     * @return this builder
     * @throws IllegalArgumentException if the year is not between 1900 and 2999
     */
    public Builder reset(Area area, int year) {
      checkNotNull(area, "area is null");
      checkArgument(year >= 1900 && year <= 2999, "expected a reporting year such as 2017, got %s",
          year);
      this.area = area;
      this.year = year;
      Arrays.fill(cells, SUPPRESSED_BASE + Suppression.NOT_AVAILABLE.ordinal());
      exact = null;
      published = null;
      return this;
    }

    /**
     * Sets the area as this year's row published it, for an area that carries a longer history:
     * an authority with every code and name it has had, of which this year's row showed one.
     * Readers of formats that keep the whole history (csww JSON) use it so that {@link
     * Snapshot#publishedArea()} survives. Without it, or after {@link #reset}, the snapshot's
     * published area is its area.
     *
     * <pre>{@code
     * Snapshot.builder(somersetWithBothCodes, 2017)
     *     .publishedAs(Authority.of("933", "E10000027", "Somerset", Region.SOUTH_WEST))
     *     .build()
     *     .publishedArea().code();   // E10000027
     * }</pre>
     *
     * @param published the same area (for an authority, the same LA numbers) with this year's
     *     code and name
     * @return this builder
     * @throws IllegalArgumentException if {@code published} is another area than the builder's,
     *     or an authority with a code or name the builder's authority has not had
     */
    public Builder publishedAs(Area published) {
      checkNotNull(published, "published area is null");
      checkArgument(published.equals(area), "the published area %s is not %s", published, area);
      if (area instanceof Authority a && published instanceof Authority p) {
        // what a reader checks, so that what is written reads back
        checkArgument(a.codes().contains(p.code()), "the published code %s is not one of %s's "
            + "codes %s", p.code(), a, a.codes());
        checkArgument(a.names().contains(p.name()), "the published name '%s' is not one of %s's "
            + "names %s", p.name(), a, a.names());
      }
      this.published = published;
      return this;
    }

    /**
     * Sets a number. A whole number of tenths, as published, is held compactly; any other
     * number is kept exactly.
     *
     * @param metric the metric
     * @param number the figure, in the metric's unit (a rate in percent, {@code 26.4} not {@code
     *     0.264})
     * @return this builder
     * @throws IllegalArgumentException if the number is NaN or infinite
     */
    public Builder set(Metric metric, double number) {
      checkNotNull(metric, "metric is null");
      checkArgument(Double.isFinite(number), "%s must be a finite number, got %s", metric, number);
      int i = metric.ordinal();
      double scaled = number * 10;
      long tenths = Math.round(scaled);
      // Non-negative tenths are stored as such (8 + tenths, so published figures take two
      // bytes a cell); anything else, negative numbers included, exactly beside them.
      if (tenths >= 0 && tenths <= Integer.MAX_VALUE && tenths / 10.0 == number) {
        cells[i] = (int) tenths;
      } else {
        if (exact == null) {
          exact = new double[METRICS.length];
        }
        exact[i] = number;
        cells[i] = EXACT;
      }
      return this;
    }

    /**
     * Sets a metric to a decimal as written in a file, {@code unscaled × 10^-scale}: {@code
     * (177, 1)} is 17.7 and {@code (316647, 0)} is 316647. Exact, with no rounding through a
     * {@code double} for the one-decimal figures the statistics publish; the same as {@link
     * #set(Metric, double)} with the decimal's correctly rounded double.
     *
     * @param metric the metric
     * @param unscaled the digits, not negative
     * @param scale the number of digits after the decimal point, 0 to 18
     * @return this builder
     * @throws IllegalArgumentException if {@code unscaled} is negative or {@code scale} is out
     *     of range
     */
    public Builder setDecimal(Metric metric, long unscaled, int scale) {
      checkNotNull(metric, "metric is null");
      if (unscaled < 0 || scale < 0 || scale > 18) {
        throw new IllegalArgumentException(metric + ": expected a non-negative decimal with 0 to "
            + "18 digits after the point, got unscaled " + unscaled + " and scale " + scale);
      }
      if (scale == 1 && unscaled <= Integer.MAX_VALUE) {
        cells[metric.ordinal()] = (int) unscaled;
        return this;
      }
      if (scale == 0 && unscaled <= Integer.MAX_VALUE / 10) {
        cells[metric.ordinal()] = (int) unscaled * 10;
        return this;
      }
      return set(metric, new java.math.BigDecimal(java.math.BigInteger.valueOf(unscaled), scale)
          .doubleValue());
    }

    /**
     * Sets a value: a number or a suppression.
     *
     * @param metric the metric
     * @param value the value
     * @return this builder
     */
    public Builder set(Metric metric, Value value) {
      checkNotNull(metric, "metric is null");
      checkNotNull(value, "value is null");
      if (value instanceof Value.Figure f) {
        return set(metric, f.value());
      }
      return suppress(metric, value.suppression().orElseThrow());
    }

    /**
     * Marks a metric as suppressed for the given reason.
     *
     * @param metric the metric
     * @param reason why the cell has no number, for example {@link Suppression#CONFIDENTIAL}
     * @return this builder
     */
    public Builder suppress(Metric metric, Suppression reason) {
      checkNotNull(metric, "metric is null");
      checkNotNull(reason, "reason is null");
      cells[metric.ordinal()] = SUPPRESSED_BASE + reason.ordinal();
      return this;
    }

    /**
     * The snapshot of what has been set; the builder can go on to build another.
     *
     * @return the snapshot
     */
    public Snapshot build() {
      Cells.encode(cells, codes);
      int row = arena.append(codes);
      boolean same = published == null || published == area
          || (published instanceof Authority a && area instanceof Authority b
              ? a.sameHistory(b) : !(published instanceof Authority));
      return new Snapshot(area, year, arena.block(), row, exact == null ? null : exact.clone(),
          same ? null : published);
    }
  }
}
