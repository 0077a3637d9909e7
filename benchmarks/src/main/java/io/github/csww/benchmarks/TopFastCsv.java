package io.github.csww.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Start to answer with FastCSV and a hand-written query: the five authorities with the highest
 * caseload_fte in 2017 (a suppression marker is not a number and is left out).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.csww.benchmarks.TopFastCsv \
 *     ../shared/data/csww_indicators_2017_to_2025.csv
 * }</pre>
 */
public final class TopFastCsv {
  private TopFastCsv() {}

  private record Row(String name, double caseload) {}

  /** Prints rank, authority and caseload, one line each. */
  public static void main(String[] args) throws Exception {
    List<Row> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(Path.of(args[0]))) {
      int year = -1;
      int level = -1;
      int name = -1;
      int caseload = -1;
      for (CsvRecord r : csv) {
        if (year < 0) {
          List<String> header = r.getFields();
          year = header.indexOf("time_period");
          level = header.indexOf("geographic_level");
          name = header.indexOf("la_name");
          caseload = header.indexOf("caseload_fte");
          continue;
        }
        String cell = r.getField(caseload);
        if (r.getField(year).equals("2017") && r.getField(level).equals("Local authority")
            && !cell.isEmpty() && Character.isDigit(cell.charAt(0))) {
          rows.add(new Row(r.getField(name), Double.parseDouble(cell)));
        }
      }
    }
    rows.sort(Comparator.comparingDouble(Row::caseload).reversed());
    for (int i = 0; i < Math.min(5, rows.size()); i++) {
      System.out.printf("%d %s %s%n", i + 1, rows.get(i).name(), rows.get(i).caseload());
    }
  }
}
