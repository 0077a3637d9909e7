package io.github.csww.benchmarks;

import io.github.csww.Region;
import io.github.csww.io.EesLayout;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic file in the 2025 EES layout: 100 reporting years (1925 to 2024, newest
 * first, as EES orders them), each with England, the 11 regional rows and 9,988 authorities, so
 * 1,000,000 rows of about 200 bytes. Every (LA number, year) is distinct; one name in ten is
 * quoted with a comma ("Newtown 10000, City of"), one authority in a thousand is a combined
 * return ({@code 20001 / 30001}), and about 2% of the metric cells hold a suppression marker.
 * The same seed gives the same bytes.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.csww.benchmarks.SyntheticFile out.csv
 * }</pre>
 */
public final class SyntheticFile {
  /** Rows in the file, the header not counted. */
  public static final int ROWS = 1_000_000;
  /** Rows a year: England, 11 regions and the authorities. */
  static final int ROWS_A_YEAR = 10_000;
  static final int FIRST_YEAR = 1925;
  static final int AUTHORITIES = ROWS_A_YEAR - 12;

  private static final String[] MARKERS = {"x", "z", "u", "low", "c"};

  private SyntheticFile() {}

  /** The file named by {@code -Dcsww.bench.file}, or {@code benchmarks/data/synthetic-1m.csv}. */
  public static Path defaultPath() {
    return Path.of(System.getProperty("csww.bench.file", "benchmarks/data/synthetic-1m.csv"));
  }

  /** Writes the file if it is not there yet; returns its path. */
  public static Path ensure(Path path) throws IOException {
    if (!Files.isRegularFile(path)) {
      Path parent = path.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, "synthetic", ".tmp");
      write(tmp, ROWS);
      Files.move(tmp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return path;
  }

  /**
   * Writes a file of {@code rows} rows (a multiple of 10,000): the same 9,988 authorities, 11
   * regions and England every year, for {@code rows / 10,000} years from 1925 (the newest
   * first), so a larger file has more years, not more areas.
   */
  public static void write(Path path, int rows) throws IOException {
    if (rows <= 0 || rows % ROWS_A_YEAR != 0 || rows / ROWS_A_YEAR > 1000) {
      throw new IllegalArgumentException("rows: a multiple of 10,000 up to 10,000,000, got "
          + rows);
    }
    int years = rows / ROWS_A_YEAR;
    List<Region> regions = java.util.List.of(Region.values());
    SplittableRandom random = new SplittableRandom(20_250_930L);
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8),
        1 << 16)) {
      out.write(String.join(",", EesLayout.LAYOUT_2025.columns()));
      out.write('\n');
      StringBuilder line = new StringBuilder(256);
      for (int year = FIRST_YEAR + years - 1; year >= FIRST_YEAR; year--) {
        line.setLength(0);
        line.append(year).append(",Reporting year,National,E92000001,England,,,,,");
        values(line, random, 400.0);
        out.append(line);
        for (Region r : regions) {
          line.setLength(0);
          line.append(year).append(",Reporting year,Regional,E92000001,England,")
              .append(r.code()).append(',').append(r.label()).append(",,,");
          values(line, random, 40.0);
          out.append(line);
        }
        for (int i = 0; i < AUTHORITIES; i++) {
          Region r = regions.get(i % regions.size());
          line.setLength(0);
          line.append(year).append(",Reporting year,Local authority,E92000001,England,")
              .append(r.code()).append(',').append(r.label()).append(',');
          int n = 10_000 + i;
          if (i % 1000 == 999) {
            line.append(20_000 + i).append(" / ").append(30_000 + i).append(",E09")
                .append(100_000 + i).append(" / E09").append(200_000 + i)
                .append(",Upton ").append(n).append(" / Downton ").append(n);
          } else {
            line.append(n).append(",E06").append(100_000 + i).append(',');
            if (i % 10 == 0) {
              line.append("\"Newtown ").append(n).append(", City of\"");
            } else {
              line.append("Authority ").append(n);
            }
          }
          values(line, random, 1.0);
          out.append(line);
        }
      }
    }
  }

  /** Appends the 22 metric cells and the line end. */
  private static void values(StringBuilder line, SplittableRandom random, double scale) {
    double inPost = tenths(random, 80, 900) * scale;
    for (int k = 0; k < 22; k++) {
      line.append(',');
      if (random.nextInt(50) == 0) {
        line.append(MARKERS[random.nextInt(MARKERS.length)]);
        continue;
      }
      switch (k) {
        case 1, 3, 5, 9 -> line.append((long) (inPost * (0.1 + random.nextDouble())));
        case 6, 7, 10, 11, 13, 15, 16, 21 -> appendTenths(line, tenths(random, 0, 60));
        case 18 -> line.append((long) (inPost * 12 + random.nextInt(500)));
        case 19 -> appendTenths(line, tenths(random, 10, 30));
        case 20 -> appendTenths(line, Math.round(inPost * 10 * (1 + random.nextDouble() * 9)) / 10.0);
        default -> appendTenths(line, Math.round(inPost * 10 * random.nextDouble()) / 10.0);
      }
    }
    line.append('\n');
  }

  private static double tenths(SplittableRandom random, int from, int to) {
    return (from * 10 + random.nextInt((to - from) * 10)) / 10.0;
  }

  /** A number with at most one decimal, as EES writes them: 17.7, 316647. */
  private static void appendTenths(StringBuilder line, double v) {
    long t = Math.round(v * 10);
    line.append(t / 10);
    if (t % 10 != 0) {
      line.append('.').append(t % 10);
    }
  }

  /**
   * Writes the file to the path given, or to {@link #defaultPath()}, with the rows given or
   * {@link #ROWS}: {@code SyntheticFile [PATH [ROWS]]}.
   */
  public static void main(String[] args) throws IOException {
    Path path = args.length > 0 ? Path.of(args[0]) : defaultPath();
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : ROWS;
    Files.deleteIfExists(path);
    Path parent = path.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, "synthetic", ".tmp");
    write(tmp, rows);
    Files.move(tmp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.out.printf("%s: %,d rows, %,d bytes%n", path, rows, Files.size(path));
  }
}
