package io.github.csww.io;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.csww.Comparison;
import io.github.csww.JudgementBands;
import io.github.csww.LoadException;
import io.github.csww.LoadOptions;
import io.github.csww.NeighbourComparison;
import io.github.csww.QuartileBands;
import io.github.csww.Ranking;
import io.github.csww.Trend;
import io.github.csww.Workforce;
import io.github.csww.io.internal.JsonCodec;
import io.github.csww.io.internal.JsonWorkforceReader;
import io.github.csww.io.internal.ResultJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * csww's own JSON form of a workforce, written and read with Jackson, and JSON of its results
 * (rankings, comparisons, trends, neighbour comparisons, quartile bands, cross-tabs of judgement
 * against band) in flat shapes documented
 * on each {@code toJson} method (results are written, not read back). A workforce is written
 * with every snapshot with its area (an authority with all its LA numbers, ONS codes and names),
 * year and all {@link io.github.csww.Metric} values, numbers as JSON numbers and suppressions as
 * their markers. Reading what was written gives back an equal workforce.
 *
 * <p>Reading is defensive: Jackson's read constraints are set (nesting depth 16, strings up to
 * 100,000 characters, names up to 1,000, numbers up to 64 digits), duplicate keys are refused,
 * and no polymorphic or default typing is ever enabled: every value is read as a plain JSON tree
 * and checked. Anything unexpected refuses the document with its line and column.
 *
 * <pre>{@code
 * WorkforceJson.write(wf.year(2017), Path.of("2017.json"));
 * Workforce back = WorkforceJson.read(Path.of("2017.json"));   // or Workforce.load(...)
 * String json = WorkforceJson.toJson(wf.region(Region.LONDON));
 * String ranking = WorkforceJson.toJson(wf.year(2025).rankBy(Metric.CASELOAD));
 * }</pre>
 *
 * <p>The document looks like this:
 *
 * <pre>{@code
 * {"format": "csww-workforce", "version": 1, "snapshots": [
 *   {"year": 2017,
 *    "area": {"level": "Local authority", "laNumbers": [860], "codes": ["E10000028"],
 *             "names": ["Staffordshire"], "region": "E12000005"},
 *    "values": {"SOCIAL_WORKERS": 199.4, "CASES": "x", ...}}]}
 * }</pre>
 */
public final class WorkforceJson {
  /** The {@code format} field of every document. */
  public static final String FORMAT = JsonCodec.FORMAT;
  /** The {@code version} field this library writes and reads. */
  public static final int VERSION = JsonCodec.VERSION;

  private static final JsonWorkforceReader READER = new JsonWorkforceReader();

  private WorkforceJson() {}

  /** Writes the view's snapshots as UTF-8 JSON; the stream is not closed. */
  public static void write(Workforce view, OutputStream out) throws IOException {
    checkNotNull(view, "workforce is null");
    checkNotNull(out, "stream is null");
    JsonCodec.write(view, out);
  }

  /** Writes the view's snapshots to a file, replacing it. */
  public static void write(Workforce view, Path path) throws IOException {
    checkNotNull(path, "path is null");
    try (OutputStream out = Files.newOutputStream(path)) {
      write(view, out);
    }
  }

