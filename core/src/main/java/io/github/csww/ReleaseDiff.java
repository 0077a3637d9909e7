package io.github.csww;

import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two releases of the publication side by side: every (area, year, metric) whose published value
 * was revised, with both values, and the years and areas present in only one release. Either EES
 * layout may be on either side; an authority is matched by its first LA number, so the 2022
 * layout's {@code 940} row meets the 2025 layout's {@code 940 / 941}.
 *
 * <p>Its table has the columns {@code time_period}, the area columns every result uses ({@code
 * geographic_level,old_la_code,area_code,area_name,region_name}), then {@code
 * metric,unit,old,new,status}. {@code old} and {@code new} are numbers (or the publisher's
 * suppression marker, such as {@code x}) in the metric's {@code unit}; {@code status} is {@code
 * revised}, {@code only in older} or {@code only in newer}. A row for an area and year present
 * in only one release has a blank metric, unit, old and new. A metric that one release does not
 * publish at all (starters before the 2025 layout) is not compared.
 *
 * <pre>{@code
 * ReleaseDiff d = Workforce.diff(Workforce.load(older), Workforce.load(newer));
 * d.revisions();        // England 2017 caseload_fte 17.8 -> 17.7, ...
 * System.out.print(d.format(Format.CSV));
 * }</pre>
 */
public final class ReleaseDiff implements Result {

  /**
   * One published value that differs between the releases.
   *
   * @param year the reporting year
   * @param area the area, as the newer release names it
   * @param metric the metric
   * @param older the value in the older release
   * @param newer the value in the newer release
   */
  public record Revision(int year, Area area, Metric metric, Value older, Value newer) {
    /**
     * Checks the parts.
     *
     * @param year the year
     * @param area the area
     * @param metric the metric
     * @param older the older value
     * @param newer the newer value
     */
    public Revision {
      checkNotNull(area, "area is null");
      checkNotNull(metric, "metric is null");
      checkNotNull(older, "older is null");
      checkNotNull(newer, "newer is null");
    }
  }

  private final List<Revision> revisions;
  private final List<Snapshot> onlyInOlder;
  private final List<Snapshot> onlyInNewer;
  /** The area of each revision as the newer release's row published it that year. */
  private final List<Area> revisedAs;

  private ReleaseDiff(List<Revision> revisions, List<Area> revisedAs, List<Snapshot> onlyInOlder,
      List<Snapshot> onlyInNewer) {
    this.revisions = ImmutableList.copyOf(revisions);
    this.revisedAs = ImmutableList.copyOf(revisedAs);
    this.onlyInOlder = ImmutableList.copyOf(onlyInOlder);
    this.onlyInNewer = ImmutableList.copyOf(onlyInNewer);
  }

  static ReleaseDiff of(Workforce older, Workforce newer) {
    Map<String, Snapshot> old = index(older.snapshots());
    Map<String, Snapshot> now = index(newer.snapshots());
    Set<Metric> compared = published(older.snapshots());
    compared.retainAll(published(newer.snapshots()));
    List<Revision> revisions = new ArrayList<>();
    List<Area> revisedAs = new ArrayList<>();
    List<Snapshot> onlyNewer = new ArrayList<>();
    for (Map.Entry<String, Snapshot> e : now.entrySet()) {
      Snapshot n = e.getValue();
      Snapshot o = old.get(e.getKey());
      if (o == null) {
        onlyNewer.add(n);
        continue;
      }
      for (Metric m : compared) {
        if (!o.value(m).equals(n.value(m))) {
          revisions.add(new Revision(n.year(), n.area(), m, o.value(m), n.value(m)));
          revisedAs.add(n.publishedArea());
        }
      }
    }
    List<Snapshot> onlyOlder = new ArrayList<>();
    old.forEach((k, s) -> {
      if (!now.containsKey(k)) {
        onlyOlder.add(s);
      }
    });
    return new ReleaseDiff(revisions, revisedAs, onlyOlder, onlyNewer);
  }

