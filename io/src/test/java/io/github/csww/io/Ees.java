package io.github.csww.io;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.csww.LoadException;
import io.github.csww.LoadOptions;
import io.github.csww.Region;
import io.github.csww.Workforce;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds small EES CSV files for tests, cell by cell. */
final class Ees {
  static final List<String> HEADER_2025 = EesLayout.LAYOUT_2025.columns();
  static final List<String> HEADER_2022 = EesLayout.LAYOUT_2022.columns();

  private Ees() {}

  /** A National row in the given layout; metric k holds {@code (k + 1) + ".5"}. */
  static List<String> national(EesLayout layout, int year) {
    return row(layout, year, "National", "", "", "", "", "");
  }

  static List<String> regional(EesLayout layout, int year, Region r) {
    return row(layout, year, "Regional", r.code(), r.label(), "", "", "");
  }

  static List<String> la(EesLayout layout, int year, String laNumber, String code, String name,
      Region r) {
    return row(layout, year, "Local authority", r.code(), r.label(), laNumber, code, name);
  }

  private static List<String> row(EesLayout layout, int year, String level, String regionCode,
      String regionName, String laNumber, String code, String name) {
    List<String> cells = new ArrayList<>(List.of(String.valueOf(year), "Reporting year", level,
        "E92000001", "England", regionCode, regionName, laNumber, code, name));
    for (int k = 0; k < layout.metricColumns().size(); k++) {
      cells.add((k + 1) + ".5");
    }
    return cells;
  }

  /** A copy of a row with the cell of a column (by the layout's header) replaced. */
  static List<String> with(EesLayout layout, List<String> row, String column, String value) {
    int i = layout.columns().indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + column + " in " + layout);
    }
    List<String> out = new ArrayList<>(row);
    out.set(i, value);
    return out;
  }

  /** CSV text with LF line ends, quoting cells that need it. */
  static String csv(List<String> header, List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    line(sb, header);
    for (List<String> r : rows) {
      line(sb, r);
    }
    return sb.toString();
  }

  static String csv2025(List<List<String>> rows) {
    return csv(HEADER_2025, rows);
  }

  private static void line(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = cells.get(i);
      if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    sb.append('\n');
  }

  static Workforce load(String text) {
    return load(text.getBytes(StandardCharsets.UTF_8), LoadOptions.strict());
  }

  static Workforce load(byte[] bytes, LoadOptions options) {
    try {
      return Workforce.load(new ByteArrayInputStream(bytes), "test.csv", options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The exception a strict load of the text throws. */
  static LoadException failure(String text) {
    return failure(text.getBytes(StandardCharsets.UTF_8));
  }

  static LoadException failure(byte[] bytes) {
    LoadException e = catchThrowableOfType(LoadException.class,
        () -> Workforce.load(new ByteArrayInputStream(bytes), "test.csv"));
    if (e == null) {
      throw new AssertionError("expected the load to fail with a LoadException");
    }
    return e;
  }
}
