package io.github.csww.io;

import com.google.common.collect.ImmutableList;
import io.github.csww.Area;
import io.github.csww.Authority;
import io.github.csww.Comparison;
import io.github.csww.ComparisonRow;
import io.github.csww.Judgement;
import io.github.csww.JudgementBands;
import io.github.csww.LeftOut;
import io.github.csww.MatchedNeighbour;
import io.github.csww.Metric;
import io.github.csww.NeighbourComparison;
import io.github.csww.NeighbourValue;
import io.github.csww.QuartileBand;
import io.github.csww.QuartileBands;
import io.github.csww.Ranked;
import io.github.csww.Ranking;
import io.github.csww.SeriesBreak;
import io.github.csww.Trend;
import io.github.csww.Value;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

/**
 * The CSV shapes of csww's results (comparisons, trends, neighbour comparisons, quartile bands),
 * written through the cell writers of an {@link EesCsv} so that every text cell is neutralised
 * and quoted as its options say. One instance writes one file.
 */
final class ResultCsv {
  /** The columns of a judgement, where judgements are joined. */
  static final ImmutableList<String> JUDGEMENT_COLUMNS =
      ImmutableList.of("ofsted_judgement", "ofsted_inspected", "ofsted_published");
  /** The columns that name an area of any level. */
  private static final ImmutableList<String> AREA_COLUMNS =
      ImmutableList.of("geographic_level", "old_la_code", "area_code", "area_name");
  /** The columns that name an authority. */
  private static final ImmutableList<String> AUTHORITY_COLUMNS =
      ImmutableList.of("old_la_code", "area_code", "area_name");

  private final EesCsv csv;
  private final Writer out;
  private final StringBuilder line = new StringBuilder(256);
  private int cells;

  private ResultCsv(EesCsv csv, Writer out) {
    this.csv = csv;
    this.out = out;
  }

  /** The column a metric is written under: its name in the 2025 EES layout. */
  static String column(Metric metric) {
    return EesLayout.LAYOUT_2025.column(metric).orElseThrow();
  }

  /** The columns of a ranking: the 2025 layout, the rank and, if joined, the judgement. */
  static ImmutableList<String> rankingColumns(Ranking ranking) {
    ImmutableList.Builder<String> columns = ImmutableList.<String>builder()
        .addAll(EesLayout.LAYOUT_2025.columns()).add(EesCsv.RANK_COLUMN);
    if (ranking.hasJudgements()) {
      columns.addAll(JUDGEMENT_COLUMNS);
    }
    return columns.build();
  }

  /** Appends the judgement cells, each after a comma; empty cells when none is in force. */
  static void judgement(EesCsv csv, StringBuilder line, Optional<Judgement> judgement) {
    if (judgement.isEmpty()) {
      line.append(",,,");
      return;
    }
    Judgement j = judgement.get();
    line.append(',');
    csv.text(line, j.overall().label());
    line.append(',').append(j.inspected()).append(',').append(j.published());
  }

  // ------------------------------------------------------------------ the shapes

  static void comparison(EesCsv csv, Comparison c, Writer out) throws IOException {
    ImmutableList.Builder<String> columns = ImmutableList.<String>builder().add("time_period")
        .addAll(AREA_COLUMNS);
    for (Metric m : c.metrics()) {
      columns.add(column(m));
    }
    boolean judged = c.hasJudgements();
    if (judged) {
      columns.addAll(JUDGEMENT_COLUMNS);
    }
    ResultCsv w = new ResultCsv(csv, out);
    csv.start(out, columns.build());
    java.util.List<Area> areas = c.columns();
    for (int i = 0; i < areas.size(); i++) {
      Area a = areas.get(i);
      w.number(c.year()).area(a);
      for (ComparisonRow r : c.rows()) {
        w.value(r.value(i));
      }
      if (judged) {
        w.judgement(a instanceof Authority au ? c.judgement(au) : Optional.empty());
      }
      w.end();
    }
  }

  static void trend(EesCsv csv, Trend t, Writer out) throws IOException {
    ResultCsv w = new ResultCsv(csv, out);
    csv.start(out, ImmutableList.<String>builder().add("time_period").addAll(AREA_COLUMNS)
        .add(column(t.metric()), "change_from", "change", "change_percent", "comparable",
            "series_break")
        .build());
    for (Trend.Point p : t.points()) {
      w.number(p.year()).area(t.area()).value(p.value());
      Optional<Trend.Change> change = t.change(p.year());
      if (change.isPresent()) {
        Trend.Change c = change.get();
        StringBuilder breaks = new StringBuilder();
        for (SeriesBreak b : c.breaks()) {
          breaks.append(breaks.length() == 0 ? "" : " ").append(b.year());
        }
        w.number(c.fromYear()).value(Value.of(c.absolute())).value(c.relative())
            .text(Boolean.toString(c.comparable())).text(breaks.toString());
      } else {
        w.blank().blank().blank().blank().blank();
      }
      w.end();
    }
  }

