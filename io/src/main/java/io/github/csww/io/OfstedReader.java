package io.github.csww.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.csww.Judgement;
import io.github.csww.Judgements;
import io.github.csww.LoadException;
import io.github.csww.LoadLimits;
import io.github.csww.io.internal.Sources;
import io.github.csww.io.internal.OdsWorkbook;
import io.github.csww.io.internal.OfstedTable;
import io.github.csww.io.internal.OfstedTable.Located;
import io.github.csww.io.internal.SheetCsv;
import io.github.csww.io.internal.SheetRow;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads Ofsted's "Local authority inspection outcomes" into {@link Judgements}: the published ODS
 * workbook, or one of its tables saved as CSV.
 *
 * <p>From the workbook it reads the sheets {@value #LATEST_SHEET} (the latest judgement of each
 * authority) and {@value #HISTORY_SHEET} (every ILACS inspection since 2018), each with its
 * header row found in the first ten rows (Ofsted puts it on the third), and merges them: an
 * inspection in both sheets counts once, and must have the same grades in both. The ODS file is
 * read with the JDK alone (ZIP and the StAX streaming parser), with DTDs and external entities
 * refused and decompression bounded by {@link OdsLimits}.
 *
 * <p><b>CSV format.</b> UTF-8 (a byte order mark is allowed), comma-separated, quoted as RFC 4180.
 * Any lines may come before the header row, which must be within the first ten lines and is the
 * row holding {@code Local authority area code}. Header names are matched ignoring case and runs
 * of spaces.
 * <ul>
 *   <li>Required: {@code Local authority area code} (an ONS code such as {@code E10000028}),
 *       {@code Local authority name}, {@code Inspection date}, {@code Publication date} (dates as
 *       {@code 06/11/2023} or {@code 2023-11-06}), {@code Overall effectiveness} (a grade:
 *       {@code Outstanding}, {@code Good}, {@code Requires improvement to be good}, {@code
 *       Inadequate}).
 *   <li>Optional: {@code Inspection type} (for example {@code ILACS Short Inspection}), {@code
 *       Framework} ({@code ILACS}, {@code SIF}; when absent it is taken from the inspection type,
 *       else from the date: ILACS from 1 January 2018, SIF before), {@code Inspection end date}.
 *   <li>Read and ignored: {@code Web link}, {@code Local authority status}, {@code Ofsted region}.
 *   <li>Every other column is a sub-judgement named by its header (Ofsted's are {@link
 *       Judgement#LEADERS}, {@link Judgement#HELP_AND_PROTECTION}, {@link
 *       Judgement#CHILDREN_IN_CARE}, {@link Judgement#CARE_LEAVERS}); each cell is a grade or
 *       blank (not published).
 * </ul>
 * For example:
 * <pre>
 * Local authority area code,Local authority name,Inspection date,Publication date,Inspection type,Overall effectiveness,The experiences and progress of care leavers
 * E10000028,Staffordshire,06/11/2023,12/01/2024,ILACS Short Inspection,Requires improvement to be good,Requires improvement to be good
 * E06000066,Somerset,2022-07-18,2022-09-21,ILACS Standard Inspection,Good,
 * </pre>
 *
 * <p>Bad input is refused with a {@link LoadException} naming the file, the sheet (for ODS), the
 * row and the column: a workbook without the two sheets, a missing column, an unknown grade, a
 * malformed ONS code or date, a publication before its inspection.
 *
 * <pre>{@code
 * Judgements ofsted = OfstedReader.read(Path.of("LA_Inspection_Outcomes_as_at_31_March_2025.ods"));
 * Judgements sample = OfstedReader.read(Path.of("judgements.csv"));
 * Workforce wf = workforce.withJudgements(ofsted);
 * }</pre>
 */
public final class OfstedReader {
  /** The sheet of each authority's latest judgement. */
  public static final String LATEST_SHEET = "Inspections_as_at_31_March";
  /** The sheet of every ILACS inspection since 2018. */
  public static final String HISTORY_SHEET = "ILACS_inspection_history";

  private static final ImmutableList<String> SHEETS = ImmutableList.of(LATEST_SHEET,
      HISTORY_SHEET);

  private OfstedReader() {}

  /**
   * Reads an ODS workbook (both sheets) or a CSV table, told apart by their first bytes, within
   * the {@linkplain LoadLimits#defaults() default limits} and {@linkplain OdsLimits#defaults()
   * default ODS limits}.
   *
   * @param path the file
   * @return the judgements
   * @throws LoadException naming the file, sheet, row and column of bad input, or the bound a
   *     file exceeds; also when the file does not exist or is a directory
   * @throws IOException if the file cannot be read
   */
  public static Judgements read(Path path) throws IOException {
    return read(path, OdsLimits.defaults());
  }

  /**
   * Reads an ODS workbook or a CSV table with the given bounds on decompression; a CSV table is
   * read within the {@linkplain LoadLimits#defaults() default limits}.
   *
   * @param path the file
   * @param limits the bounds on what an ODS workbook may decompress and expand to
   * @return the judgements
   * @throws LoadException naming the file, sheet, row and column of bad input, or the bound a
   *     file exceeds
   * @throws IOException if the file cannot be read
   * @see #read(Path)
   */
  public static Judgements read(Path path, OdsLimits limits) throws IOException {
    return read(path, LoadLimits.defaults(), limits);
  }

  /**
   * Reads an ODS workbook or a CSV table with the given bounds: {@code limits} for a CSV table
   * (its size, cells, row length and name length), {@code odsLimits} for a workbook.
   *
   * @param path the file
   * @param limits the bounds on a CSV table: {@link LoadLimits#maxTableBytes()}, {@link
   *     LoadLimits#maxTableCells()}, {@link LoadLimits#maxRowBytes()}, {@link
   *     LoadLimits#maxCellsPerRow()}, and for both forms {@link LoadLimits#maxNameLength()}
   * @param odsLimits the bounds on what an ODS workbook may decompress and expand to
   * @return the judgements
   * @throws LoadException naming the file, sheet, row and column of bad input, or the bound a
   *     file exceeds
   * @throws IOException if the file cannot be read
   * @see #read(Path)
   */
  public static Judgements read(Path path, LoadLimits limits, OdsLimits odsLimits)
      throws IOException {
    checkNotNull(path, "path is null");
    Sources.checkFile(path, "an Ofsted inspection outcomes file (ODS or CSV)");
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString(), limits, odsLimits);
    }
  }

  /**
   * Reads a stream holding an ODS workbook or a CSV table; the caller closes it.
   *
   * @param in the bytes
   * @param sourceName the name used in messages
   * @return the judgements
   * @throws LoadException naming the source, sheet, row and column of bad input
   * @throws IOException if the stream cannot be read
   * @see #read(Path)
   */
  public static Judgements read(InputStream in, String sourceName) throws IOException {
    return read(in, sourceName, OdsLimits.defaults());
  }

  /**
   * Reads a stream holding an ODS workbook or a CSV table with the given bounds; the caller
   * closes it.
   *
   * @param in the bytes
   * @param sourceName the name used in messages
   * @param limits the bounds on what an ODS workbook may decompress and expand to
   * @return the judgements
   * @throws LoadException naming the source, sheet, row and column of bad input
   * @throws IOException if the stream cannot be read
   * @see #read(Path)
   */
  public static Judgements read(InputStream in, String sourceName, OdsLimits limits)
      throws IOException {
    return read(in, sourceName, LoadLimits.defaults(), limits);
  }

  /**
   * Reads a stream holding an ODS workbook or a CSV table with the given bounds; the caller
   * closes it.
   *
   * @param in the bytes
   * @param sourceName the name used in messages
   * @param limits the bounds on a CSV table and on names
   * @param odsLimits the bounds on what an ODS workbook may decompress and expand to
   * @return the judgements
   * @throws LoadException naming the source, sheet, row and column of bad input
   * @throws IOException if the stream cannot be read
   * @see #read(Path, LoadLimits, OdsLimits)
   */
  public static Judgements read(InputStream in, String sourceName, LoadLimits limits,
      OdsLimits odsLimits) throws IOException {
    return read(in, sourceName, limits, odsLimits, SHEETS);
  }

  /**
   * Reads one sheet of an ODS workbook: {@value #LATEST_SHEET} or {@value #HISTORY_SHEET}, within
   * the default limits. A CSV table, which has no sheets, is read whole.
   *
   * @param path the workbook
   * @param sheet the sheet's name
   * @return the sheet's judgements
   * @throws IllegalArgumentException if the sheet is not one of those two
   * @throws LoadException if the workbook has no such sheet, for bad input, or when the file does
   *     not exist or is a directory (checked before the sheet's name)
   * @throws IOException if the file cannot be read
   */
  public static Judgements readSheet(Path path, String sheet) throws IOException {
    checkNotNull(path, "path is null");
    checkNotNull(sheet, "sheet is null");
    Sources.checkFile(path, "an Ofsted inspection outcomes file (ODS or CSV)");
    checkArgument(SHEETS.contains(sheet),
        "unknown sheet '%s': csww reads the sheets %s and %s", sheet, LATEST_SHEET,
        HISTORY_SHEET);
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString(), LoadLimits.defaults(), OdsLimits.defaults(),
          ImmutableList.of(sheet));
    }
  }

  private static Judgements read(InputStream raw, String source, LoadLimits limits,
      OdsLimits odsLimits, List<String> sheets) throws IOException {
    checkNotNull(raw, "in is null");
    checkNotNull(source, "sourceName is null");
    checkNotNull(limits, "limits is null");
    checkNotNull(odsLimits, "odsLimits is null");
    BufferedInputStream in = new BufferedInputStream(raw);
    in.mark(4);
    byte[] magic = in.readNBytes(4);
    in.reset();
    List<Located> found = new ArrayList<>();
    if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3
        && magic[3] == 4) {
      OdsWorkbook book = OdsWorkbook.read(in, source, ImmutableSet.copyOf(sheets), odsLimits);
      for (String sheet : sheets) {
        ImmutableList<SheetRow> rows = book.sheet(sheet);
        if (rows == null) {
          throw new LoadException(source, 0, 0, "has no sheet '" + sheet + "'; its sheets are "
              + String.join(", ", book.sheetNames()) + "; expected Ofsted's 'Local authority "
              + "inspection outcomes' workbook with the sheets " + String.join(" and ", sheets));
        }
        found.addAll(OfstedTable.read(source, sheet, rows, limits.maxNameLength()));
      }
    } else {
      found.addAll(OfstedTable.read(source, null, SheetCsv.read(in, source, limits,
          OfstedTable::isHeader),
          limits.maxNameLength()));
    }
    return merge(source, found);
  }

  /** One judgement per inspection; the same inspection in two sheets must agree. */
  private static Judgements merge(String source, List<Located> found) throws LoadException {
    Map<String, Located> byInspection = new LinkedHashMap<>();
    Map<String, Located> byPublication = new LinkedHashMap<>();
    for (Located l : found) {
      Judgement j = l.judgement();
      String key = j.code() + "|" + j.inspected() + "|" + j.published();
      Located old = byInspection.get(key);
      if (old != null) {
        Judgement o = old.judgement();
        if (o.overall() != j.overall() || !o.subJudgements().equals(j.subJudgements())) {
          throw new LoadException(source, 0, 0, l.where() + " and " + old.where()
              + " give different grades for the inspection of " + j.name() + " (" + j.code()
              + ") on " + j.inspected() + ": " + j.overall() + " " + j.subJudgements() + " and "
              + o.overall() + " " + o.subJudgements());
        }
        if (o.inspectionType().isEmpty() && j.inspectionType().isPresent()) {
          byInspection.put(key, l);
        }
        continue;
      }
      String day = j.code() + "|" + j.published();
      Located sameDay = byPublication.put(day, l);
      if (sameDay != null) {
        throw new LoadException(source, 0, 0, l.where() + " and " + sameDay.where()
            + " give two different inspections of " + j.code() + " published on "
            + j.published() + "; expected one");
      }
      byInspection.put(key, l);
    }
    List<Judgement> out = new ArrayList<>();
    for (Located l : byInspection.values()) {
      out.add(Objects.requireNonNull(l.judgement()));
    }
    try {
      return Judgements.of(out);
    } catch (IllegalArgumentException e) {
      throw new LoadException(source, 0, 0, e.getMessage(), e);
    }
  }
}
