package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The local authorities of one year split into four quartile bands on one metric, {@link
 * QuartileBand#A} the best quarter. Made by {@link Workforce#bands(Metric)}.
 *
 * <p><b>Order.</b> Authorities are ranked best first by the metric's {@link Polarity}: lowest first
 * where higher is worse (caseload, turnover, agency, vacancy, absence); highest first where higher
 * is better; and, for {@link Polarity#NEUTRAL} counts such as social workers FTE, highest first,
 * the same order as {@link Workforce#rankBy(Metric)}, so band A of a neutral metric is simply the
 * largest quarter and says nothing about good or bad. Ranks are standard competition ranks (1, 2,
 * 2, 4): tied authorities share the best rank of their tie.
 *
 * <p><b>Rank direction.</b> A {@link Ranking}'s rank 1 is always the highest value; here rank 1
 * is the best, so where higher is worse the ranks run the other way (Isles of Scilly's caseload of
 * 6.0 in 2025 is rank 1 here and rank 149 in a ranking). The table says which way its ranks run:
 * its rank column is {@code rank_lowest_first} ("Rank (lowest first)") where higher is worse and
 * {@code rank} ("Rank (highest first)", a ranking's direction) otherwise, and its first note says
 * which quarter band A is: "the best quarter" for a metric with a polarity, "the highest quarter"
 * for a neutral one, which has no best band. The bands of a view narrowed to a region ({@link
 * #region()}) are quarters of that region's authorities, and the title names it.
 *
 * <p><b>Bands.</b> With {@code n} authorities ranked, an authority of rank {@code r} is in band
 * {@code floor(4 (r - 1) / n)} (0 for A to 3 for D). Because tied authorities share a rank, they
 * always share a band; a tie that straddles a quarter boundary joins the better band. Without ties
 * the ranks are 1 to {@code n} and band {@code k} (0 to 3) ends at position {@code ceil((k + 1) n /
 * 4)}, so the four sizes differ by at most one (152 authorities: 38 each; 153: 39, 38, 38, 38; 10:
 * 3, 2, 3, 2). The result depends only on the values, never on the order the authorities were
 * given in.
 *
 * <p><b>Why not LAIT's method.</b> DfE's Local Authority Interactive Tool computes R's default
 * {@code quantile()} (type 7, linear interpolation) of the authorities' values and assigns bands by
 * value, each band closed at its upper end ({@code [min, Q1]} is A where low is good, {@code (Q3,
 * max]} is A where high is good), and shows no band for metrics without polarity. Without ties and
 * where low is good that gives the same bands A and B as the rank method above and may move one
 * authority between C and D; with ties at a quartile it sends the tie to the better band where low
 * is good and to the worse band where high is good. csww uses ranks so that ties are treated alike
 * for every polarity and band sizes are guaranteed.
 *
 * <p>Authorities whose value is suppressed are not ranked or banded; {@link #leftOut()} lists them
 * with the reason. The boundaries of a band are the lowest and highest published values in it.
 *
 * <pre>{@code
 * QuartileBands bands = workforce.year(2025).bands(Metric.CASELOAD);  // 149 banded
 * bands.bandOf(staffordshire);       // Optional[D]
 * bands.rankOf(staffordshire);       // Optional[137. Staffordshire (860) 2025: 18.4 cases per FTE]
 * bands.boundary(QuartileBand.A);    // Optional[A: 6 to 14, 38 authorities]
 * bands.leftOut();                   // Kensington and Chelsea, Westminster: x (not available)
 * System.out.print(bands.format(Format.TEXT));
 * }</pre>
 */
public final class QuartileBands implements Result {
  private final Metric metric;
  private final int year;
  private final Polarity polarity;
  private final ImmutableList<Ranked> rows;
  private final ImmutableList<QuartileBand> bands;
  private final ImmutableList<LeftOut> leftOut;
  /** Resolves what a caller names to an authority: the workforce's look-up, or the bands' own. */
  private final java.util.function.Function<String, Authority> lookup;
  /** The region the view was narrowed to: the bands are quarters of its authorities. */
  private final Optional<Region> region;

  private QuartileBands(Metric metric, int year, Polarity polarity, ImmutableList<Ranked> rows,
      ImmutableList<QuartileBand> bands, ImmutableList<LeftOut> leftOut) {
    this(metric, year, polarity, rows, bands, leftOut, null, Optional.empty());
  }

  private QuartileBands(Metric metric, int year, Polarity polarity, ImmutableList<Ranked> rows,
      ImmutableList<QuartileBand> bands, ImmutableList<LeftOut> leftOut,
      java.util.function.Function<String, Authority> lookup, Optional<Region> region) {
    this.region = region;
    this.metric = metric;
    this.year = year;
    this.polarity = polarity;
    this.rows = rows;
    this.bands = bands;
    this.leftOut = leftOut;
    this.lookup = lookup != null ? lookup : ownLookup(rows, leftOut);
  }

  private static java.util.function.Function<String, Authority> ownLookup(List<Ranked> rows,
      List<LeftOut> leftOut) {
    List<Authority> all = new ArrayList<>();
    rows.forEach(r -> all.add((Authority) r.area()));
    leftOut.forEach(l -> all.add((Authority) l.area()));
    Directory d = new Directory(all);
    return d::resolve;
  }

  /** The same bands, looking names up as the workforce does (by the years of its view). */
  QuartileBands withLookup(java.util.function.Function<String, Authority> workforceLookup) {
    return new QuartileBands(metric, year, polarity, rows, bands, leftOut, workforceLookup,
        region);
  }

  /** The same bands, made of the authorities of a region (the view's): the title names it. */
  QuartileBands withRegion(Optional<Region> viewRegion) {
    return new QuartileBands(metric, year, polarity, rows, bands, leftOut, lookup, viewRegion);
  }

  /**
   * The region whose authorities were banded, when the view was narrowed to one: band A is then
   * a quarter of that region's authorities, not of England's.
   *
   * @return the region, or empty for every authority in England
   */
  public Optional<Region> region() {
    return region;
  }

  /** Bands authorities' snapshots of one year by the metric's own polarity. */
  static QuartileBands of(Metric metric, int year, List<Snapshot> snapshots) {
    return of(metric, year, metric.polarity(), snapshots);
  }

  /**
   * Bands authorities' snapshots of one year, ordered by the given polarity.
   *
   * @throws IllegalArgumentException if a snapshot is of another year or not an authority
   */
  static QuartileBands of(Metric metric, int year, Polarity polarity, List<Snapshot> snapshots) {
    checkNotNull(metric, "metric is null");
    checkNotNull(polarity, "polarity is null");
    for (Snapshot s : snapshots) {
      checkArgument(s.year() == year, "quartile bands of %s were given a snapshot of %s", year,
          s.year());
      checkArgument(s.area() instanceof Authority, "quartile bands are of local authorities, got %s",
          s.area());
    }
    Ranking ranking = Ranking.of(metric, snapshots);
    if (polarity == Polarity.HIGHER_IS_WORSE) {
      ranking = ranking.ascending();
    }
    List<Ranked> rows = ranking.rows();
    long n = rows.size();
    ImmutableList.Builder<QuartileBand> bands = ImmutableList.builderWithExpectedSize(rows.size());
    for (Ranked r : rows) {
      bands.add(QuartileBand.ofIndex((int) (4L * (r.rank() - 1) / n)));
    }
    return new QuartileBands(metric, year, polarity, ImmutableList.copyOf(rows), bands.build(), ImmutableList.copyOf(ranking.leftOut()));
  }

  /**
   * The banded metric.
   *
   * @return the metric the authorities were ranked on
   */
  public Metric metric() {
    return metric;
  }

  /**
   * The reporting year.
   *
   * @return the year of the banded snapshots, for example {@code 2025}
   */
  public int year() {
    return year;
  }

  /**
   * The polarity that ordered the authorities: the metric's own.
   *
   * @return {@link Polarity#HIGHER_IS_WORSE} when the lowest values are in band A; otherwise the
   *     highest are
   */
  public Polarity polarity() {
    return polarity;
  }

  /**
   * Every banded authority, best first (see the class description), each with its competition
   * rank in that order: rank 1 is the best value.
   *
   * @return the ranked rows; an immutable list
   */
  public List<Ranked> rows() {
    return rows;
  }

  /**
   * How many authorities are banded.
   *
   * @return the number of ranked authorities; suppressed ones are not counted
   */
  public int size() {
    return rows.size();
  }

  /**
   * The band of an authority, matched by LA number; empty when it is not banded (no row that year,
   * or its value suppressed: see {@link #leftOut()}).
   *
   * @param authority the authority; any copy with the same LA numbers finds it
   * @return its band, or empty
   */
  public Optional<QuartileBand> bandOf(Authority authority) {
    int i = indexOf(authority);
    return i < 0 ? Optional.empty() : Optional.of(bands.get(i));
  }

  /**
   * The band of an authority named as every look-up accepts it: a name, an LA number or an ONS
   * code.
   *
   * @param query the name, number or code
   * @return its band, or empty when it is not banded (see {@link #leftOut()})
   * @throws UnknownAreaException if no authority, or more than one, matches
   */
  public Optional<QuartileBand> bandOf(String query) {
    return bandOf(lookup.apply(checkNotNull(query, "query is null")));
  }

  /**
   * The ranked row of an authority named as every look-up accepts it.
   *
   * @param query the name, number or code
   * @return its ranked row, or empty when it is not banded
   * @throws UnknownAreaException if no authority, or more than one, matches
   */
  public Optional<Ranked> rankOf(String query) {
    return rankOf(lookup.apply(checkNotNull(query, "query is null")));
  }

  /**
   * The ranked row of an authority, matched by LA number: its best-first rank and value; empty
   * when it is not banded.
   *
   * @param authority the authority; any copy with the same LA numbers finds it
   * @return its ranked row, or empty
   */
  public Optional<Ranked> rankOf(Authority authority) {
    int i = indexOf(authority);
    return i < 0 ? Optional.empty() : Optional.of(rows.get(i));
  }

  /**
   * The authorities in a band, best first.
   *
   * @param band the quartile band
   * @return the band's ranked rows; empty when the band is empty
   */
  public List<Ranked> members(QuartileBand band) {
    checkNotNull(band, "band is null");
    int from = bands.indexOf(band);
    if (from < 0) {
      return ImmutableList.of();
    }
    return rows.subList(from, bands.lastIndexOf(band) + 1);
  }

  /**
   * The lowest and highest value in a band and how many authorities it holds; empty when the band
   * holds none (every authority tied, or fewer than four ranked).
   *
   * @param band the quartile band
   * @return the band's boundary, or empty
   */
  public Optional<Boundary> boundary(QuartileBand band) {
    List<Ranked> in = members(band);
    if (in.isEmpty()) {
      return Optional.empty();
    }
    double first = in.get(0).value();
    double last = in.get(in.size() - 1).value();
    return Optional.of(new Boundary(band, Math.min(first, last), Math.max(first, last),
        in.size()));
  }

  /**
   * The boundaries of every band that holds an authority, A first.
   *
   * @return one boundary per non-empty band; an immutable list
   */
  public List<Boundary> boundaries() {
    ImmutableList.Builder<Boundary> out = ImmutableList.builder();
    for (QuartileBand b : QuartileBand.values()) {
      boundary(b).ifPresent(out::add);
    }
    return out.build();
  }

  /**
   * The authorities left out because their value is suppressed, each with its reason.
   *
   * @return the left-out authorities; empty when every value is published
   */
  public List<LeftOut> leftOut() {
    return leftOut;
  }

  /**
   * The result as a table; render it with {@link #format(Format)}.
   *
   * @return the table
   */
  @Override
  public Table table() {
    return ResultTables.bands(this);
  }

  private int indexOf(Authority authority) {
    checkNotNull(authority, "authority is null");
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).area().equals(authority)) {
        return i;
      }
    }
    return -1;
  }

  /** Equal when the metric, year, polarity, rows, bands, left-out areas and region are equal. */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof QuartileBands q && metric == q.metric && year == q.year
        && polarity == q.polarity && rows.equals(q.rows) && bands.equals(q.bands)
        && leftOut.equals(q.leftOut) && region.equals(q.region));
  }

  /** A hash of the metric, year, rows and left-out areas. */
  @Override
  public int hashCode() {
    return ((metric.hashCode() * 31 + year) * 31 + rows.hashCode()) * 31 + leftOut.hashCode();
  }

  /** For example {@code QuartileBands[CASELOAD 2025, 149 banded, 2 left out, A: 6 to 14, ...]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("QuartileBands[").append(metric).append(' ').append(year)
        .append(", ").append(rows.size()).append(" banded, ").append(leftOut.size())
        .append(" left out");
    for (Boundary b : boundaries()) {
      sb.append(", ").append(b.band()).append(": ").append(Value.of(b.lowest())).append(" to ")
          .append(Value.of(b.highest()));
    }
    return sb.append(']').toString();
  }

  /**
   * The range of values in one quartile band.
   *
   * <pre>{@code
   * for (QuartileBands.Boundary b : bands.boundaries()) {
   *   System.out.println(b.band() + ": " + b.lowest() + " to " + b.highest());
   * }
   * }</pre>
   *
   * @param band the band
   * @param lowest the lowest value of an authority in the band
   * @param highest the highest value of an authority in the band
   * @param size how many authorities the band holds, at least one
   */
  public record Boundary(QuartileBand band, double lowest, double highest, int size) {
    /**
     * Checks the parts.
     *
     * @param band the band
     * @param lowest the lowest value of an authority in the band, finite
     * @param highest the highest value of an authority in the band, finite, not below {@code
     *     lowest}
     * @param size how many authorities the band holds, at least one
     * @throws IllegalArgumentException if a value is not finite, {@code lowest > highest} or the
     *     size is below one
     */
    public Boundary {
      checkNotNull(band, "a boundary needs a band");
      checkArgument(Double.isFinite(lowest) && Double.isFinite(highest) && lowest <= highest,
          "a boundary needs finite lowest <= highest, got %s and %s", lowest, highest);
      checkArgument(size >= 1, "a boundary holds at least one authority, got %s", size);
    }

    /**
     * Whether a value falls within the band's range.
     *
     * @param value the value to test
     * @return true when the value lies between the lowest and highest, both included
     */
    public boolean contains(double value) {
      return value >= lowest && value <= highest;
    }

    /** For example {@code A: 6 to 14, 38 authorities}. */
    @Override
    public String toString() {
      return band + ": " + Value.of(lowest) + " to " + Value.of(highest) + ", " + size
          + (size == 1 ? " authority" : " authorities");
    }
  }
}
