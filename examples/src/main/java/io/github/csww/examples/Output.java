package io.github.csww.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.csww.Comparison;
import io.github.csww.Metric;
import io.github.csww.NeighbourComparison;
import io.github.csww.Ranked;
import io.github.csww.Ranking;
import io.github.csww.TextTable;
import io.github.csww.Trend;
import io.github.csww.Value;
import io.github.csww.io.EesCsv;
import io.github.csww.io.WorkforceJson;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prints the command line's results as text, CSV or JSON. CSV and JSON come from csww-io's
 * writers ({@link EesCsv}, {@link WorkforceJson}); text from the results' own tables.
 */
final class Output {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintStream out;
  private final Cli.Format format;
  private final EesCsv csv;

  /**
   * @param out where results go
   * @param format text, csv or json
   * @param csv the CSV writer: spreadsheet-safe, or plain
   */
  Output(PrintStream out, Cli.Format format, EesCsv csv) {
    this.out = out;
    this.format = format;
    this.csv = csv;
  }

  /**
   * Prints some rows of a ranking, each with its rank in the whole ranking: in CSV and JSON the
   * ranking's document keeps only those rows (areas left out of the ranking stay listed in JSON).
   *
   * @param rows rows of {@code ranking}, in the order to print them
   * @param judgementsAt the date judgements were looked up on, where the ranking has judgements
   */
  void ranking(Ranking ranking, List<Ranked> rows, Optional<String> judgementsAt) {
    List<Integer> picked = new ArrayList<>();
    for (Ranked r : rows) {
      picked.add(ranking.rows().indexOf(r));
    }
    switch (format) {
      case text -> out.print(rankingTable(ranking, rows, judgementsAt));
      case csv -> out.print(csvRows(csv.toCsv(ranking), picked, ranking.size()));
      case json -> out.print(jsonRows(WorkforceJson.toJson(ranking), picked));
    }
  }

  void comparison(Comparison comparison) {
    switch (format) {
      case text -> out.print(comparison.table());
      case csv -> out.print(csv.toCsv(comparison));
      case json -> out.print(WorkforceJson.toJson(comparison));
    }
  }

  void trend(Trend trend) {
    switch (format) {
      case text -> {
        out.println(trend.area().name());
        out.print(trend.table());
      }
      case csv -> out.print(csv.toCsv(trend));
      case json -> out.print(WorkforceJson.toJson(trend));
    }
  }

  void neighbours(NeighbourComparison comparison) {
    switch (format) {
      case text -> {
        out.printf("%s against its statistical neighbours (%s), %d%n",
            comparison.authority().name(), comparison.model(), comparison.year());
        out.print(comparison.table());
      }
      case csv -> out.print(csv.toCsv(comparison));
      case json -> out.print(WorkforceJson.toJson(comparison));
    }
  }

  /** Rank, area, year, value and, where the ranking has judgements, the judgement. */
  static String rankingTable(Ranking ranking, List<Ranked> rows, Optional<String> at) {
    Metric m = ranking.metric();
    TextTable.Builder t = TextTable.builder().number("Rank").text("Area").number("Year")
        .number(m.label() + " (" + m.unit().symbol() + ")");
    boolean judged = ranking.hasJudgements();
    if (judged) {
      t.text("Ofsted judgement" + at.map(d -> " on " + d).orElse(""));
    }
    for (Ranked r : rows) {
      List<String> cells = new ArrayList<>(List.of(Integer.toString(r.rank()), r.area().name(),
          Integer.toString(r.year()), Value.of(r.value()).toString()));
      if (judged) {
        cells.add(r.judgement().map(j -> j.overall().label()).orElse("none"));
      }
      t.row(cells);
    }
    return t.render();
  }

  /**
   * The header line and the given data lines of a ranking's CSV, whose data lines are its rows
   * in order, one line each.
   */
  static String csvRows(String csv, List<Integer> rows, int size) {
    String[] lines = csv.split("\n", -1);
    if (lines.length != size + 2 || !lines[lines.length - 1].isEmpty()) {
      throw new IllegalStateException("expected the ranking's CSV to hold a header and " + size
          + " lines, found " + (lines.length - 1) + " lines");
    }
    StringBuilder sb = new StringBuilder(lines[0]).append('\n');
    for (int i : rows) {
      sb.append(lines[i + 1]).append('\n');
    }
    return sb.toString();
  }

  /** A ranking's JSON document with only the given entries of its {@code rows}. */
  static String jsonRows(String json, List<Integer> rows) {
    try {
      ObjectNode doc = (ObjectNode) JSON.readTree(json);
      JsonNode all = doc.get("rows");
      ArrayNode kept = JSON.createArrayNode();
      for (int i : rows) {
        kept.add(all.get(i));
      }
      doc.set("rows", kept);
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("the ranking's JSON could not be read back", e);
    }
  }
}
