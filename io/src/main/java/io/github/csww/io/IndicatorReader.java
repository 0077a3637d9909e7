package io.github.csww.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.csww.IndicatorPair;
import io.github.csww.Indicators;
import io.github.csww.LoadException;
import io.github.csww.LoadOptions;
import io.github.csww.io.internal.IndicatorParser;
import io.github.csww.io.internal.Sources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads any file in the Explore Education Statistics (EES) standard layout into {@link
 * Indicators}, for joining other statistics to the workforce: for example the children in need
 * file {@code c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv}.
 *
 * <p><b>Columns.</b> Header names are read in lower case, as EES publishes them. {@code
 * time_period}, {@code geographic_level}, {@code region_code}, {@code
 * old_la_code}, {@code new_la_code} and {@code la_name} are required; with {@code
 * time_identifier}, {@code country_code}, {@code country_name} and {@code region_name} they are
 * the time and geography columns. Every other column is an <em>indicator</em> when at least one
 * of its cells is a number or all of them are suppression markers or empty, otherwise a
 * <em>filter</em> (such as {@code category}); other {@code *_code} and {@code *_name} columns
 * of text are listed in the report as unknown and ignored. A column named in {@link #filter(String, String)} is
 * always a filter, a column named in {@link #pair(IndicatorPair)} always an indicator.
 *
 * <p><b>Filters.</b> The table holds one row per area and period, so each filter column must have
 * one value or be given one with {@link #filter(String, String)}; rows with other values are not
 * read, and {@link Indicators#notes()} says how many (the {@link Indicators#report() report}
 * counts the selected rows only: rows read = rows kept + rows skipped). When a filter column
 * has several values, the message names each value with the line it is first on, and is located
 * at the first row whose value differs from the first row's.
 *
 * <p><b>Rows.</b> Rows of level National, Regional (by {@code region_code}) and Local authority
 * (by {@code old_la_code}, which may be a combined {@code 314 / 318}) are read; the period is a
 * four-digit year. Indicator cells are numbers or suppression markers ({@code c}, {@code x},
 * {@code z}, {@code u}, {@code low}, {@code :}, {@code .}, optionally in brackets), which become
 * {@link io.github.csww.Value}s. A row whose every cell is blank (an empty spreadsheet row saved
 * as {@code ,,,,}) is passed over like a blank line: not counted in the report's rows read, and
 * listed by line in {@link Indicators#notes()}.
 *
 * <p><b>Numerator/denominator pairs.</b> Unless {@link #detectPairs(boolean) turned off}, a
 * rate column {@code S_percent} (or {@code S_rate}) with a count column {@code S_count} is paired
 * with a denominator among the <em>base counts</em>, the {@code *_count} indicators that are
 * not such a numerator. The denominator is the base count that reproduces the most published
 * rates (numerator / base × 100 within 0.05 of the published rate, on rows where all three are
 * numbers); on a tie, the base whose name ends with the most words of {@code S} ({@code
 * rereferral_child_percent} takes {@code referral_child_count}), then the one with fewest words
 * ({@code rereferral_percent} takes {@code referral_count}), then the first in the file. A
 * detected pair that reproduces fewer than half the published rates is dropped. Every pair
 * detected or dropped is explained in {@link Indicators#notes()}, and so is every other
 * indicator whose name says it is a rate (a word {@code percent}, {@code percentage}, {@code
 * pct}, {@code rate} or {@code ratio}, or a {@code %}) but that has no pair, such as a column
 * renamed {@code Rereferral percent}: combined returns and aggregates cannot recompute it. A pair declared with {@link
 * #pair(IndicatorPair)} replaces detection for its rate.
 *
 * <p><b>Bad input.</b> Strict by default: the first bad cell refuses the file with a {@link
 * LoadException} naming file, line and column; with {@link LoadOptions#lenient()} bad rows are
 * skipped and listed in {@link Indicators#report()}. Problems with the header or the filter
 * selection always refuse the file.
 *
 * <p><b>Limits.</b> The file keeps within the {@link io.github.csww.LoadLimits} of its {@link
 * #options(LoadOptions) options}, as a workforce file does (set them with {@link
 * LoadOptions#withLimits}): at most {@link io.github.csww.LoadLimits#maxFileBytes()} bytes (4 GiB
 * by default; a path is checked before it is read), and at most {@link
 * io.github.csww.LoadLimits#maxRowBytes()} bytes (1 MiB) and {@link
 * io.github.csww.LoadLimits#maxCellsPerRow()} cells (1,024) a row; a file over one of these is
 * refused, strict or lenient, with a {@link LoadException} naming the bound. Indicator cells and
 * LA numbers longer than {@link io.github.csww.LoadLimits#maxNumberLength()} (400 characters),
 * and names and ONS codes longer than {@link io.github.csww.LoadLimits#maxNameLength()} (256) or
 * holding control characters, are bad cells, which lenient mode skips with their row; a header
 * name, or the one value of a filter column, that long or holding a control character refuses
 * the file.
 *
 * <pre>{@code
 * Indicators cin = IndicatorReader.load(Path.of("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"));
 * Indicators chosen = IndicatorReader.standard()
 *     .filter("category", "Referrals and Re-referrals")
 *     .pair(IndicatorPair.percent("rereferral_percent", "rereferral_count", "referral_count"))
 *     .options(LoadOptions.lenient())
 *     .read(Path.of("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"));
 * }</pre>
 */
public final class IndicatorReader {
  private static final IndicatorReader STANDARD =
      new IndicatorReader(ImmutableMap.of(), ImmutableList.of(), true, LoadOptions.strict());

  private final ImmutableMap<String, String> filters;
  private final ImmutableList<IndicatorPair> pairs;
  private final boolean detect;
  private final LoadOptions options;

  private IndicatorReader(ImmutableMap<String, String> filters, ImmutableList<IndicatorPair> pairs,
      boolean detect, LoadOptions options) {
    this.filters = filters;
    this.pairs = pairs;
    this.detect = detect;
    this.options = options;
  }

  /**
   * A reader with no filter selection, pairs detected, strict.
   *
   * @return the standard reader
   */
  public static IndicatorReader standard() {
    return STANDARD;
  }

  /**
   * Reads a file with the standard reader.
   *
   * @param path the file
   * @return the indicator table
   * @throws LoadException naming the file, line and column of bad input, or a missing file, or a
   *     file over a {@linkplain io.github.csww.LoadLimits#defaults() default limit}
   * @throws IOException if the file cannot be read
   */
  public static Indicators load(Path path) throws IOException {
    return STANDARD.read(path);
  }

  /**
   * The same reader keeping only rows whose filter column has the given value.
   *
   * @param column the filter column, for example {@code "category"}
   * @param value the value to keep, for example {@code "Referrals and Re-referrals"}
   * @return a new reader
   * @throws IllegalArgumentException if the column is blank or already has a value, naming it
   * @throws NullPointerException if an argument is null
   */
  public IndicatorReader filter(String column, String value) {
    checkNotNull(column, "column is null");
    checkNotNull(value, "value is null");
    String key = column.strip().toLowerCase(java.util.Locale.ROOT);
    checkArgument(!key.isEmpty(), "a filter column needs a name, got '%s'", column);
    checkArgument(!filters.containsKey(key), "filter '%s' is already selected as '%s'", key,
        filters.get(key));
    Map<String, String> f = new LinkedHashMap<>(filters);
    f.put(key, value);
    return new IndicatorReader(ImmutableMap.copyOf(f), pairs, detect, options);
  }

  /**
   * The same reader with a declared numerator/denominator pair, which replaces detection for its
   * rate.
   *
   * @param pair the pair; its three columns must be in the file
   * @return a new reader
   * @throws IllegalArgumentException if a pair for the same rate is already declared, naming it
   * @throws NullPointerException if the pair is null
   */
  public IndicatorReader pair(IndicatorPair pair) {
    checkNotNull(pair, "pair is null");
    for (IndicatorPair p : pairs) {
      checkArgument(!p.rate().equals(pair.rate()), "a pair for '%s' is already declared: %s",
          pair.rate(), p);
    }
    return new IndicatorReader(filters, ImmutableList.<IndicatorPair>builder().addAll(pairs)
        .add(pair).build(), detect, options);
  }

  /**
   * The same reader with pair detection on or off.
   *
   * @param detect true to detect pairs by the naming convention (the default)
   * @return a new reader
   */
  public IndicatorReader detectPairs(boolean detect) {
    return new IndicatorReader(filters, pairs, detect, options);
  }

  /**
   * The same reader, strict or lenient, with the limits of the options.
   *
   * @param options {@link LoadOptions#strict()} (the default) or {@link LoadOptions#lenient()},
   *     with the {@linkplain LoadOptions#limits() limits} the file must keep within
   * @return a new reader
   * @throws NullPointerException if the options are null
   */
  public IndicatorReader options(LoadOptions options) {
    return new IndicatorReader(filters, pairs, detect, checkNotNull(options, "options is null"));
  }

  /**
   * The filter selection.
   *
   * @return the value kept for each filter column named so far
   */
  public Map<String, String> filters() {
    return filters;
  }

  /**
   * The declared pairs.
   *
   * @return the pairs, in the order declared
   */
  public List<IndicatorPair> pairs() {
    return pairs;
  }

  /**
   * Reads a file.
   *
   * @param path the file
   * @return the indicator table
   * @throws LoadException naming the file, line and column of bad input, or a missing file, or a
   *     file over a limit of the {@linkplain #options(LoadOptions) options}
   * @throws IOException if the file cannot be read
   */
  public Indicators read(Path path) throws IOException {
    checkNotNull(path, "path is null");
    Sources.checkFile(path, "an Explore Education Statistics CSV file");
    Sources.checkSize(path, options.limits().maxFileBytes(), "LoadLimits.maxFileBytes");
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    }
  }

  /**
   * Reads a stream; the caller closes it.
   *
   * @param in the bytes, UTF-8
   * @param sourceName the name used in messages and as {@link Indicators#source()}
   * @return the indicator table
   * @throws LoadException naming the source, line and column of bad input, or a source over a
   *     limit of the {@linkplain #options(LoadOptions) options}
   * @throws IOException if the stream cannot be read
   */
  public Indicators read(InputStream in, String sourceName) throws IOException {
    checkNotNull(in, "in is null");
    checkNotNull(sourceName, "sourceName is null");
    return IndicatorParser.read(in, sourceName, options, filters, pairs, detect);
  }
}
