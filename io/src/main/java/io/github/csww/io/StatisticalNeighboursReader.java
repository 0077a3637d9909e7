package io.github.csww.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.csww.Closeness;
import io.github.csww.LoadException;
import io.github.csww.LoadLimits;
import io.github.csww.Neighbour;
import io.github.csww.NeighbourGroup;
import io.github.csww.StatisticalNeighbours;
import io.github.csww.io.internal.Printable;
import io.github.csww.io.internal.Sources;
import io.github.csww.io.internal.SheetCsv;
import io.github.csww.io.internal.SheetRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads DfE's statistical neighbour model in either published layout into {@link
 * StatisticalNeighbours}. The layout is told from the header:
 *
 * <ul>
 *   <li>2021 groupings ({@code New_Statistical_Neighbour_Groupings_April_2021.csv}): {@code LA
 *       num,LA Name,LA number,GOInd,GOReg,SN1,SNP,SN2,SNP,...,SN10,SNP,} — a repeated {@code SNP}
 *       band column after each neighbour, a trailing comma, a byte order mark, and after the
 *       current authorities a section {@code Old SNs:} of authorities since reorganised (Dorset,
 *       Poole and Bournemouth before 2019, Northamptonshire), which are read too;
 *   <li>2025 model ({@code sn_model_2025_wide.csv}): {@code old_la_code,la_name,region_ind,
 *       region_name,SN_1,SN_1P,...,SN_10,SN_10P}, bands with trailing spaces ({@code "Close "}).
 * </ul>
 *
 * <p>Blank rows and section headings (a row with no LA number and no neighbours) are skipped.
 * Bad input is refused with a {@link LoadException} naming the file, line and column: a file in
 * neither layout, a missing column, an LA number that is not a number, a neighbour LA number with
 * no row of its own in the file, an unknown closeness band, an authority listed twice or as its
 * own neighbour.
 *
 * <pre>{@code
 * StatisticalNeighbours model = StatisticalNeighboursReader.read(Path.of("sn_model_2025_wide.csv"));
 * model.group(860).orElseThrow().neighbours().get(0); // 1. 811 (Very close)
 * }</pre>
 */
public final class StatisticalNeighboursReader {
  /** The number of neighbours in each published layout. */
  static final int NEIGHBOURS = 10;

  private StatisticalNeighboursReader() {}

  /**
   * Reads a statistical neighbour file in either layout, within the {@linkplain
   * LoadLimits#defaults() default limits}.
   *
   * @param path the file
   * @return the neighbour model
   * @throws LoadException naming the file, line and column of bad input
   * @throws IOException if the file cannot be read
   */
  public static StatisticalNeighbours read(Path path) throws IOException {
    return read(path, LoadLimits.defaults());
  }

