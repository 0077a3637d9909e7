package io.github.csww.examples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The published files in {@code ../shared/data} beside the worktree, when present, and a plain
 * reader of their CSV so tests check figures read from the files themselves, not through csww.
 */
final class SharedData {
  private SharedData() {}

  /**
   * A published file; the calling test is skipped, saying which folder was looked for, when the
   * folder or the file is absent.
   */
  static Path file(String name) {
    Path dir = dir();
    Path f = dir == null ? null : dir.resolve(name);
    assumeTrue(f != null && Files.isRegularFile(f), "skipped: published data " + name
        + " not found in ../shared/data (looked in ../shared/data and ../../shared/data; "
        + "set -Dcsww.data=DIR to point elsewhere)");
    return f;
  }

  private static Path dir() {
    String override = System.getProperty("csww.data");
    if (override != null) {
      return Path.of(override);
    }
    Path here = Path.of("").toAbsolutePath();
    for (Path p : new Path[] {here.resolve("../shared/data"), here.resolve("../../shared/data")}) {
      if (Files.isDirectory(p)) {
        return p.normalize();
      }
    }
    return null;
  }

  /** The rows of a CSV file as maps from header to cell (BOM stripped, quotes undone). */
  static List<Map<String, String>> rows(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String first = lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(0);
    List<String> header = cells(first);
    List<Map<String, String>> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = cells(line);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size() && i < cells.size(); i++) {
        row.putIfAbsent(header.get(i).strip(), cells.get(i));
      }
      out.add(row);
    }
    return out;
  }

  /** The cells of one CSV line without line breaks inside quotes. */
  static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }
}
