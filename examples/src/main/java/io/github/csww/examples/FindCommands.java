package io.github.csww.examples;

import io.github.csww.Authority;
import io.github.csww.Cell;
import io.github.csww.Column;
import io.github.csww.Formula;
import io.github.csww.Level;
import io.github.csww.LoadReport;
import io.github.csww.Metric;
import io.github.csww.Reorganisation;
import io.github.csww.Snapshot;
import io.github.csww.Suppression;
import io.github.csww.Table;
import io.github.csww.Workforce;
import io.github.csww.io.EesLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code csww metrics}, {@code csww authorities} and {@code csww info}: finding your way. */
final class FindCommands {
  static final String LINKS_NOTE = "Predecessors and successors: from the reorganisations "
      + "csww knows (2019 Dorset, Bournemouth and Poole; 2021 Northamptonshire; 2023 Cumbria), "
      + "the links trend names; an authority the data does not hold is given by its LA number.";

  private FindCommands() {}

  /** {@code csww metrics}: every metric, its names, unit, polarity, formula and years. */
  static final class Metrics implements Callable<Integer> {
    Cli cli;
    DataOptions data = new DataOptions();
    Output.Options format = new Output.Options();

    /**
     * {@code metrics}' model, on a new object whose parent is {@code cli}.
     *
     * @param cli the root command's object
     * @return the command's model
     */
    static CommandSpec spec(Cli cli) {
      Metrics c = new Metrics();
      c.cli = cli;
      CommandSpec spec = CliModel.command(c, "metrics", "%nExample:%n",
          new String[] {"  csww metrics --format markdown"}, "Every metric: its command-line "
              + "name, its column names in both EES layouts, unit, polarity, formula, and the "
              + "years the data has figures for it.");
      return CliModel.withStandardHelp(CliModel.with(spec, c.data.options(), c.format.options()));
    }

    @Override
    public Integer call() throws IOException {
      Output output = format.output(cli);
      DataOptions.Data d = data.load(cli);
      Table.Builder t = Table.builder("Metrics", List.of(
          Column.text("metric", "Metric"), Column.text("enum_name", "Enum name").asDetail(),
          Column.text("label", "Label"), Column.text("column_2025", "Column (2025 layout)"),
          Column.text("column_2022", "Column (2022 layout)"), Column.text("unit", "Unit"),
          Column.text("polarity", "Polarity"), Column.text("formula", "Formula"),
          Column.text("years", "Years with figures")));
      for (Metric m : Metric.values()) {
        SortedSet<Integer> years = new TreeSet<>();
        for (Snapshot s : d.workforce.snapshots()) {
          if (s.has(m)) {
            years.add(s.year());
          }
        }
        t.row(Cell.text(m.displayName()), Cell.text(m.name()), Cell.text(m.label()),
            Cell.text(m.columnName()), Cell.text(m.legacyColumnName().orElse("")),
            Cell.text(m.unit().symbol()),
            Cell.text(m.polarity().name().toLowerCase(Locale.ROOT).replace('_', ' ')),
            Cell.text(m.formula().map(FindCommands::formula).orElse("")),
            Cell.text(years.isEmpty() ? "none" : ranges(years)));
      }
      t.note("A metric is named by its command-line name (agency-rate), its enum name "
          + "(AGENCY_RATE) or its column name in either layout (agency_rate_fte, "
          + "agency_worker_rate_fte_%).");
      output.print(t.build(), d.notes, d.sources);
      return 0;
    }
  }

  /** A formula as column names: {@code agency_fte / (agency_fte + inpost_fte) x 100}. */
  static String formula(Formula f) {
    List<String> den = new ArrayList<>();
    f.denominator().forEach(m -> den.add(m.columnName()));
    String d = den.size() == 1 ? den.get(0) : "(" + String.join(" + ", den) + ")";
    return f.numerator().columnName() + " / " + d + (f.scale() == 1 ? "" : " x "
        + (f.scale() == Math.rint(f.scale()) ? Long.toString((long) f.scale())
        : Double.toString(f.scale())));
  }