  private static Map<String, Snapshot> index(List<Snapshot> snapshots) {
    Map<String, Snapshot> out = new LinkedHashMap<>();
    for (Snapshot s : snapshots) {
      String area = s.area() instanceof Authority a ? "LA " + a.laNumbers().get(0)
          : s.area().code();
      out.putIfAbsent(s.year() + " " + area, s);
    }
    return out;
  }

  /** The metrics a release publishes: those with a cell other than {@code x} somewhere. */
  private static Set<Metric> published(List<Snapshot> snapshots) {
    Set<Metric> out = EnumSet.noneOf(Metric.class);
    for (Snapshot s : snapshots) {
      for (Metric m : Metric.values()) {
        if (s.value(m).suppression().filter(x -> x == Suppression.NOT_AVAILABLE).isEmpty()) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /**
   * Every revised value, in the newer release's order.
   *
   * @return the revisions
   */
  public List<Revision> revisions() {
    return revisions;
  }

  /**
   * The revision of one cell, if there is one.
   *
   * @param area the area, as either release names it
   * @param year the year
   * @param metric the metric
   * @return the revision, or empty when the value was not revised
   */
  public Optional<Revision> revision(Area area, int year, Metric metric) {
    checkNotNull(area, "area is null");
    checkNotNull(metric, "metric is null");
    String key = area instanceof Authority a ? "LA " + a.laNumbers().get(0) : area.code();
    for (Revision r : revisions) {
      String k = r.area() instanceof Authority a ? "LA " + a.laNumbers().get(0) : r.area().code();
      if (r.year() == year && r.metric() == metric && k.equals(key)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The area-years the older release has and the newer does not.
   *
   * @return the snapshots of the older release
   */
  public List<Snapshot> onlyInOlder() {
    return onlyInOlder;
  }

  /**
   * The area-years the newer release has and the older does not.
   *
   * @return the snapshots of the newer release
   */
  public List<Snapshot> onlyInNewer() {
    return onlyInNewer;
  }

  /**
   * The diff as a table: {@code time_period}, the area columns, then {@code
   * metric,unit,old,new,status}; see the class description.
   *
   * @return the table
   */
  @Override
  public Table table() {
    List<Column> columns = new ArrayList<>();
    columns.add(AreaCells.YEAR);
    columns.addAll(AreaCells.AREA);
    columns.addAll(List.of(Column.text("metric", "Metric"), Column.text("unit", "Unit"),
        Column.number("old", "Old", -1, ""), Column.number("new", "New", -1, ""),
        Column.text("status", "Status")));
    Table.Builder t = Table.builder("Revisions between two releases", columns);
    for (int i = 0; i < revisions.size(); i++) {
      Revision r = revisions.get(i);
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.of(r.year()));
      cells.addAll(AreaCells.area(revisedAs.get(i))); // the code and name of the row's year
      cells.addAll(List.of(Cell.text(r.metric().columnName()),
          Cell.text(r.metric().unit().symbol()), Cell.of(r.older()), Cell.of(r.newer()),
          Cell.text("revised")));
      t.row(cells);
    }
    for (boolean older : new boolean[] {true, false}) {
      for (Snapshot s : older ? onlyInOlder : onlyInNewer) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.of(s.year()));
        cells.addAll(AreaCells.area(s.publishedArea()));
        cells.addAll(List.of(Cell.blank(), Cell.blank(), Cell.blank(), Cell.blank(),
            Cell.text(older ? "only in older" : "only in newer")));
        t.row(cells);
      }
    }
    Set<Integer> years = new TreeSet<>();
    onlyInNewer.forEach(s -> years.add(s.year()));
    t.note(revisions.size() + " values revised; " + onlyInOlder.size()
        + " area-years only in the older release, " + onlyInNewer.size()
        + " only in the newer" + (years.isEmpty() ? "" : " (years " + years + ")") + ".");
    return t.build();
  }

  /** For example {@code ReleaseDiff[1234 revisions, 2 only in older, 489 only in newer]}. */
  @Override
  public String toString() {
    return "ReleaseDiff[" + revisions.size() + " revisions, " + onlyInOlder.size()
        + " only in older, " + onlyInNewer.size() + " only in newer]";
  }
}
