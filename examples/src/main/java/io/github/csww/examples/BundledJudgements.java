package io.github.csww.examples;

import io.github.csww.Grade;
import io.github.csww.Judgement;
import io.github.csww.Judgements;
import io.github.csww.LoadException;
import io.github.csww.io.OfstedReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled Ofsted judgements as a small tab-separated file derived from the bundled workbook,
 * so the command line reads 271 lines instead of parsing a 1 MB spreadsheet on every run.
 *
 * <p>The file, {@value #FILE_NAME} beside the workbook, holds every field of every {@link
 * Judgement} the workbook gives: lines starting with {@code #} are comments (the source, its
 * SHA-256 and licence); then a header; then one judgement a line, in {@link Judgements#all()}
 * order. Columns: {@code code}, {@code name}, {@code overall}, {@code inspected}, {@code
 * inspection_end}, {@code published}, {@code framework}, {@code inspection_type}, then one column
 * a sub-judgement, headed by Ofsted's wording. Grades are {@link Grade} constant names, dates ISO
 * ({@code 2018-03-12}), an empty cell is an absent optional field or sub-judgement. A judgement's
 * sub-judgements keep the header's order, which is the workbook's.
 *
 * <p>Made by {@link #main(String[])}:
 *
 * <pre>{@code
 * java -cp examples/target/csww.jar io.github.csww.examples.BundledJudgements \
 *     examples/src/main/resources/io/github/csww/examples/data/LA_Inspection_Outcomes_as_at_31_March_2025.ods \
 *     examples/src/main/resources/io/github/csww/examples/data/LA_Inspection_Outcomes_as_at_31_March_2025.judgements.tsv
 * }</pre>
 *
 * <p>BundledJudgementsTest reads the workbook and this file and checks they give equal
 * judgements, and that the file is byte for byte what this class writes.
 */
final class BundledJudgements {
  /** The derived file's name, beside the workbook it is made from. */
  static final String FILE_NAME = "LA_Inspection_Outcomes_as_at_31_March_2025.judgements.tsv";
  /** Its class-path resource name. */
  static final String RESOURCE = "/io/github/csww/examples/data/" + FILE_NAME;

  private static final String[] FIXED = {"code", "name", "overall", "inspected", "inspection_end",
      "published", "framework", "inspection_type"};

  private BundledJudgements() {}

  /**
   * Writes the derived file from the workbook.
   *
   * @param args the workbook ({@code .ods}) and the file to write
   * @throws IOException if the workbook cannot be read or the file written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BundledJudgements WORKBOOK.ods OUT.tsv");
      System.exit(2);
    }
    Path ods = Path.of(args[0]);
    Judgements judgements = OfstedReader.read(ods);
    try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      write(judgements, ods.getFileName().toString(), sha256(Files.readAllBytes(ods)), w);
    }
  }

  /**
   * The bundled derived file, read.
   *
   * @return the judgements of the bundled workbook
   * @throws IllegalStateException if the file is missing from the jar
   * @throws IOException naming the file, line and column of a cell that cannot be read
   */
  static Judgements bundled() throws IOException {
    InputStream in = BundledJudgements.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("bundled resource " + RESOURCE + " is missing from the jar");
    }
    try (in) {
      return read(in, FILE_NAME);
    }
  }

  /**
   * The SHA-256 of some bytes, as the derived file's comment names its workbook's.
   *
   * @param bytes the workbook's bytes
   * @return the digest in lower-case hex
   */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * Writes judgements in the derived layout.
   *
   * @param judgements the workbook's judgements
   * @param source the workbook's file name, for the first comment
   * @param sha256 the workbook's SHA-256, for the first comment
   * @param out where the file's text goes
   * @throws IOException if {@code out} cannot be written
   * @throws IllegalArgumentException if a field holds a tab or line break, or a judgement's
   *     sub-judgements run in another order than the others', which the layout cannot keep
   */
  static void write(Judgements judgements, String source, String sha256, Appendable out)
      throws IOException {
    List<String> subs = new ArrayList<>();
    for (Judgement j : judgements.all()) {
      for (String wording : j.subJudgements().keySet()) {
        if (!subs.contains(wording)) {
          subs.add(wording);
        }
      }
    }
    for (Judgement j : judgements.all()) {
      List<String> order = new ArrayList<>(subs);
      order.retainAll(j.subJudgements().keySet());
      if (!order.equals(new ArrayList<>(j.subJudgements().keySet()))) {
        throw new IllegalArgumentException("sub-judgements of " + j + " run in another order ("
            + j.subJudgements().keySet() + ") than the header's " + subs);
      }
    }
    out.append("# Ofsted's judgements from ").append(source).append(" (SHA-256 ").append(sha256)
        .append("),\n# derived by io.github.csww.examples.BundledJudgements: see README.md.\n")
        .append("# Contains public sector information licensed under the Open Government "
            + "Licence v3.0 (Ofsted).\n");
    List<String> header = new ArrayList<>(List.of(FIXED));
    header.addAll(subs);
    line(header, out);
    for (Judgement j : judgements.all()) {
      List<String> cells = new ArrayList<>(List.of(j.code(), j.name(), j.overall().name(),
          j.inspected().toString(), j.inspectionEnd().map(LocalDate::toString).orElse(""),
          j.published().toString(), j.framework(), j.inspectionType().orElse("")));
      for (String wording : subs) {
        cells.add(j.subJudgement(wording).map(Grade::name).orElse(""));
      }
      line(cells, out);
    }
  }

  private static void line(List<String> cells, Appendable out) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      if (c.indexOf('\t') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("a tab or line break in '" + c + "'");
      }
      out.append(i == 0 ? "" : "\t").append(c);
    }
    out.append('\n');
  }

  /**
   * Reads the derived layout.
   *
   * @param in the file's bytes, UTF-8
   * @param source the file's name, for errors
   * @return the judgements, equal to those {@link OfstedReader} reads from the workbook
   * @throws LoadException naming the file, line and column of a cell that cannot be read
   * @throws IOException if the stream cannot be read
   */
  static Judgements read(InputStream in, String source) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Judgement> all = new ArrayList<>();
    Map<String, Integer> published = new HashMap<>();
    String[] header = null;
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (header == null) {
        header = cells;
        for (int i = 0; i < FIXED.length; i++) {
          if (i >= cells.length || !cells[i].equals(FIXED[i])) {
            throw new LoadException(source, lineNo, column(cells, i), "expected column '"
                + FIXED[i] + "', found " + (i < cells.length ? "'" + cells[i] + "'" : "none"));
          }
        }
        continue;
      }
      if (cells.length != header.length) {
        throw new LoadException(source, lineNo, column(cells, Math.min(cells.length,
            header.length)), "expected " + header.length + " cells, found " + cells.length);
      }
      Judgement j = judgement(header, cells, source, lineNo);
      Integer before = published.putIfAbsent(j.code() + "@" + j.published(), lineNo);
      if (before != null) {
        throw new LoadException(source, lineNo, column(cells, 5), "a second judgement for "
            + j.code() + " published on " + j.published() + " (the first is on line " + before
            + ")");
      }
      all.add(j);
    }
    if (header == null) {
      throw new LoadException(source, lineNo + 1, 1, "expected a header line, found none");
    }
    return Judgements.of(all);
  }

  private static Judgement judgement(String[] header, String[] cells, String source, int line)
      throws LoadException {
    Map<String, Grade> subs = new LinkedHashMap<>();
    for (int i = FIXED.length; i < cells.length; i++) {
      if (!cells[i].isEmpty()) {
        subs.put(header[i], grade(cells, i, source, line));
      }
    }
    LocalDate inspected = date(cells, 3, source, line);
    try {
      return new Judgement(cells[0], cells[1], grade(cells, 2, source, line), subs, inspected,
          cells[4].isEmpty() ? Optional.empty() : Optional.of(date(cells, 4, source, line)),
          date(cells, 5, source, line), cells[6],
          cells[7].isEmpty() ? Optional.empty() : Optional.of(cells[7]));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new LoadException(source, line, 1, e.getMessage(), e);
    }
  }

  private static Grade grade(String[] cells, int i, String source, int line)
      throws LoadException {
    for (Grade g : Grade.values()) {
      if (g.name().equals(cells[i])) {
        return g;
      }
    }
    throw new LoadException(source, line, column(cells, i), "expected a grade (OUTSTANDING, GOOD, "
        + "REQUIRES_IMPROVEMENT or INADEQUATE), found '" + cells[i] + "'");
  }

  /** A date written yyyy-mm-dd, read without a formatter. */
  private static LocalDate date(String[] cells, int i, String source, int line)
      throws LoadException {
    String s = cells[i];
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
          // not a day of the calendar: said below
        }
      }
    }
    throw new LoadException(source, line, column(cells, i), "column '" + FIXED[i]
        + "': expected a date such as 2018-03-12, found '" + s + "'");
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** The 1-based character column where cell {@code i} starts (just past the last cell if none). */
  private static int column(String[] cells, int i) {
    int col = 1;
    for (int k = 0; k < i && k < cells.length; k++) {
      col += cells[k].length() + 1;
    }
    return col;
  }
}
