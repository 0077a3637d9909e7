package io.github.csww;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@link Table} of each result but the ranking ({@link RankingTable}): one place that names
 * the columns, so the same concept has the same column in every result.
 */
final class ResultTables {
  private ResultTables() {}

  /** A machine name for an area's column in a comparison: its name in snake case. */
  static String slug(Area a) {
    String s = Names.normalise(a.label()).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "area_" + s : s;
  }

  static Table snapshots(List<Snapshot> snapshots, List<Metric> metrics) {
    List<Column> columns = new ArrayList<>();
    columns.add(AreaCells.YEAR);
    columns.addAll(AreaCells.AREA);
    metrics.forEach(m -> columns.add(Column.of(m)));
    Table.Builder t = Table.builder("Snapshots", columns);
    for (Snapshot s : snapshots) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.of(s.year()));
      cells.addAll(AreaCells.area(s.publishedArea()));
      metrics.forEach(m -> cells.add(Cell.of(s.value(m))));
      t.row(cells);
    }
    return t.build();
  }

  static Table comparison(Comparison c) {
    List<Column> columns = new ArrayList<>(List.of(Column.text("metric", "Metric").asDetail(),
        Column.text("label", "Metric (" + c.year() + ")"), Column.text("unit", "Unit")));
    List<String> seen = new ArrayList<>();
    for (Area a : c.columns()) {
      String name = slug(a);
      while (seen.contains(name)) {
        name = name + "_";
      }
      seen.add(name);
      // Each row is another metric: each cell carries its metric's published precision.
      columns.add(Column.number(name, a.label(), -1, ""));
    }
    Table.Builder t = Table.builder("Comparison, " + c.year(), columns);
    for (ComparisonRow r : c.rows()) {
      List<Cell> cells = new ArrayList<>(List.of(Cell.text(r.metric().columnName()),
          Cell.text(r.metric().label()), Cell.text(r.metric().unit().symbol())));
      int decimals = r.metric().unit().decimals();
      r.values().forEach(v -> cells.add(Cell.of(v, decimals)));
      t.row(cells);
    }
    t.note("Regions and England are the published regional and national rows; a London borough "
        + "is set against London.");
    for (Area a : c.absent()) {
      Optional<String> gone = a instanceof Authority au ? Reorganisation.notExisting(au, c.year())
          : Optional.empty();
      t.note(gone.map(g -> g + "; its cells read z.")
          .orElse(a.label() + " has no row for " + c.year() + ": its cells read x."));
    }
    if (c.hasJudgements() && !c.authorities().isEmpty()) {
      List<String> js = new ArrayList<>();
      for (Authority a : c.authorities()) {
        js.add(a.name() + ": " + judgementInWords(c, a));
      }
      t.note("Ofsted judgements in force on " + c.judgementDate().orElseThrow() + ": "
          + String.join("; ", js) + ".");
      judgementNotes(c, false).forEach(t::note);
    }
    return t.build();
  }

  /**
   * An authority's judgement in a comparison's note: {@code Good (published 2022-03-18)}; for a
   * combined return, its partners' ({@link PartnerJudgements#inWords()}), for example {@code
   * Kingston upon Thames Outstanding (inspected 2019-10-21, published 2019-12-19), Richmond upon
   * Thames Good (inspected 2022-01-31, published 2022-03-18)}.
   */
  private static String judgementInWords(Comparison c, Authority a) {
    Optional<Judgement> j = c.judgement(a);
    if (a.isCombined() && j.isPresent()) {
      return PartnerJudgements.of(c.joinedJudgements().orElseThrow(), a,
          c.judgementDate().orElseThrow()).inWords();
    }
    return j.map(x -> x.overall().label() + " (published " + x.published() + ")")
        .orElse("none in force");
  }

  /** What the judgements joined cover of a comparison's judgement date. */
  private static List<String> judgementNotes(Comparison c, boolean cells) {
    Optional<Judgements> joined = c.joinedJudgements();
    if (joined.isEmpty()) {
      return List.of();
    }
    LocalDate on = c.judgementDate().orElseThrow();
    JudgementNotes cover = new JudgementNotes(joined.get()).date(on);
    for (Authority a : c.authorities()) {
      if (c.snapshot(a).isPresent()) {
        cover.row(a, on, c.judgement(a));
      }
    }
    List<String> out = new ArrayList<>(cover.notes());
    if (cells) {
      cover.combinedNote().ifPresent(out::add);
    }
    return out;
  }

  /** A comparison with one row per area: the same concepts as every other table's rows. */
  static Table comparisonByArea(Comparison c) {
    List<Column> columns = new ArrayList<>();
    columns.add(AreaCells.YEAR);
    columns.addAll(AreaCells.AREA);
    c.metrics().forEach(m -> columns.add(Column.of(m)));
    if (c.hasJudgements()) {
      columns.addAll(AreaCells.JUDGEMENT);
    }
    Table.Builder t = Table.builder("Comparison, " + c.year(), columns);
    for (Area a : c.columns()) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.of(c.year()));
      cells.addAll(AreaCells.area(c.snapshot(a).map(Snapshot::publishedArea).orElse(a)));
      c.metrics().forEach(m -> cells.add(Cell.of(c.value(m, a))));
      if (c.hasJudgements()) {
        Optional<Judgement> j = a instanceof Authority au ? c.judgement(au) : Optional.empty();
        cells.addAll(j.isPresent()
            ? AreaCells.judgement(c.joinedJudgements().orElseThrow(), a,
                c.judgementDate().orElseThrow(), j)
            : AreaCells.judgement(j));
      }
      t.row(cells);
    }
    judgementNotes(c, true).forEach(t::note);
    return t.build();
  }

  static Table trend(Trend tr) {
    List<Column> columns = new ArrayList<>();
    columns.add(AreaCells.YEAR);
    AreaCells.AREA.forEach(c -> columns.add(c.asDetail())); // the title names the area
    Column value = Column.of(tr.metric());
    columns.add(value);
    columns.add(Column.integer("change_from", "From").asDetail());
    columns.add(changeColumn(tr.metric()));
    columns.add(Column.number("change_percent", "Change (%)", 1, Unit.PERCENT.symbol()));
    columns.add(Column.bool("comparable", "Comparable").asDetail());
    columns.add(Column.text("note", "Note"));
    Table.Builder t = Table.builder(tr.metric().label() + ", " + tr.area().label(), columns);
    for (int i = 0; i < tr.points().size(); i++) {
      Trend.Point p = tr.points().get(i);
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.of(p.year()));
      cells.addAll(AreaCells.area(tr.publishedArea(i))); // each year's code and name
      cells.add(Cell.of(p.value()));
      Optional<Trend.Change> ch = tr.change(p.year());
      if (ch.isPresent()) {
        Trend.Change x = ch.get();
        cells.add(Cell.of(x.fromYear()));
        cells.add(Cell.of(x.absolute()));
        cells.add(Cell.of(x.relative()));
        cells.add(Cell.of(x.comparable()));
        cells.add(Cell.text(x.comparable() ? ""
            : "not comparable: series break in " + x.breaks().get(0).year()));
      } else {
        cells.addAll(List.of(Cell.blank(), Cell.blank(), Cell.blank(), Cell.blank(),
            Cell.blank()));
      }
      t.row(cells);
    }
    if (tr.area() instanceof Authority a) {
      Reorganisation.seriesBreaks(a).forEach(t::note);
    }
    return t.build();
  }

  /**
   * The column of the absolute change in a metric: in the metric's unit, except that a change in
   * a percentage is in percentage points (14.9 % to 4.2 % is -10.7 percentage points, not
   * -10.7 %).
   */
  static Column changeColumn(Metric metric) {
    Unit unit = metric.unit() == Unit.PERCENT ? Unit.PERCENTAGE_POINTS : metric.unit();
    return Column.number("change", "Change", unit.decimals(), unit.symbol());
  }

  static Table neighbours(NeighbourComparison c) {
    boolean judged = c.ranking().hasJudgements();
    List<Column> columns = new ArrayList<>();
    columns.add(AreaCells.YEAR.asDetail());
    columns.add(Column.text("role", "Role"));
    columns.add(Column.integer("position", "#"));
    columns.add(Column.text("closeness", "Closeness"));
    columns.addAll(AreaCells.AREA);
    columns.add(Column.of(c.metric()));
    columns.add(Column.integer("rank", "Rank"));
    columns.add(Column.text("status", "Status"));
    if (judged) {
      columns.addAll(AreaCells.JUDGEMENT);
    }
    Table.Builder t = Table.builder(c.metric().label() + ", " + c.authority().name()
        + " against its statistical neighbours, " + c.year(), columns);
    List<Cell> own = new ArrayList<>(List.of(Cell.of(c.year()), Cell.text("authority"),
        Cell.blank(), Cell.blank()));
    own.addAll(AreaCells.area(asPublished(c.ranking(), c.authority())));
    own.add(Cell.of(c.value()));
    own.add(c.rank().isPresent() ? Cell.of(c.rank().getAsInt()) : Cell.blank());
    own.add(Cell.text(hasFigure(c.value()) ? "compared" : noFigure(c.value())));
    if (judged) {
      own.addAll(AreaCells.judgement(c.ranking().joinedJudgements(), c.authority(),
          LocalDate.of(c.year(), 9, 30), c.judgement()));
    }
    t.row(own);
    for (NeighbourValue n : c.neighbours()) {
      MatchedNeighbour m = n.neighbour();
      List<Cell> cells = new ArrayList<>(List.of(Cell.of(c.year()), Cell.text("neighbour"),
          Cell.of(m.position()), Cell.text(m.closeness().label())));
      if (m.authority().isPresent()) {
        cells.addAll(AreaCells.area(asPublished(c.ranking(), m.authority().get())));
      } else {
        cells.addAll(List.of(Cell.text(Level.LOCAL_AUTHORITY.label()),
            Cell.text(Integer.toString(m.laNumber())), Cell.blank(), Cell.text("(not held)"),
            Cell.blank()));
      }
      cells.add(Cell.of(n.value()));
      Optional<Ranked> rank = n.isCompared()
          ? c.ranking().rankOf(m.authority().orElseThrow()) : Optional.empty();
      cells.add(rank.map(r -> Cell.of(r.rank())).orElse(Cell.blank()));
      cells.add(Cell.text(n.isCompared() ? "compared"
          : n.status() == NeighbourValue.Status.NO_VALUE ? noFigure(n.value())
          : n.status().meaning()));
      if (judged) {
        cells.addAll(n.judgement().isPresent()
            ? AreaCells.judgement(c.ranking().joinedJudgements(), m.authority().orElseThrow(),
                LocalDate.of(c.year(), 9, 30), n.judgement())
            : AreaCells.judgement(n.judgement()));
      }
      t.row(cells);
    }
    List<Cell> mean = new ArrayList<>(List.of(Cell.of(c.year()), Cell.text("neighbour mean"),
        Cell.blank(), Cell.blank(), Cell.blank(), Cell.blank(), Cell.blank(),
        Cell.text("Neighbour mean"), Cell.blank(), Cell.of(c.mean()), Cell.blank(),
        Cell.text(c.covered() + " of " + c.neighbours().size() + " neighbours")));
    if (judged) {
      mean.addAll(AreaCells.judgement(Optional.empty()));
    }
    t.row(mean);
    if (c.rank().isPresent()) {
      t.note(c.authority().name() + " ranks " + c.rank().getAsInt() + " of "
          + c.ranking().size() + ": rank 1 is the highest of the authority and its compared "
          + "neighbours.");
    }
    t.note("Neighbour mean: " + meanRule(c.metric()) + " over the " + c.covered() + " of "
        + c.neighbours().size() + " neighbours with figures.");
    t.note("Statistical neighbours from " + c.model() + ".");
    if (judged) {
      LocalDate census = LocalDate.of(c.year(), 9, 30);
      JudgementNotes cover = new JudgementNotes(c.ranking().joinedJudgements()).date(census);
      cover.row(c.authority(), census, c.judgement());
      for (NeighbourValue n : c.neighbours()) {
        if (n.isCompared()) {
          cover.row(n.neighbour().authority().orElseThrow(), census, n.judgement());
        }
      }
      cover.notes().forEach(t::note);
      cover.combinedNote().ifPresent(t::note);
    }
    return t.build();
  }

  /** Whether a value is compared: a number, or low (ranked as the lowest). */
  private static boolean hasFigure(Value v) {
    return v.isPresent() || Measures.isLow(v);
  }

  /** The status of a row with no figure: {@code no figure: x (not available)}. */
  private static String noFigure(Value v) {
    return "no figure: " + v.suppression().map(Suppression::describe).orElse("none");
  }

  /**
   * The authority as its row of the ranking's year published it (that year's code and name),
   * else as the workforce holds it.
   */
  private static Area asPublished(Ranking ranking, Authority a) {
    return ranking.rankOf(a).<Area>map(r -> r.snapshot().publishedArea()).orElse(a);
  }

  /**
   * How a mean or total of the metric over areas is computed, in words: {@code "Σ agency workers
   * / (Σ agency workers + Σ social workers)"}.
   */
  static String meanRule(Metric metric) {
    if (metric.formula().isPresent()) {
      Formula f = metric.formula().get();
      List<String> parts = new ArrayList<>();
      for (Metric d : f.denominator()) {
        parts.add("Σ " + d.label().toLowerCase(Locale.ROOT));
      }
      return "Σ " + f.numerator().label().toLowerCase(Locale.ROOT) + " / "
          + (parts.size() == 1 ? parts.get(0) : "(" + String.join(" + ", parts) + ")");
    }
    if (metric == Metric.ABSENCE_RATE) {
      return "Σ working days lost / (Σ social workers × " + Aggregate.ABSENCE_WORKING_DAYS
          + " working days)";
    }
    return metric.weight().map(w -> "weighted by " + w.label().toLowerCase(Locale.ROOT))
        .orElse("plain mean");
  }

  /**
   * Who is left out of each total of a ratio, exactly: {@code "2 areas left out of the
   * numerator; 2 areas' agency workers left out of the denominator, their social workers kept"}.
   */
  static String leftOutOfTotals(Aggregate a) {
    List<String> parts = new ArrayList<>();
    int top = a.numeratorLeftOut().size();
    parts.add(top == 0 ? "no area left out of the numerator"
        : areas(top) + " left out of the numerator");
    int whole = a.denominatorLeftOut().size() - a.denominatorPartlyKept().size();
    if (whole > 0 || a.denominatorPartlyKept().isEmpty()) {
      parts.add(whole == 0 ? "no area left out of the denominator"
          : areas(whole) + " left out of " + (a.denominatorPartlyKept().isEmpty()
              ? "the denominator" : "all of the denominator"));
    }
    List<Metric> denominator = Aggregator.formula(a.metric()).map(Formula::denominator)
        .orElse(List.of());
    for (Metric d : denominator) {
      long n = a.denominatorPartlyKept().stream().filter(l -> l.measure().equals(d)).count();
      if (n == 0) {
        continue;
      }
      List<String> kept = new ArrayList<>();
      denominator.stream().filter(k -> k != d)
          .forEach(k -> kept.add(k.label().toLowerCase(Locale.ROOT)));
      parts.add(n + (n == 1 ? " area's " : " areas' ") + d.label().toLowerCase(Locale.ROOT)
          + " left out of the denominator, " + (n == 1 ? "its " : "their ")
          + String.join(" and ", kept) + " kept");
    }
    return String.join("; ", parts);
  }

  private static String areas(int n) {
    return n + (n == 1 ? " area" : " areas");
  }

  static Table bands(QuartileBands b) {
    boolean lowestFirst = b.polarity() == Polarity.HIGHER_IS_WORSE;
    List<Column> columns = new ArrayList<>();
    columns.add(AreaCells.YEAR);
    columns.add(Column.text("band", "Band"));
    // A ranking's rank runs from the highest value; a rank that runs the other way says so.
    columns.add(lowestFirst ? Column.integer("rank_lowest_first", "Rank (lowest first)")
        : Column.integer("rank", "Rank (highest first)"));
    columns.addAll(AreaCells.AREA);
    columns.add(Column.of(b.metric()));
    Table.Builder t = Table.builder(b.metric().label() + ", quartile bands"
        + b.region().map(r -> ", " + r.label()).orElse("") + ", " + b.year(), columns)
        .withLeftOutColumn();
    for (Ranked r : b.rows()) {
      List<Cell> cells = new ArrayList<>(List.of(Cell.of(b.year()),
          Cell.text(b.bandOf((Authority) r.area()).orElseThrow().name()), Cell.of(r.rank())));
      cells.addAll(AreaCells.area(r.snapshot().publishedArea()));
      cells.add(Cell.of(r.value()));
      t.row(cells);
    }
    for (LeftOut l : b.leftOut()) {
      List<Cell> cells = new ArrayList<>(List.of(Cell.of(b.year()), Cell.blank(), Cell.blank()));
      cells.addAll(AreaCells.area(l.area()));
      cells.add(l.suppression().map(s -> Cell.of(Value.suppressed(s))).orElse(Cell.blank()));
      t.leftOut(l.reason(), cells);
    }
    t.note(bandsOrder(b.polarity()) + " Band = floor(4 × (rank − 1) / n), ties share a band, n = "
        + b.size() + ".");
    b.region().ifPresent(r -> t.note("The bands are quarters of the authorities in " + r.label()
        + ", not in England."));
    return t.build();
  }

  /** Which quarter band A is and which way the ranks run, by polarity. */
  static String bandsOrder(Polarity polarity) {
    return switch (polarity) {
      case HIGHER_IS_WORSE -> "Band A is the best quarter: higher is worse, so ranks run from the "
          + "lowest value (rank 1), unlike a ranking's, which run from the highest.";
      case HIGHER_IS_BETTER -> "Band A is the best quarter: higher is better, so ranks run from "
          + "the highest value (rank 1), as a ranking's do.";
      case NEUTRAL -> "Band A holds the highest quarter: the metric is neutral (a higher value is "
          + "neither better nor worse), so no band is the best; ranks run from the highest value "
          + "(rank 1), as a ranking's do.";
    };
  }

  static Table judgementBands(JudgementBands jb) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text("ofsted_judgement", "Ofsted judgement on " + jb.censusDate()));
    for (QuartileBand b : QuartileBand.values()) {
      columns.add(Column.integer("band_" + b.name().toLowerCase(Locale.ROOT), b.name()));
    }
    columns.add(Column.integer("total", "Total"));
    Table.Builder t = Table.builder(jb.metric().label() + " band by Ofsted judgement, "
        + jb.bands().region().map(r -> r.label() + ", ").orElse("") + jb.year(), columns);
    for (JudgementBands.Row r : jb.rows()) {
      List<Cell> cells = new ArrayList<>(List.of(Cell.text(r.label())));
      for (QuartileBand b : QuartileBand.values()) {
        cells.add(Cell.of(r.count(b)));
      }
      cells.add(Cell.of(r.total()));
      t.row(cells);
    }
    List<Cell> totals = new ArrayList<>(List.of(Cell.text("Total")));
    for (QuartileBand b : QuartileBand.values()) {
      totals.add(Cell.of(jb.bandTotal(b)));
    }
    totals.add(Cell.of(jb.total()));
    t.row(totals);
    t.note(bandsOrder(jb.metric().polarity()) + " Judgements in force on the census date, "
        + jb.censusDate() + ".");
    jb.bands().region().ifPresent(r -> t.note("The bands are quarters of the authorities in "
        + r.label() + ", not in England."));
    List<String> differ = jb.judgedDifferently();
    if (!differ.isEmpty()) {
      t.note("Ofsted judges each council of a combined return separately: a combined return is "
          + "counted under a grade only when every council's judgement in force has that grade, "
          + "else in the row Partners judged differently: " + String.join("; ", differ) + ".");
    }
    JudgementNotes cover = new JudgementNotes(jb.joinedJudgements()).date(jb.censusDate());
    for (Ranked r : jb.bands().rows()) {
      cover.row((Authority) r.area(), jb.censusDate(), jb.judgement((Authority) r.area()));
    }
    cover.notes().forEach(t::note);
    return t.build();
  }

  static Table aggregate(Aggregate a, Area over) {
    Column value = Column.of(a.metric());
    List<Column> columns = new ArrayList<>();
    columns.add(AreaCells.YEAR);
    columns.addAll(AreaCells.AREA);
    columns.add(Column.text("metric", "Metric").asDetail());
    columns.add(value.renamed("recomputed", "Recomputed"));
    columns.add(value.renamed("published", "Published"));
    columns.add(Column.integer("covered", "Areas covered"));
    columns.add(Column.integer("left_out", "Areas left out"));
    Table.Builder t = Table.builder(a.metric().label() + ", " + over.label() + ", " + a.year(),
        columns).withLeftOutColumn();
    List<Cell> cells = new ArrayList<>();
    cells.add(Cell.of(a.year()));
    cells.addAll(AreaCells.area(over));
    cells.add(Cell.text(a.metric().columnName()));
    cells.add(Cell.of(a.value()));
    cells.add(a.published().map(Cell::of).orElse(Cell.blank()));
    cells.add(Cell.of(a.covered()));
    cells.add(Cell.of(a.leftOut().size()));
    t.row(cells);
    for (LeftOut l : a.leftOut()) {
      List<Cell> out = new ArrayList<>();
      out.add(Cell.of(l.year()));
      out.addAll(AreaCells.area(l.area()));
      out.add(Cell.text(a.metric().columnName()));
      out.add(l.suppression().map(s -> Cell.of(Value.suppressed(s))).orElse(Cell.blank()));
      out.addAll(List.of(Cell.blank(), Cell.blank(), Cell.blank()));
      t.leftOut(l.reason(), out);
    }
    t.note(a.metric() == Metric.ABSENCE_RATE ? "Recomputed as Σ days lost / (Σ FTE × "
        + Aggregate.ABSENCE_WORKING_DAYS + " working days), coverage " + a.coverage() + "."
        : a.metric().isRatio() ? "Recomputed as " + meanRule(a.metric()) + ", coverage "
            + a.coverage() + ": " + leftOutOfTotals(a) + "."
        : "Recomputed as the sum over the areas that publish it.");
    if (a.errorBound() > 0) {
      t.note("low figures count as zero: the value is off by at most "
          + new java.math.BigDecimal(a.errorBound()).round(new java.math.MathContext(2))
              .toPlainString() + ".");
    }
    a.flags().forEach(t::note);
    t.note("The published figure is never replaced; the two can differ.");
    return t.build();
  }
}
