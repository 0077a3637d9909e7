package io.github.csww.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON shapes of csww's results, written with Jackson's streaming generator: flat objects a
 * script reads without knowing csww. The shapes are documented on {@code
 * io.github.csww.io.WorkforceJson}. Every key of a shape is always written, {@code null} where a
 * cell has nothing (an area with no LA number, a change with no earlier point), except {@code
 * judgement}, written only where judgements are joined.
 */
public final class ResultJson {
  /** The {@code version} of every result document. */
  public static final int VERSION = 1;

  private ResultJson() {}

  /** Something written to a generator. */
  @FunctionalInterface
  private interface Body {
    void writeTo(JsonGenerator g) throws IOException;
  }

  private static String json(String format, Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonCodec.factory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("format", format);
      g.writeNumberField("version", VERSION);
      body.writeTo(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.append('\n').toString();
  }

  // ------------------------------------------------------------------ the shapes

  /** A ranking. */
  public static String ranking(Ranking r) {
    return json("csww-ranking", g -> {
      metric(g, r.metric());
      Set<Integer> years = new TreeSet<>();
      r.rows().forEach(x -> years.add(x.year()));
      r.leftOut().forEach(x -> years.add(x.year()));
      g.writeFieldName("year");
      if (years.size() == 1) {
        g.writeNumber(years.iterator().next());
      } else {
        g.writeNull();
      }
      g.writeStringField("order", r.isAscending() ? "ascending" : "descending");
      if (r.hasJudgements()) {
        g.writeFieldName("judgementDate");
        if (r.judgementDate().isPresent()) {
          g.writeString(r.judgementDate().get().toString());
        } else {
          g.writeNull(); // each row's census date
        }
      }
      g.writeArrayFieldStart("rows");
      for (Ranked x : r.rows()) {
        g.writeStartObject();
        g.writeNumberField("rank", x.rank());
        g.writeNumberField("year", x.year());
        area(g, x.area());
        g.writeFieldName("value");
        number(g, x.value());
        if (r.hasJudgements()) {
          judgement(g, x.judgement());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      leftOut(g, r.leftOut());
    });
  }

  /** A comparison: an object per area. */
  public static String comparison(Comparison c) {
    return json("csww-comparison", g -> {
      g.writeNumberField("year", c.year());
      g.writeArrayFieldStart("metrics");
      for (Metric m : c.metrics()) {
        g.writeStartObject();
        metric(g, m);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("areas");
      for (int i = 0; i < c.columns().size(); i++) {
        Area a = c.columns().get(i);
        g.writeStartObject();
        area(g, a);
        g.writeObjectFieldStart("values");
        for (ComparisonRow row : c.rows()) {
          g.writeFieldName(row.metric().name());
          value(g, row.value(i));
        }
        g.writeEndObject();
        if (c.hasJudgements()) {
          judgement(g, a instanceof Authority au ? c.judgement(au) : Optional.empty());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  /** A trend: an object per point. */
  public static String trend(Trend t) {
    return json("csww-trend", g -> {
      metric(g, t.metric());
      g.writeObjectFieldStart("area");
      area(g, t.area());
      g.writeEndObject();
      g.writeArrayFieldStart("rows");
      for (Trend.Point p : t.points()) {
        g.writeStartObject();
        g.writeNumberField("year", p.year());
        g.writeFieldName("value");
        value(g, p.value());
        Optional<Trend.Change> change = t.change(p.year());
        if (change.isPresent()) {
          Trend.Change c = change.get();
          g.writeNumberField("changeFrom", c.fromYear());
          g.writeFieldName("change");
          number(g, c.absolute());
          g.writeFieldName("changePercent");
          value(g, c.relative());
          g.writeBooleanField("comparable", c.comparable());
          g.writeArrayFieldStart("seriesBreaks");
          for (SeriesBreak b : c.breaks()) {
            g.writeNumber(b.year());
          }
          g.writeEndArray();
        } else {
          for (String f : new String[] {"changeFrom", "change", "changePercent", "comparable"}) {
            g.writeNullField(f);
          }
          g.writeArrayFieldStart("seriesBreaks");
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  /** An authority against its statistical neighbours. */
  public static String neighbours(NeighbourComparison c) {
    boolean judged = c.ranking().hasJudgements();
    return json("csww-neighbour-comparison", g -> {
      metric(g, c.metric());
      g.writeNumberField("year", c.year());
      g.writeStringField("model", c.model());
      g.writeObjectFieldStart("authority");
      area(g, c.authority());
      g.writeFieldName("value");
      value(g, c.value());
      rank(g, c.rank());
      if (judged) {
        judgement(g, c.judgement());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("neighbours");
      for (NeighbourValue n : c.neighbours()) {
        MatchedNeighbour m = n.neighbour();
        g.writeStartObject();
        g.writeNumberField("position", m.position());
        g.writeStringField("closeness", m.closeness().label());
        if (m.authority().isPresent()) {
          area(g, m.authority().get());
        } else {
          g.writeStringField("level", "Local authority");
          g.writeStringField("laNumber", Integer.toString(m.laNumber()));
          g.writeNullField("code");
          g.writeNullField("name");
        }
        g.writeFieldName("value");
        value(g, n.value());
        g.writeStringField("status", n.status().name());
        Optional<Ranked> ranked = n.isCompared()
            ? c.ranking().rankOf(m.authority().orElseThrow()) : Optional.empty();
        rank(g, ranked.isPresent() ? OptionalInt.of(ranked.get().rank()) : OptionalInt.empty());
        if (judged) {
          judgement(g, n.judgement());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeFieldName("mean");
      value(g, c.mean());
      g.writeNumberField("covered", c.covered());
      g.writeNumberField("ranked", c.ranking().size());
      leftOut(g, c.leftOut());
    });
  }

  /** Quartile bands. */
  public static String bands(QuartileBands b) {
    return json("csww-quartile-bands", g -> {
      metric(g, b.metric());
      g.writeNumberField("year", b.year());
      g.writeStringField("polarity", b.polarity().name());
      g.writeArrayFieldStart("boundaries");
      for (QuartileBands.Boundary x : b.boundaries()) {
        g.writeStartObject();
        g.writeStringField("band", x.band().name());
        g.writeFieldName("lowest");
        number(g, x.lowest());
        g.writeFieldName("highest");
        number(g, x.highest());
        g.writeNumberField("size", x.size());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rows");
      for (Ranked r : b.rows()) {
        Authority a = (Authority) r.area();
        g.writeStartObject();
        g.writeStringField("band", b.bandOf(a).orElseThrow().name());
        g.writeNumberField("rank", r.rank());
        area(g, a);
        g.writeFieldName("value");
        number(g, r.value());
        g.writeEndObject();
      }
      g.writeEndArray();
      leftOut(g, b.leftOut());
    });
  }

  /** A cross-tab of judgement against quartile band. */
  public static String judgementBands(JudgementBands jb) {
    return json("csww-judgement-bands", g -> {
      metric(g, jb.metric());
      g.writeNumberField("year", jb.year());
      g.writeStringField("censusDate", jb.censusDate().toString());
      g.writeStringField("polarity", jb.bands().polarity().name());
      g.writeArrayFieldStart("rows");
      for (JudgementBands.Row r : jb.rows()) {
        g.writeStartObject();
        g.writeStringField("judgement", r.label());
        g.writeFieldName("gradeNumber");
        if (r.grade().isPresent()) {
          g.writeNumber(r.grade().get().number());
        } else {
          g.writeNull();
        }
        for (QuartileBand b : QuartileBand.values()) {
          g.writeNumberField(b.name(), r.count(b));
        }
        g.writeNumberField("total", r.total());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("bandTotals");
      for (QuartileBand b : QuartileBand.values()) {
        g.writeNumberField(b.name(), jb.bandTotal(b));
      }
      g.writeEndObject();
      g.writeNumberField("total", jb.total());
      leftOut(g, jb.bands().leftOut());
    });
  }

  // ------------------------------------------------------------------ parts

  /** {@code "metric": "CASELOAD", "label": "Average caseload", "unit": "cases per FTE"}. */
  private static void metric(JsonGenerator g, Metric m) throws IOException {
    g.writeStringField("metric", m.name());
    g.writeStringField("label", m.label());
    g.writeStringField("unit", m.unit().symbol());
  }

  /** {@code "level", "laNumber", "code", "name"}, {@code laNumber} null but for authorities. */
  private static void area(JsonGenerator g, Area a) throws IOException {
    g.writeStringField("level", a.level().label());
    if (a instanceof Authority au) {
      g.writeStringField("laNumber", au.laNumber());
    } else {
      g.writeNullField("laNumber");
    }
    g.writeStringField("code", a.code());
    g.writeStringField("name", a.name());
  }

  private static void leftOut(JsonGenerator g, Iterable<LeftOut> leftOut) throws IOException {
    g.writeArrayFieldStart("leftOut");
    for (LeftOut l : leftOut) {
      g.writeStartObject();
      g.writeNumberField("year", l.year());
      area(g, l.area());
      g.writeStringField("value", l.reason().marker());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void rank(JsonGenerator g, OptionalInt rank) throws IOException {
    g.writeFieldName("rank");
    if (rank.isPresent()) {
      g.writeNumber(rank.getAsInt());
    } else {
      g.writeNull();
    }
  }

  /**
   * {@code "judgement": {"grade": "Good", "gradeNumber": 2, "inspected": "2023-11-06",
   * "published": "2024-01-12", "framework": "ILACS"}}, or {@code null} when none was in force.
   */
  static void judgement(JsonGenerator g, Optional<Judgement> judgement) throws IOException {
    g.writeFieldName("judgement");
    if (judgement.isEmpty()) {
      g.writeNull();
      return;
    }
    Judgement j = judgement.get();
    g.writeStartObject();
    g.writeStringField("grade", j.overall().label());
    g.writeNumberField("gradeNumber", j.overall().number());
    g.writeStringField("inspected", j.inspected().toString());
    g.writeStringField("published", j.published().toString());
    g.writeStringField("framework", j.framework());
    g.writeEndObject();
  }

  /** A number or a suppression marker. */
  private static void value(JsonGenerator g, Value v) throws IOException {
    if (v.isPresent()) {
      number(g, v.doubleValue());
    } else {
      g.writeString(v.suppression().orElseThrow().marker());
    }
  }

  /** A whole number without a fraction ({@code 151}), any other as Java prints it. */
  private static void number(JsonGenerator g, double d) throws IOException {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      g.writeNumber((long) d);
    } else {
      g.writeNumber(d);
    }
  }
}