  /**
   * Reads a statistical neighbour file in either layout within the given limits: {@link
   * LoadLimits#maxTableBytes()}, {@link LoadLimits#maxTableCells()}, {@link
   * LoadLimits#maxRowBytes()}, {@link LoadLimits#maxCellsPerRow()} and {@link
   * LoadLimits#maxNameLength()}.
   *
   * @param path the file
   * @param limits the bounds the file must keep within
   * @return the neighbour model
   * @throws LoadException naming the file, line and column of bad input, or the bound exceeded
   * @throws IOException if the file cannot be read
   */
  public static StatisticalNeighbours read(Path path, LoadLimits limits) throws IOException {
    checkNotNull(path, "path is null");
    checkNotNull(limits, "limits is null");
    Sources.checkFile(path, "a statistical neighbours file");
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString(), limits);
    }
  }

  /**
   * Reads a statistical neighbour table from a stream; the caller closes it.
   *
   * @param in the bytes
   * @param sourceName the name used in messages and as {@link StatisticalNeighbours#source()}
   * @return the neighbour model
   * @throws LoadException naming the source, line and column of bad input
   * @throws IOException if the stream cannot be read
   * @see #read(Path)
   */
  public static StatisticalNeighbours read(InputStream in, String sourceName)
      throws IOException {
    return read(in, sourceName, LoadLimits.defaults());
  }

  /**
   * Reads a statistical neighbour table from a stream within the given limits; the caller closes
   * it.
   *
   * @param in the bytes
   * @param sourceName the name used in messages and as {@link StatisticalNeighbours#source()}
   * @param limits the bounds the table must keep within
   * @return the neighbour model
   * @throws LoadException naming the source, line and column of bad input, or the bound exceeded
   * @throws IOException if the stream cannot be read
   * @see #read(Path, LoadLimits)
   */
  public static StatisticalNeighbours read(InputStream in, String sourceName, LoadLimits limits)
      throws IOException {
    checkNotNull(in, "in is null");
    checkNotNull(sourceName, "sourceName is null");
    checkNotNull(limits, "limits is null");
    List<SheetRow> rows = SheetCsv.read(in, sourceName, limits, row -> !row.isBlank());
    return parse(rows, sourceName, limits.maxNameLength());
  }

  private record Cell(int line, int column, String header, int laNumber) {}

  private static StatisticalNeighbours parse(List<SheetRow> rows, String source,
      int maxNameLength) throws LoadException {
    int h = 0;
    while (h < rows.size() && rows.get(h).isBlank()) {
      h++;
    }
    if (h == rows.size()) {
      throw new LoadException(source, 0, 0, "is empty: expected a statistical neighbour table");
    }
    SheetRow header = rows.get(h);
    Layout layout = Layout.detect(header, source);
    List<NeighbourGroup> groups = new ArrayList<>();
    Map<Integer, Integer> lineOf = new HashMap<>();
    List<Cell> references = new ArrayList<>();
    for (int i = h + 1; i < rows.size(); i++) {
      SheetRow row = rows.get(i);
      if (row.isBlank()) {
        continue;
      }
      boolean anyNeighbour = false;
      for (int[] pair : layout.pairs) {
        anyNeighbour |= !row.cell(pair[0]).isBlank() || !row.cell(pair[1]).isBlank();
      }
      if (row.cell(layout.number).isBlank() && !anyNeighbour) {
        continue; // a section heading such as "Old SNs:"
      }
      int la = laNumber(row, layout.number, header, source);
      if (layout.numberAgain >= 0 && !row.cell(layout.numberAgain).isBlank()) {
        int again = laNumber(row, layout.numberAgain, header, source);
        if (again != la) {
          throw error(source, row, layout.numberAgain, header, "LA number " + again
              + " differs from " + la + " in column '" + header.cell(layout.number).strip()
              + "'");
        }
      }
      String name = row.cell(layout.name).strip();
      if (name.isEmpty()) {
        throw error(source, row, layout.name, header, "expected the authority's name, found a "
            + "blank cell");
      }
      String badName = Printable.problem(name, maxNameLength);
      if (badName != null) {
        throw error(source, row, layout.name, header, "expected the authority's name, found "
            + badName);
      }
      Integer before = lineOf.put(la, row.number());
      if (before != null) {
        throw error(source, row, layout.number, header, "LA number " + la + " is listed twice, "
            + "on lines " + before + " and " + row.number());
      }
      ImmutableList.Builder<Neighbour> list = ImmutableList.builder();
      Set<Integer> seen = new HashSet<>();
      for (int k = 0; k < layout.pairs.size(); k++) {
        int[] pair = layout.pairs.get(k);
        int n = laNumber(row, pair[0], header, source);
        if (n == la) {
          throw error(source, row, pair[0], header, "LA number " + la
              + " is listed as its own neighbour");
        }
        if (!seen.add(n)) {
          throw error(source, row, pair[0], header, "neighbour " + n + " is listed twice for "
              + la);
        }
        String band = row.cell(pair[1]);
        Closeness c = Closeness.fromText(band).orElseThrow(() -> error(source, row, pair[1],
            header, "expected a closeness band (" + Closeness.expected() + "), found '"
                + Printable.of(band, 60) + "'"));
        list.add(new Neighbour(k + 1, n, c));
        references.add(new Cell(row.number(), pair[0], header.cell(pair[0]).strip(), n));
      }
      try {
        groups.add(new NeighbourGroup(la, name, list.build()));
      } catch (IllegalArgumentException e) {
        throw new LoadException(source, row.number(), 0, e.getMessage(), e);
      }
    }
    if (groups.isEmpty()) {
      throw new LoadException(source, header.number() + 1, 0, "expected rows of LA numbers and "
          + "neighbours after the header, found none");
    }
    for (Cell ref : references) {
      if (!lineOf.containsKey(ref.laNumber)) {
        throw new LoadException(source, ref.line, ref.column + 1, "column '" + ref.header
            + "': unknown LA number " + ref.laNumber + ": it has no row of its own in this file "
            + "(" + lineOf.size() + " authorities)");
      }
    }
    try {
      return StatisticalNeighbours.of(source, groups);
    } catch (IllegalArgumentException e) {
      throw new LoadException(source, 0, 0, e.getMessage(), e);
    }
  }

  private static int laNumber(SheetRow row, int column, SheetRow header, String source)
      throws LoadException {
    String text = row.cell(column).strip();
    // ASCII digits only: Character.isDigit would take Arabic-Indic and other digits.
    if (!text.isEmpty() && text.length() <= 4
        && text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      int n = Integer.parseInt(text);
      if (n > 0) {
        return n;
      }
    }
    throw error(source, row, column, header, "expected an LA number such as 860, found '"
        + Printable.of(row.cell(column), 60) + "'");
  }

  private static LoadException error(String source, SheetRow row, int column, SheetRow header,
      String detail) {
    String name = Printable.of(header.cell(column).strip(), 60);
    return new LoadException(source, row.number(), column + 1,
        (name.isEmpty() ? "" : "column '" + name + "': ") + detail);
  }

  /** Where the columns are, for one of the two layouts. */
  private static final class Layout {
    final int number;
    final int numberAgain;
    final int name;
    final List<int[]> pairs;

    private Layout(int number, int numberAgain, int name, List<int[]> pairs) {
      this.number = number;
      this.numberAgain = numberAgain;
      this.name = name;
      this.pairs = pairs;
    }

    static Layout detect(SheetRow header, String source) throws LoadException {
      Map<String, Integer> index = new LinkedHashMap<>();
      for (int c = 0; c < header.cells().size(); c++) {
        index.putIfAbsent(header.cell(c).strip().toLowerCase(Locale.ROOT), c);
      }
      if (index.containsKey("sn_1") || index.containsKey("old_la_code")) {
        return wide2025(header, index, source);
      }
      if (index.containsKey("sn1") || index.containsKey("la num")) {
        return groupings2021(header, index, source);
      }
      throw new LoadException(source, header.number(), 0, "not a statistical neighbour table: "
          + "expected the header of the 2021 groupings (LA num, LA Name, ..., SN1, SNP, ..., "
          + "SN10, SNP) or of the 2025 model (old_la_code, la_name, ..., SN_1, SN_1P, ..., SN_10, "
          + "SN_10P), found " + preview(header));
    }

    private static Layout wide2025(SheetRow header, Map<String, Integer> index, String source)
        throws LoadException {
      int number = required(header, index, "old_la_code", source);
      int name = required(header, index, "la_name", source);
      List<int[]> pairs = new ArrayList<>();
      for (int k = 1; k <= NEIGHBOURS; k++) {
        pairs.add(new int[] {required(header, index, "SN_" + k, source),
            required(header, index, "SN_" + k + "P", source)});
      }
      return new Layout(number, -1, name, pairs);
    }

    private static Layout groupings2021(SheetRow header, Map<String, Integer> index,
        String source) throws LoadException {
      int number = required(header, index, "LA num", source);
      Integer again = index.get("la number");
      int name = required(header, index, "LA Name", source);
      List<int[]> pairs = new ArrayList<>();
      for (int k = 1; k <= NEIGHBOURS; k++) {
        int sn = required(header, index, "SN" + k, source);
        String next = header.cell(sn + 1).strip();
        if (!next.equalsIgnoreCase("SNP")) {
          throw new LoadException(source, header.number(), sn + 2, "missing column 'SNP' (the "
              + "band of SN" + k + ") after 'SN" + k + "'; found '" + Printable.of(next, 60) + "'");
        }
        pairs.add(new int[] {sn, sn + 1});
      }
      return new Layout(number, again == null ? -1 : again, name, pairs);
    }

    private static int required(SheetRow header, Map<String, Integer> index, String column,
        String source) throws LoadException {
      Integer c = index.get(column.toLowerCase(Locale.ROOT));
      if (c == null) {
        throw new LoadException(source, header.number(), 0, "missing column '" + column
            + "'; the header has " + preview(header));
      }
      return c;
    }
  }

  /** The header's cells for a message: control characters shown, long ones cut, at most 40. */
  private static String preview(SheetRow header) {
    List<String> shown = new ArrayList<>();
    for (String c : header.cells()) {
      if (shown.size() == 40) {
        shown.add("...");
        break;
      }
      shown.add(Printable.of(c, 60));
    }
    return shown.toString();
  }
}
