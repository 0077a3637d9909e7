package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An indicator table from any Explore Education Statistics file: per (area, {@code time_period})
 * a {@link Value} for each indicator column, with the filter selection it was read with and the
 * numerator/denominator pairs it knows.
 *
 * <p>Authorities are found by their LA numbers ({@link Authority#laNumbers()}), never by name. A
 * combined return such as Kingston upon Thames with Richmond upon Thames ({@code 314 / 318}),
 * one unit in the workforce file but two rows here, {@linkplain #resolve resolves} to its
 * partners' counts summed and its rates recomputed as Σnumerator / Σdenominator, and only when
 * every partner publishes both counts.
 *
 * <pre>{@code
 * Indicators cin = IndicatorReader.load(Path.of("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"));
 * cin.names();   // [referral_count, rereferral_count, rereferral_percent, ...]
 * cin.pairs();   // [rereferral_percent = rereferral_count / referral_count × 100, ...]
 * IndicatorValue v = cin.resolve(workforce.find("Kingston upon Thames").orElseThrow(), 2024,
 *     "rereferral_percent");  // 14.07..., summed over 314 and 318
 * }</pre>
 */
public final class Indicators {
  private final String source;
  private final ImmutableMap<String, String> filters;
  private final ImmutableList<String> names;
  private final ImmutableList<IndicatorPair> pairs;
  private final ImmutableList<IndicatorRow> rows;
  private final ImmutableList<String> notes;
  private final LoadReport report;
  /** The rows by area and period, and the values derived from them. */
  private final IndicatorIndex index;

  private Indicators(Builder b) {
    this.source = b.source;
    this.filters = ImmutableMap.copyOf(b.filters);
    this.names = ImmutableList.copyOf(b.names);
    this.pairs = ImmutableList.copyOf(b.pairs.values());
    this.rows = ImmutableList.copyOf(b.rows);
    this.notes = ImmutableList.copyOf(b.notes);
    this.report = b.report != null ? b.report : LoadReport.inMemory(rows.size());
    this.index = new IndicatorIndex(source, names, pairs, rows, b.byKey);
  }

  /**
   * A builder for an indicator table, for readers and tests.
   *
   * @param source the file or stream name
   * @return an empty builder
   * @throws IllegalArgumentException if the source is blank
   */
  public static Builder builder(String source) {
    return new Builder(source);
  }

  /**
   * The file or stream the table was read from.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The filter selection the rows were read with, in file order: for each filter column, the one
   * value kept (for example {@code category = Referrals and Re-referrals}).
   *
   * @return the selection, empty when the file has no filter columns
   */
  public Map<String, String> filters() {
    return filters;
  }

  /**
   * The indicator columns, in file order.
   *
   * @return the names
   */
  public List<String> names() {
    return names;
  }

  /**
   * The numerator/denominator pairs, detected or declared.
   *
   * @return the pairs, in the order of their rate columns
   */
  public List<IndicatorPair> pairs() {
    return pairs;
  }

  /**
   * The pair whose rate is the given column.
   *
   * @param rate the rate column
   * @return the pair, or empty when the rate has no known counts
   * @throws NullPointerException if the name is null
   */
  public Optional<IndicatorPair> pair(String rate) {
    checkNotNull(rate, "rate is null");
    return index.pair(rate);
  }

  /**
   * Every row, in file order.
   *
   * @return the rows
   */
  public List<IndicatorRow> rows() {
    return rows;
  }

  /**
   * The periods the table holds.
   *
   * @return the {@code time_period}s, ascending
   */
  public SortedSet<Integer> periods() {
    TreeSet<Integer> out = new TreeSet<>();
    for (IndicatorRow r : rows) {
      out.add(r.period());
    }
    return ImmutableSortedSet.copyOf(out);
  }

  /**
   * What the reader noted about the file: the filter values not selected, how pairs were found.
   *
   * @return the notes, possibly empty
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * What the load read, kept and skipped.
   *
   * @return the report
   */
  public LoadReport report() {
    return report;
  }

  /**
   * The row published for exactly this area and period: England, a region by its code, an
   * authority by its LA numbers (a combined return only when the file has it as one row).
   *
   * @param area the area
   * @param period the {@code time_period}
   * @return the row, or empty
   * @throws NullPointerException if the area is null
   */
  public Optional<IndicatorRow> row(Area area, int period) {
    checkNotNull(area, "area is null");
    return index.row(area, period);
  }

  /**
   * The value of an indicator for an area and period; see {@link #resolve}.
   *
   * @param area the area
   * @param period the {@code time_period}
   * @param indicator the indicator column
   * @return the value, or empty when the file cannot give one
   * @throws IllegalArgumentException if the indicator is not a column of the table, naming it
   */
  public Optional<Value> value(Area area, int period, String indicator) {
    return resolve(area, period, indicator).value();
  }

  /**
   * The value of an indicator for an area and period, with how it was found or why it was not.
   *
   * <p>An authority is found by its LA numbers. When the file has no row for a combined return
   * but has one for each partner, a count is the partners' sum and a rate with a known {@link
   * IndicatorPair} is Σnumerator / Σdenominator; a suppressed partner count makes the result
   * that suppression, a missing partner leaves no value, and a rate without counts is not
   * combined.
   *
   * @param area the area
   * @param period the {@code time_period}
   * @param indicator the indicator column
   * @return the value and note
   * @throws IllegalArgumentException if the indicator is not a column of the table, naming it
   * @throws NullPointerException if an argument is null
   */
  public IndicatorValue resolve(Area area, int period, String indicator) {
    return index.resolve(area, period, indicator);
  }

  /**
   * An indicator aggregated over the authorities of a region or of England for a period: counts
   * summed, a rate with a known {@link IndicatorPair} recomputed as Σnumerator / Σdenominator
   * over the authorities that publish both counts. The note says how many were covered and
   * which were left out; the published regional or national figure, if any, is {@link #row}'s.
   *
   * @param indicator the indicator column
   * @param period the {@code time_period}
   * @param area England or a region (Inner and Outer London lie within London)
   * @return the aggregate with its coverage in the note, or the reason there is none
   * @throws IllegalArgumentException if the indicator is unknown, the area is an authority, or
   *     the indicator is neither a count nor a rate with known counts, naming it
   * @throws NullPointerException if an argument is null
   */
  public IndicatorValue aggregate(String indicator, int period, Area area) {
    return index.aggregate(indicator, period, area);
  }

  /**
   * The source, selection and size.
   *
   * @return for example {@code "Indicators[c1.csv, category=Referrals and Re-referrals, 7
   *     indicators, 2132 rows]"}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Indicators[").append(source);
    filters.forEach((k, v) -> sb.append(", ").append(k).append('=').append(v));
    return sb.append(", ").append(names.size()).append(" indicators, ").append(rows.size())
        .append(" rows]").toString();
  }

  /**
   * Collects the parts of an {@link Indicators} table. Not thread-safe; {@link #build()} gives
   * an immutable table.
   *
   * <pre>{@code
   * Indicators t = Indicators.builder("test")
   *     .indicator("referral_count").indicator("rereferral_count").indicator("rereferral_percent")
   *     .pair(IndicatorPair.percent("rereferral_percent", "rereferral_count", "referral_count"))
   *     .row(new IndicatorRow(england, 2024, Map.of(...)))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final String source;
    private final Map<String, String> filters = new LinkedHashMap<>();
    private final Set<String> names = new LinkedHashSet<>();
    private final Map<String, IndicatorPair> pairs = new LinkedHashMap<>();
    private final List<IndicatorRow> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, IndicatorRow> byKey = new HashMap<>();
    private LoadReport report;

    private Builder(String source) {
      checkNotNull(source, "source is null");
      checkArgument(!source.isBlank(), "an indicator table needs a source name");
      this.source = source;
    }

    /**
     * Records the value kept for a filter column.
     *
     * @param column the filter column, for example {@code category}
     * @param value the value kept
     * @return this builder
     * @throws IllegalArgumentException if the column is blank or already has a value
     * @throws NullPointerException if an argument is null
     */
    public Builder filter(String column, String value) {
      checkNotNull(column, "column is null");
      checkNotNull(value, "value is null");
      checkArgument(!column.isBlank(), "a filter column needs a name");
      checkArgument(!filters.containsKey(column), "filter '%s' is already selected as '%s'",
          column, filters.get(column));
      filters.put(column, value);
      return this;
    }

    /**
     * Adds an indicator column; its position is the order of {@link Indicators#names()}.
     *
     * @param name the column name
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or already added
     * @throws NullPointerException if the name is null
     */
    public Builder indicator(String name) {
      checkNotNull(name, "name is null");
      checkArgument(!name.isBlank(), "an indicator needs a name");
      checkArgument(names.add(name), "indicator '%s' is already added", name);
      return this;
    }

    /**
     * Adds a numerator/denominator pair; a later pair for the same rate replaces the earlier.
     *
     * @param pair the pair, whose three columns must be indicators when the table is built
     * @return this builder
     * @throws NullPointerException if the pair is null
     */
    public Builder pair(IndicatorPair pair) {
      checkNotNull(pair, "pair is null");
      pairs.put(pair.rate(), pair);
      return this;
    }

    /**
     * Adds a row.
     *
     * @param row the row, with a value for every indicator added so far and no other
     * @return this builder
     * @throws IllegalArgumentException if the table already has a row for the area and period,
     *     or the row's indicators are not the table's, naming them
     * @throws NullPointerException if the row is null
     */
    public Builder row(IndicatorRow row) {
      checkNotNull(row, "row is null");
      checkArgument(row.values().keySet().equals(names),
          "row for %s %s has indicators %s, expected %s", row.area(), row.period(),
          row.values().keySet(), names);
      String k = IndicatorIndex.key(row.area(), row.period());
      checkArgument(!byKey.containsKey(k), "duplicate row: %s in time_period %s",
          row.area(), row.period());
      byKey.put(k, row);
      rows.add(row);
      return this;
    }

    /**
     * Adds a note about the file.
     *
     * @param note for example {@code "rows with category = X not selected: 120"}
     * @return this builder
     * @throws NullPointerException if the note is null
     */
    public Builder note(String note) {
      notes.add(checkNotNull(note, "note is null"));
      return this;
    }

    /**
     * Sets what the load read, kept and skipped (by default a report of the rows in memory).
     *
     * @param report the report
     * @return this builder
     * @throws NullPointerException if the report is null
     */
    public Builder report(LoadReport report) {
      this.report = checkNotNull(report, "report is null");
      return this;
    }

    /**
     * The immutable table.
     *
     * @return the table
     * @throws IllegalArgumentException if a pair names a column that is not an indicator, naming
     *     it
     */
    public Indicators build() {
      for (IndicatorPair p : pairs.values()) {
        for (String c : List.of(p.rate(), p.numerator(), p.denominator())) {
          checkArgument(names.contains(c), "pair %s: '%s' is not an indicator of %s; "
              + "indicators: %s", p, c, source, names);
        }
      }
      return new Indicators(this);
    }
  }
}