  /** The view's snapshots as a JSON string. */
  public static String toJson(Workforce view) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(view, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ results

  /**
   * A ranking as JSON: the metric, the year ({@code null} when the rows span several years), the
   * order, a row per ranked area in rank order and the areas left out with their marker.
   *
   * <pre>{@code
   * {"format": "csww-ranking", "version": 1,
   *  "metric": "CASELOAD", "label": "Average caseload", "unit": "cases per FTE",
   *  "year": 2025, "order": "descending",
   *  "judgementDate": null,                  // only where judgements are joined: null for each
   *                                          // row's census date, else the ISO date asked for
   *  "rows": [{"rank": 1, "year": 2025, "level": "Local authority", "laNumber": "860",
   *            "code": "E10000028", "name": "Staffordshire", "value": 26.4,
   *            "judgement": {"grade": "Good", "gradeNumber": 2, "inspected": "2023-11-06",
   *                          "published": "2024-01-12", "framework": "ILACS"}}],
   *  "leftOut": [{"year": 2025, "level": "Local authority", "laNumber": "213",
   *               "code": "E09000033", "name": "Westminster", "value": "x"}]}
   * }</pre>
   *
   * <p>In every result document an area is {@code level} ({@code "Local authority"}, {@code
   * "Regional"}, {@code "National"}), {@code laNumber} (as published, {@code "314 / 318"} for a
   * combined return; {@code null} for regions and England), {@code code} (the current ONS code)
   * and {@code name}; a value is a JSON number or its suppression marker as a string ({@code
   * "x"}); {@code judgement} is there only where the workforce was joined with judgements, {@code
   * null} when none was in force. Every other key is always present, {@code null} when empty.
   */
  public static String toJson(Ranking ranking) {
    checkNotNull(ranking, "ranking is null");
    return ResultJson.ranking(ranking);
  }

  /**
   * A comparison as JSON: the year, the metrics shown and an object per area (the authorities,
   * their regions, England) with its values by metric name and, where judgements are joined, its
   * {@code judgement} in force on the census date ({@code null} for regions and England). See
   * {@link #toJson(Ranking)} for how areas, values and judgements are written.
   *
   * <pre>{@code
   * {"format": "csww-comparison", "version": 1, "year": 2017,
   *  "metrics": [{"metric": "CASELOAD", "label": "Average caseload", "unit": "cases per FTE"}],
   *  "areas": [{"level": "Local authority", "laNumber": "860", "code": "E10000028",
   *             "name": "Staffordshire", "values": {"CASELOAD": 26.4}},
   *            {"level": "National", "laNumber": null, "code": "E92000001", "name": "England",
   *             "values": {"CASELOAD": 17.7}}]}
   * }</pre>
   */
  public static String toJson(Comparison comparison) {
    checkNotNull(comparison, "comparison is null");
    return ResultJson.comparison(comparison);
  }

  /**
   * A trend as JSON: the metric, the area and a row per year, oldest first, with the change into
   * it from the point before ({@code null}s and no breaks for the first point and next to a
   * suppressed one). {@code changePercent} is not rounded and is {@code "z"} when the earlier
   * figure is zero; {@code comparable} is false when the change spans a series break, listed in
   * {@code seriesBreaks}.
   *
   * <pre>{@code
   * {"format": "csww-trend", "version": 1,
   *  "metric": "CASELOAD", "label": "Average caseload", "unit": "cases per FTE",
   *  "area": {"level": "Local authority", "laNumber": "933", "code": "E06000066",
   *           "name": "Somerset"},
   *  "rows": [{"year": 2017, "value": 13.3, "changeFrom": null, "change": null,
   *            "changePercent": null, "comparable": null, "seriesBreaks": []},
   *           {"year": 2018, "value": 15.3, "changeFrom": 2017, "change": 2,
   *            "changePercent": 15.037593984962406, "comparable": true, "seriesBreaks": []}]}
   * }</pre>
   */
  public static String toJson(Trend trend) {
    checkNotNull(trend, "trend is null");
    return ResultJson.trend(trend);
  }

  /**
   * An authority against its statistical neighbours as JSON: the authority with its value and
   * rank, every neighbour in the model's order (compared or not, with its {@code status}: {@code
   * COMPARED}, {@code NOT_HELD}, {@code NO_FIGURES}, {@code SAME_AS_CLOSER} or {@code
   * SAME_AS_SUBJECT}; a neighbour the workforce does not hold has only its {@code laNumber} from
   * the model), the neighbour mean (not rounded), how many neighbours it covers, how many areas
   * were ranked and the compared neighbours left out of the mean. Ranks are among the authority
   * and its compared neighbours, highest value first.
   *
   * <pre>{@code
   * {"format": "csww-neighbour-comparison", "version": 1,
   *  "metric": "CASELOAD", "label": "Average caseload", "unit": "cases per FTE",
   *  "year": 2025, "model": "sn_model_2025_wide.csv",
   *  "authority": {"level": "Local authority", "laNumber": "860", "code": "E10000028",
   *                "name": "Staffordshire", "value": 18.4, "rank": 3},
   *  "neighbours": [{"position": 1, "closeness": "Very close", "level": "Local authority",
   *                  "laNumber": "811", "code": "E06000011", "name": "East Riding of Yorkshire",
   *                  "value": 16.2, "status": "COMPARED", "rank": 7}],
   *  "mean": 17.93, "covered": 10, "ranked": 11, "leftOut": []}
   * }</pre>
   */
  public static String toJson(NeighbourComparison comparison) {
    checkNotNull(comparison, "comparison is null");
    return ResultJson.neighbours(comparison);
  }

  /**
   * Quartile bands as JSON: the metric, year and polarity ({@code HIGHER_IS_WORSE}, {@code
   * HIGHER_IS_BETTER}, {@code NEUTRAL}), each band's lowest and highest value and size, a row per
   * banded authority, best first, and the authorities left out.
   *
   * <pre>{@code
   * {"format": "csww-quartile-bands", "version": 1,
   *  "metric": "CASELOAD", "label": "Average caseload", "unit": "cases per FTE",
   *  "year": 2025, "polarity": "HIGHER_IS_WORSE",
   *  "boundaries": [{"band": "A", "lowest": 6, "highest": 14, "size": 38}],
   *  "rows": [{"band": "A", "rank": 1, "level": "Local authority", "laNumber": "...",
   *            "code": "...", "name": "...", "value": 6}],
   *  "leftOut": [{"year": 2025, "level": "Local authority", "laNumber": "213",
   *               "code": "E09000033", "name": "Westminster", "value": "x"}]}
   * }</pre>
   */
  public static String toJson(QuartileBands bands) {
    checkNotNull(bands, "bands is null");
    return ResultJson.bands(bands);
  }

  /**
   * A cross-tab of Ofsted judgement against quartile band as JSON: the metric, year, census date
   * the judgements were looked up at and polarity; a row per grade (Outstanding first, with
   * Ofsted's grade number) and a last {@code "No judgement"} row ({@code gradeNumber} null), each
   * with its count per band and total; the band totals; the number of banded authorities; and the
   * authorities left out of the bands.
   *
   * <pre>{@code
   * {"format": "csww-judgement-bands", "version": 1,
   *  "metric": "CASELOAD", "label": "Average caseload", "unit": "cases per FTE",
   *  "year": 2025, "censusDate": "2025-09-30", "polarity": "HIGHER_IS_WORSE",
   *  "rows": [{"judgement": "Outstanding", "gradeNumber": 1,
   *            "A": 6, "B": 4, "C": 5, "D": 2, "total": 17},
   *           {"judgement": "No judgement", "gradeNumber": null,
   *            "A": 0, "B": 1, "C": 0, "D": 2, "total": 3}],
   *  "bandTotals": {"A": 38, "B": 38, "C": 37, "D": 37}, "total": 150,
   *  "leftOut": [...]}
   * }</pre>
   */
  public static String toJson(JudgementBands crossTab) {
    checkNotNull(crossTab, "crossTab is null");
    return ResultJson.judgementBands(crossTab);
  }

  /**
   * Reads a file strictly.
   *
   * @throws LoadException naming the line and column of the first problem, or a path that does
   *     not exist or is a directory
   */
  public static Workforce read(Path path) throws IOException {
    return read(path, LoadOptions.strict());
  }

  /**
   * Reads a file; a lenient read skips bad snapshots and lists each in the load report (a
   * document that is not well-formed JSON is always refused).
   */
  public static Workforce read(Path path, LoadOptions options) throws IOException {
    checkNotNull(path, "path is null");
    checkNotNull(options, "options is null");
    return READER.read(path, options);
  }

  /** Reads a stream; the caller closes it. */
  public static Workforce read(InputStream in, String sourceName, LoadOptions options)
      throws IOException {
    checkNotNull(in, "stream is null");
    checkNotNull(sourceName, "sourceName is null");
    checkNotNull(options, "options is null");
    return READER.read(in, sourceName, options);
  }

  /**
   * Reads a JSON string strictly; messages name the source {@code "json"}.
   *
   * @throws LoadException naming the line and column of the first problem
   */
  public static Workforce fromJson(String json) throws LoadException {
    checkNotNull(json, "json is null");
    try {
      return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "json",
          LoadOptions.strict());
    } catch (LoadException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
