package io.github.csww.io;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.csww.LoadException;
import io.github.csww.LoadOptions;
import io.github.csww.Workforce;
import io.github.csww.io.internal.JsonCodec;
import io.github.csww.io.internal.JsonWorkforceReader;
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
 * csww's own JSON form of a workforce, written and read with Jackson (results are rendered as
 * JSON by {@link io.github.csww.Format#JSON}, and are not read back). A workforce is written
 * with every snapshot with its area (an authority with all its LA numbers, ONS codes and names),
 * year and all {@link io.github.csww.Metric} values, numbers as JSON numbers and suppressions as
 * their markers. Where a year's row was published with an older code or name than the
 * authority's latest (Somerset was E10000027 until 2022), the snapshot also carries that code,
 * name and region as {@code published}, so {@link io.github.csww.Snapshot#publishedArea()}
 * survives. Reading what was written gives back an equal workforce, each snapshot with its
 * published area.
 *
 * <p>This library reads versions {@value #OLDEST_VERSION} to {@value #VERSION}. Version 2 added
 * the optional {@code published} field; a version 1 document has none, and its snapshots read as
 * published with the area's latest code and name. It writes version {@value #VERSION} only when
 * a snapshot needs the field (an authority whose code or name changed, in a year before the
 * change), else version {@value #OLDEST_VERSION}, which csww before version 2 also reads.
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
 * }</pre>
 *
 * <p>The document looks like this:
 *
 * <pre>{@code
 * {"format": "csww-workforce", "version": 2, "snapshots": [
 *   {"year": 2017,
 *    "area": {"level": "Local authority", "laNumbers": [860], "codes": ["E10000028"],
 *             "names": ["Staffordshire"], "region": "E12000005"},
 *    "values": {"SOCIAL_WORKERS": 199.4, "CASES": "x", ...}},
 *   {"year": 2017,
 *    "area": {"level": "Local authority", "laNumbers": [933], "codes": ["E10000027", "E06000066"],
 *             "names": ["Somerset"], "region": "E12000009"},
 *    "published": {"code": "E10000027", "name": "Somerset", "region": "E12000009"},
 *    "values": {"CASELOAD": 13.3, ...}}]}
 * }</pre>
 */
public final class WorkforceJson {
  /** The {@code format} field of every document. */
  public static final String FORMAT = JsonCodec.FORMAT;
  /** The {@code version} field this library writes, and the newest it reads. */
  public static final int VERSION = JsonCodec.VERSION;
  /** The oldest {@code version} this library reads: 1, the version without {@code published}. */
  public static final int OLDEST_VERSION = JsonCodec.OLDEST_VERSION;

  private static final JsonWorkforceReader READER = new JsonWorkforceReader();

  private WorkforceJson() {}

  /**
   * Writes the view's snapshots as UTF-8 JSON; the stream is not closed.
   *
   * @param view the workforce, or any view of it, to write
   * @param out where to write the document
   * @throws IOException if writing fails
   */
  public static void write(Workforce view, OutputStream out) throws IOException {
    checkNotNull(view, "workforce is null");
    checkNotNull(out, "stream is null");
    JsonCodec.write(view, out);
  }

  /**
   * Writes the view's snapshots to a file, replacing it.
   *
   * @param view the workforce, or any view of it, to write
   * @param path the file to create or replace
   * @throws IOException if the file cannot be written
   */
  public static void write(Workforce view, Path path) throws IOException {
    checkNotNull(path, "path is null");
    try (OutputStream out = Files.newOutputStream(path)) {
      write(view, out);
    }
  }

  /**
   * The view's snapshots as a JSON string.
   *
   * @param view the workforce, or any view of it, to write
   * @return the JSON document
   */
  public static String toJson(Workforce view) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(view, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a file strictly.
   *
   * @param path a csww JSON file
   * @return the workforce the file holds, with its {@link io.github.csww.LoadReport}
   * @throws LoadException naming the line and column of the first problem, or a path that does
   *     not exist or is a directory
   * @throws IOException if reading fails
   */
  public static Workforce read(Path path) throws IOException {
    return read(path, LoadOptions.strict());
  }

  /**
   * Reads a file; a lenient read skips bad snapshots and lists each in the load report (a
   * document that is not well-formed JSON is always refused).
   *
   * @param path a csww JSON file
   * @param options {@link LoadOptions#strict()} or {@link LoadOptions#lenient()}
   * @return the workforce the file holds; its load report lists what a lenient read skipped
   * @throws LoadException naming the line and column of the problem that refused the document,
   *     or a path that does not exist or is a directory
   * @throws IOException if reading fails
   */
  public static Workforce read(Path path, LoadOptions options) throws IOException {
    checkNotNull(path, "path is null");
    checkNotNull(options, "options is null");
    return READER.read(path, options);
  }

  /**
   * Reads a stream; the caller closes it.
   *
   * @param in the UTF-8 JSON document
   * @param sourceName the name used in messages, for example {@code "2017.json"}
   * @param options {@link LoadOptions#strict()} or {@link LoadOptions#lenient()}
   * @return the workforce the document holds, with its {@link io.github.csww.LoadReport}
   * @throws LoadException naming source, line and column of the problem that refused the
   *     document
   * @throws IOException if reading the stream fails
   */
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
   * @param json the JSON document, as {@link #toJson(Workforce)} writes it
   * @return the workforce the document holds
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
