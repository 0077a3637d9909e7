package io.github.csww;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the {@link Table} of a {@link Ranking}. */
final class RankingTable {
  private RankingTable() {}

  static Table of(Ranking ranking, Measure measure, List<Ranked> rows, List<LeftOut> leftOut,
      List<String> notes, Ranking.Context context) {
    boolean judged = context.judgements().isPresent();
    List<Column> columns = new ArrayList<>();
    columns.add(Column.integer("rank", "Rank"));
    columns.add(AreaCells.YEAR);
    columns.addAll(AreaCells.AREA);
    columns.addAll(Measures.columns(measure));
    if (judged) {
      columns.addAll(AreaCells.JUDGEMENT);
    }
    Table.Builder t = Table.builder(title(ranking, measure, context.region()), columns)
        .withLeftOutColumn();
    for (Ranked r : rows) {
      List<Cell> cells = new ArrayList<>(columns.size());
      cells.add(Cell.of(r.rank()));
      cells.add(Cell.of(r.year()));
      cells.addAll(AreaCells.area(r.snapshot().publishedArea()));
      cells.addAll(Measures.cells(measure, r.snapshot(), context.finder()));
      if (judged) {
        cells.addAll(AreaCells.judgement(context.judgements().get(), r.area(),
            context.judgementDate().orElse(r.snapshot().censusDate()), r.judgement()));
      }
      t.row(cells);
    }
    for (LeftOut l : leftOut) {
      Optional<Snapshot> s = context.finder().find(l.area(), l.year());
      List<Cell> cells = new ArrayList<>(columns.size());
      cells.add(Cell.blank());
      cells.add(Cell.of(l.year()));
      cells.addAll(AreaCells.area(s.map(Snapshot::publishedArea).orElse(l.area())));
      if (s.isPresent()) {
        cells.addAll(Measures.cells(measure, s.get(), context.finder()));
      } else {
        for (int i = 0; i < Measures.columns(measure).size(); i++) {
          cells.add(l.suppression().map(x -> Cell.of(Value.suppressed(x))).orElse(Cell.blank()));
        }
      }
      if (judged) {
        cells.addAll(AreaCells.judgement(Optional.empty()));
      }
      t.leftOut(l.reason(), cells);
    }
    context.region().ifPresent(r -> t.note("Ranks are within " + r.label() + ", not England."));
    notes.forEach(t::note);
    if (!leftOut.isEmpty()) {
      t.note(leftOut.size() + (leftOut.size() == 1 ? " area is" : " areas are")
          + " left out: the measure has no number for them.");
    }
    if (judged) {
      t.note(context.judgementDate().map(d -> "Ofsted judgements in force on " + d + ".")
          .orElse("Ofsted judgements in force on each row's census date (30 September)."));
      JudgementNotes cover = new JudgementNotes(context.judgements().get());
      for (int year : ranking.years()) {
        cover.date(context.judgementDate().orElse(LocalDate.of(year, 9, 30)));
      }
      for (Ranked r : rows) {
        if (r.area() instanceof Authority a) {
          cover.row(a, context.judgementDate().orElse(r.snapshot().censusDate()), r.judgement());
        }
      }
      cover.notes().forEach(t::note);
      cover.combinedNote().ifPresent(t::note);
    }
    return t.build();
  }

  /**
   * For example {@code Average caseload (cases per FTE), London, 2025, highest first}: the
   * measure, the region the view is narrowed to (ranks are within it), the years and the order.
   */
  private static String title(Ranking ranking, Measure measure, Optional<Region> region) {
    List<Integer> years = ranking.years();
    String when = years.isEmpty() ? "" : years.size() == 1 ? ", " + years.get(0)
        : ", " + years.get(0) + " to " + years.get(years.size() - 1) + " (ranked within each year)";
    String unit = measure.unit().symbol();
    return measure.label() + (measure.label().contains(unit) ? "" : " (" + unit + ")")
        + region.map(r -> ", " + r.label()).orElse("") + when
        + order(ranking.isAscending() != ranking.reversed())
        + (ranking.reversed() ? " (ranks counted from the " + (ranking.isAscending() ? "lowest"
            : "highest") + ")" : "");
  }

  /** The order the rows run in: lowest value first, or highest. */
  private static String order(boolean lowestFirst) {
    return lowestFirst ? ", lowest first" : ", highest first";
  }
}