  /** Years as ranges: {@code 2017..2019, 2021..2025}. */
  static String ranges(SortedSet<Integer> years) {
    List<String> parts = new ArrayList<>();
    Integer start = null;
    Integer prev = null;
    for (int y : years) {
      if (start == null) {
        start = y;
      } else if (y != prev + 1) {
        parts.add(start.equals(prev) ? "" + start : start + ".." + prev);
        start = y;
      }
      prev = y;
    }
    parts.add(start.equals(prev) ? "" + start : start + ".." + prev);
    return String.join(", ", parts);
  }

  /** {@code csww authorities}: LA numbers, codes, names over time, region and years. */
  static final class Authorities implements Callable<Integer> {
    Cli cli;
    DataOptions data = new DataOptions();
    Output.Options format = new Output.Options();
    String query;

    /**
     * {@code authorities}' model, on a new object whose parent is {@code cli}.
     *
     * @param cli the root command's object
     * @return the command's model
     */
    static CommandSpec spec(Cli cli) {
      Authorities c = new Authorities();
      c.cli = cli;
      CommandSpec spec = CliModel.command(c, "authorities", "%nExample:%n",
          new String[] {"  csww authorities cumbria"}, "The authorities of the data, or those "
              + "matching QUERY (a name or part of one, an LA number or an ONS code): LA "
              + "numbers, codes and names over time, region, the years each reported, "
              + "predecessors and successors.");
      CliModel.with(spec, c.data.options(), c.format.options());
      return CliModel.withStandardHelp(spec
          .addPositional(CliModel.<String>parameter(String.class, () -> c.query,
              v -> c.query = v).index("0").paramLabel("QUERY").arity("0..1")
              .description("A name or part of one, an LA number or an ONS code.").build()));
    }