  static void neighbours(EesCsv csv, NeighbourComparison c, Writer out) throws IOException {
    boolean judged = c.ranking().hasJudgements();
    ImmutableList.Builder<String> columns = ImmutableList.<String>builder()
        .add("time_period", "role", "position", "closeness").addAll(AUTHORITY_COLUMNS)
        .add(column(c.metric()), "rank", "status");
    if (judged) {
      columns.addAll(JUDGEMENT_COLUMNS);
    }
    ResultCsv w = new ResultCsv(csv, out);
    csv.start(out, columns.build());
    w.number(c.year()).text("authority").blank().blank().authority(c.authority())
        .value(c.value());
    if (c.rank().isPresent()) {
      w.number(c.rank().getAsInt());
    } else {
      w.blank();
    }
    w.text(NeighbourValue.Status.COMPARED.name());
    if (judged) {
      w.judgement(c.judgement());
    }
    w.end();
    for (NeighbourValue n : c.neighbours()) {
      MatchedNeighbour m = n.neighbour();
      w.number(c.year()).text("neighbour").number(m.position()).text(m.closeness().label());
      if (m.authority().isPresent()) {
        w.authority(m.authority().get());
      } else {
        w.text(Integer.toString(m.laNumber())).blank().blank();
      }
      w.value(n.value());
      Optional<Ranked> rank = n.isCompared()
          ? c.ranking().rankOf(m.authority().orElseThrow()) : Optional.empty();
      if (rank.isPresent()) {
        w.number(rank.get().rank());
      } else {
        w.blank();
      }
      w.text(n.status().name());
      if (judged) {
        w.judgement(n.judgement());
      }
      w.end();
    }
    w.number(c.year()).text("neighbour mean").blank().blank().blank().blank().blank()
        .value(c.mean()).blank()
        .text("covered " + c.covered() + " of " + c.neighbours().size());
    if (judged) {
      w.judgement(Optional.empty());
    }
    w.end();
  }

  static void bands(EesCsv csv, QuartileBands b, Writer out) throws IOException {
    ResultCsv w = new ResultCsv(csv, out);
    csv.start(out, ImmutableList.<String>builder().add("time_period", "band", "rank")
        .addAll(AUTHORITY_COLUMNS).add(column(b.metric())).build());
    for (Ranked r : b.rows()) {
      Authority a = (Authority) r.area();
      w.number(b.year()).text(b.bandOf(a).orElseThrow().name()).number(r.rank()).authority(a)
          .value(Value.of(r.value())).end();
    }
    for (LeftOut l : b.leftOut()) {
      w.number(b.year()).blank().blank().authority((Authority) l.area())
          .value(Value.suppressed(l.reason())).end();
    }
  }

  static void judgementBands(EesCsv csv, JudgementBands jb, Writer out) throws IOException {
    ResultCsv w = new ResultCsv(csv, out);
    ImmutableList.Builder<String> columns = ImmutableList.<String>builder()
        .add("time_period", "metric", "ofsted_judgement");
    for (QuartileBand b : QuartileBand.values()) {
      columns.add("band_" + b.name().toLowerCase(Locale.ROOT));
    }
    csv.start(out, columns.add("total").build());
    String metric = column(jb.metric());
    for (JudgementBands.Row r : jb.rows()) {
      w.number(jb.year()).text(metric).text(r.label());
      for (QuartileBand b : QuartileBand.values()) {
        w.number(r.count(b));
      }
      w.number(r.total()).end();
    }
    w.number(jb.year()).text(metric).text("Total");
    for (QuartileBand b : QuartileBand.values()) {
      w.number(jb.bandTotal(b));
    }
    w.number(jb.total()).end();
  }

  // ------------------------------------------------------------------ cells

  private void comma() {
    if (cells++ > 0) {
      line.append(',');
    }
  }

  private ResultCsv text(String cell) {
    comma();
    csv.text(line, cell);
    return this;
  }

  private ResultCsv number(long n) {
    comma();
    line.append(n);
    return this;
  }

  private ResultCsv value(Value v) {
    comma();
    csv.value(line, v);
    return this;
  }

  private ResultCsv blank() {
    comma();
    return this;
  }

  private ResultCsv area(Area a) {
    text(a.level().label());
    if (a instanceof Authority au) {
      return authority(au);
    }
    return blank().text(a.code()).text(a.name());
  }

  private ResultCsv authority(Authority a) {
    return text(a.laNumber()).text(a.code()).text(a.name());
  }

  private ResultCsv judgement(Optional<Judgement> j) {
    judgement(csv, line, j);
    return this;
  }

  private void end() throws IOException {
    out.append(line.append('\n'));
    line.setLength(0);
    cells = 0;
  }
}
