package io.github.csww;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The columns every result uses for the same concepts: an area, a year, a judgement. One place,
 * so every table and every command names them alike.
 */
final class AreaCells {
  static final Column YEAR = Column.integer("time_period", "Year");
  static final List<Column> AREA = List.of(
      Column.text("geographic_level", "Level").asDetail(),
      Column.text("old_la_code", "LA number"),
      Column.text("area_code", "Code").asDetail(),
      Column.text("area_name", "Area"),
      Column.text("region_name", "Region"));
  static final List<Column> JUDGEMENT = List.of(
      Column.text("ofsted_judgement", "Ofsted judgement"),
      Column.date("ofsted_inspected", "Inspected"),
      Column.date("ofsted_published", "Published"));

  private AreaCells() {}

  /** The {@link #AREA} cells of an area as published in a year. */
  static List<Cell> area(Area area) {
    String laNumber = area instanceof Authority a ? a.laNumber() : "";
    String region = area instanceof Authority a ? a.region().label()
        : area instanceof Region r && !r.isEnglishRegion() ? r.englishRegion().label() : "";
    return List.of(Cell.text(area.level().label()), Cell.text(laNumber), Cell.text(area.code()),
        Cell.text(area.label()), Cell.text(region));
  }

  /**
   * The {@link #JUDGEMENT} cells of an area on a date, given the judgement a result found for it
   * ({@link Judgements#inForce}, the latest of a combined return's partners): blank when it found
   * none; for a combined return, its partners' judgements ({@link PartnerJudgements#cells()});
   * otherwise those of the judgement given.
   */
  static List<Cell> judgement(Judgements judgements, Area area, LocalDate date,
      Optional<Judgement> judgement) {
    return judgement.isPresent() && area instanceof Authority a && a.isCombined()
        ? PartnerJudgements.of(judgements, a, date).cells() : judgement(judgement);
  }

  /** The {@link #JUDGEMENT} cells, blank when none is in force. */
  static List<Cell> judgement(Optional<Judgement> judgement) {
    if (judgement.isEmpty()) {
      return List.of(Cell.blank(), Cell.blank(), Cell.blank());
    }
    Judgement j = judgement.get();
    return List.of(Cell.text(j.overall().label()), Cell.of(j.inspected()),
        Cell.of(j.published()));
  }
}
