package io.github.csww.benchmarks;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.csww.Workforce;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ways of reading the synthetic file that the benchmarks compare. The bare parsers do what
 * any program must do with the file at the least: split every row and turn the 22 metric cells
 * into doubles (a suppression marker into NaN), keeping nothing. csww also builds and keeps the
 * whole model.
 */
public final class Parsers {
  /** Metric cells start at this column in the 2025 layout. */
  static final int FIRST_METRIC = 10;

  private Parsers() {}

  /** {@code Workforce.load}: the whole csww model, every row kept. */
  public static Workforce csww(Path file) throws IOException {
    return Workforce.load(file);
  }

  /**
   * {@code Workforce.load} from a stream: the whole model, read on the calling thread alone (a
   * stream's length is unknown, so csww does not start a second thread for it).
   */
  public static Workforce cswwOneThread(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Workforce.load(in, file.getFileName().toString());
    }
  }

  /** FastCSV records with {@code Double.parseDouble} on the metric cells. */
  public static double fastCsv(Path file) throws IOException {
    double sum = 0;
    long rows = 0;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
      boolean header = true;
      for (CsvRecord r : csv) {
        if (header) {
          header = false;
          continue;
        }
        rows++;
        for (int i = FIRST_METRIC; i < r.getFieldCount(); i++) {
          double v = number(r.getField(i));
          if (v == v) {
            sum += v;
          }
        }
      }
    }
    return sum + rows;
  }

  /** Jackson's streaming CSV parser with {@code Double.parseDouble} on the metric cells. */
  public static double jacksonCsv(Path file) throws IOException {
    CsvMapper mapper = new CsvMapper();
    double sum = 0;
    long rows = 0;
    try (CsvParser p = (CsvParser) mapper.getFactory().createParser(file.toFile())) {
      p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      int field = 0;
      boolean header = true;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          field = 0;
        } else if (t == JsonToken.END_ARRAY) {
          if (!header) {
            rows++;
          }
          header = false;
        } else if (t == JsonToken.VALUE_STRING) {
          if (!header && field >= FIRST_METRIC) {
            double v = number(p.getText());
            if (v == v) {
              sum += v;
            }
          }
          field++;
        }
      }
    }
    return sum + rows;
  }

  /** Reads the bytes and counts line feeds: the floor any parser of the file stands on. */
  public static long rawScan(Path file) throws IOException {
    byte[] buf = new byte[1 << 18];
    long lines = 0;
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            lines++;
          }
        }
      }
    }
    return lines;
  }

  private static double number(String cell) {
    char c = cell.isEmpty() ? 'x' : cell.charAt(0);
    return c >= '0' && c <= '9' ? Double.parseDouble(cell) : Double.NaN;
  }
}