    @Override
    public Integer call() throws IOException {
      Output output = format.output(cli);
      DataOptions.Data d = data.load(cli);
      Workforce wf = d.workforce;
      List<Authority> all = new ArrayList<>(wf.authorities());
      all.sort(Comparator.comparing(Authority::name));
      List<Authority> chosen = new ArrayList<>();
      if (query == null) {
        chosen.addAll(all);
      } else {
        String q = query.strip().toLowerCase(Locale.ROOT);
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\b"
            + java.util.regex.Pattern.quote(q));
        for (Authority a : all) {
          if (a.names().stream().anyMatch(n -> word.matcher(n.toLowerCase(Locale.ROOT)).find())
              || a.laNumbers().stream().anyMatch(n -> Integer.toString(n).equals(q))
              || a.allCodes().stream().anyMatch(c -> c.equalsIgnoreCase(q))) {
            chosen.add(a);
          }
        }
        if (chosen.isEmpty()) {
          wf.find(query).ifPresent(chosen::add);
        }
        if (chosen.isEmpty()) {
          wf.area(query); // throws UnknownAreaException with the closest names, if any
        }
      }
      Table.Builder t = Table.builder(query == null ? "Authorities" : "Authorities matching "
          + query, List.of(Column.text("old_la_code", "LA number"),
              Column.text("area_codes", "Codes"), Column.text("area_names", "Names"),
              Column.text("region_name", "Region"), Column.text("years", "Years reported"),
              Column.text("predecessors", "Predecessors"),
              Column.text("successors", "Successors")));
      for (Authority a : chosen) {
        SortedSet<Integer> years = new TreeSet<>();
        wf.authority(a).snapshots().forEach(s -> years.add(s.year()));
        t.row(Cell.text(a.laNumber()), Cell.text(String.join("; ", a.codes())),
            Cell.text(String.join("; ", a.names())), Cell.text(a.region().label()),
            Cell.text(years.isEmpty() ? "" : ranges(years)), Cell.text(links(wf, a, false)),
            Cell.text(links(wf, a, true)));
      }
      t.note(chosen.size() + (chosen.size() == 1 ? " authority." : " authorities."));
      t.note(LINKS_NOTE);
      output.print(t.build(), d.notes, d.sources);
      return 0;
    }
  }

  /**
   * The authorities a known {@link Reorganisation} links to {@code a}, as {@link
   * Reorganisation#seriesBreaks} names them for {@code csww trend}: {@code "Cumberland (942);
   * Westmorland and Furness (943)"} for Cumbria's successors. The links are {@code a}'s own
   * ({@link Reorganisation#successorsOf(Authority)}, {@link
   * Reorganisation#predecessorsOf(Authority)}), not the whole event's: Poole's successor is
   * Bournemouth, Christchurch and Poole alone. An LA number the data does not hold is given alone;
   * a combined return is named once.
   *
   * @param successors true for the authorities that replaced {@code a}, false for those it
   *     replaced
   * @return the authorities joined by {@code "; "}, or empty when no reorganisation links them
   */
  static String links(Workforce wf, Authority a, boolean successors) {
    Set<String> out = new LinkedHashSet<>();
    for (Reorganisation r : Reorganisation.involving(a)) {
      for (int n : successors ? r.successorsOf(a) : r.predecessorsOf(a)) {
        out.add(wf.find(Integer.toString(n)).map(o -> o.name() + " (" + o.laNumber() + ")")
            .orElse(Integer.toString(n)));
      }
    }
    return String.join("; ", out);
  }

  /** {@code csww info}: what a file holds. */
  static final class Info implements Callable<Integer> {
    Cli cli;
    DataOptions data = new DataOptions();
    Output.Options format = new Output.Options();
    String file;

    /**
     * {@code info}'s model, on a new object whose parent is {@code cli}.
     *
     * @param cli the root command's object
     * @return the command's model
     */
    static CommandSpec spec(Cli cli) {
      Info c = new Info();
      c.cli = cli;
      CommandSpec spec = CliModel.command(c, "info", "%nExample:%n",
          new String[] {"  csww info csww_headline_measures_2017_to_2022.csv"}, "What a "
              + "workforce file holds: its layout, years, rows, suppression markers by kind, "
              + "areas, and how many authorities have a figure for each metric.");
      return CliModel.withStandardHelp(CliModel.with(spec, c.data.options(), c.format.options())
          .addPositional(CliModel.<String>parameter(String.class, () -> c.file,
              v -> c.file = v).index("0").paramLabel("FILE").arity("0..1")
              .description("The file (same as --file); default: the bundled 2025 release.")
              .build()));
    }

    @Override
    public Integer call() throws IOException {
      Output output = format.output(cli);
      if (file != null) {
        if (data.file != null && !data.file.equals(file)) {
          throw new Cli.UsageException("info takes one file: got " + file + " and --file "
              + data.file);
        }
        data.file = file;
      }
      DataOptions.Data d = data.load(cli);
      output.print(info(d.workforce), d.notes, d.sources);
      return 0;
    }
  }

  /**
   * The table of {@code csww info}: what the file holds, counted as the file has it. Markers are
   * counted over the cells of the file's metric columns only: a metric its layout lacks (the 2022
   * layout's starters) reads as {@code x} in every snapshot but is not a cell of the file. The
   * 2022 layout gives a combined return as the lead's row and a row of {@code z} for the partner,
   * which the loader folds into one snapshot ({@link LoadReport#rowsKept()} counts both rows);
   * each folded row is counted here as a local-authority row and its cells as {@code z}, so the
   * area rows add up to the rows kept.
   */
  static Table info(Workforce wf) {
    LoadReport r = wf.report();
    Optional<EesLayout> layout = CommonOptions.layout(r);
    List<Metric> columns = new ArrayList<>();
    for (Metric m : Metric.values()) {
      if (layout.map(l -> l.column(m).isPresent()).orElse(true)) {
        columns.add(m);
      }
    }
    // Rows kept that are no snapshot of their own: partner rows folded into a combined return.
    long folded = Math.max(0, r.rowsKept() - wf.snapshots().size());
    Table.Builder t = Table.builder("What " + r.source() + " holds", List.of(
        Column.text("topic", "Topic"), Column.text("item", "Item"),
        Column.text("value", "Value")));
    t.row(Cell.text("layout"), Cell.text("format"), Cell.text(r.format()));
    t.row(Cell.text("years"), Cell.text(wf.years().size() + " years"),
        Cell.text(wf.years().isEmpty() ? "" : ranges(wf.years())));
    t.row(Cell.text("rows"), Cell.text("read"), Cell.text(Long.toString(r.rowsRead())));
    t.row(Cell.text("rows"), Cell.text("kept"), Cell.text(Long.toString(r.rowsKept())));
    if (folded > 0) {
      t.row(Cell.text("rows"), Cell.text("folded into combined returns"),
          Cell.text(Long.toString(folded)));
    }
    t.row(Cell.text("rows"), Cell.text("skipped"), Cell.text(Integer.toString(r.skipped().size())));
    if (!r.unknownColumns().isEmpty()) {
      t.row(Cell.text("columns"), Cell.text("not recognised"),
          Cell.text(String.join(", ", r.unknownColumns())));
    }
    Map<Level, Long> levels = new EnumMap<>(Level.class);
    Map<Suppression, Long> markers = new EnumMap<>(Suppression.class);
    List<Snapshot> las = new ArrayList<>();
    SortedSet<String> combined = new TreeSet<>();
    for (Snapshot s : wf.snapshots()) {
      levels.merge(s.area().level(), 1L, Long::sum);
      if (s.area().level() == Level.LOCAL_AUTHORITY) {
        las.add(s);
        if (((Authority) s.area()).isCombined()) {
          combined.add(((Authority) s.area()).laNumber());
        }
      }
      for (Metric m : columns) {
        s.value(m).suppression().ifPresent(x -> markers.merge(x, 1L, Long::sum));
      }
    }
    if (folded > 0) {
      levels.merge(Level.LOCAL_AUTHORITY, folded, Long::sum);
      markers.merge(Suppression.NOT_APPLICABLE, folded * columns.size(), Long::sum);
    }
    for (Map.Entry<Level, Long> e : levels.entrySet()) {
      t.row(Cell.text("areas"), Cell.text(e.getKey().label() + " rows"),
          Cell.text(Long.toString(e.getValue())));
    }
    t.row(Cell.text("areas"), Cell.text("authorities"),
        Cell.text(Integer.toString(wf.authorities().size())));
    for (Map.Entry<Suppression, Long> e : markers.entrySet()) {
      t.row(Cell.text("markers"), Cell.text(e.getKey().marker() + " (" + e.getKey().meaning()
          + ")"), Cell.text(Long.toString(e.getValue())));
    }
    for (Metric m : Metric.values()) {
      if (!columns.contains(m)) {
        t.row(Cell.text("coverage"), Cell.text(m.displayName()),
            Cell.text("not in the " + layout.get().label()));
        continue;
      }
      int with = 0;
      for (Snapshot s : las) {
        with += s.has(m) ? 1 : 0;
      }
      t.row(Cell.text("coverage"), Cell.text(m.displayName()), Cell.text(with + " of "
          + las.size() + " authority-years"
          + (las.isEmpty() ? "" : String.format(Locale.ROOT, " (%.0f%%)",
              100.0 * with / las.size()))));
    }
    t.note("Markers are counted over the cells of the file's metric columns"
        + (columns.size() < Metric.values().length ? " (" + columns.size() + " in the "
            + layout.get().label() + "; a metric it lacks is not counted)" : "")
        + "; coverage counts local-authority rows with a number.");
    if (folded > 0) {
      t.note(folded + (folded == 1 ? " partner row" : " partner rows") + " of z, which the "
          + layout.map(EesLayout::label).orElse("file") + " gives beside the lead's row of a "
          + "combined return, " + (folded == 1 ? "was" : "were") + " folded on load into "
          + String.join(", ", combined) + ": counted here among local-authority rows and "
          + "their cells as z (the loader folds only rows of z and x, so an x among them would "
          + "be counted as z); authorities and coverage count each combined return once.");
    }
    return t.build();
  }
}
