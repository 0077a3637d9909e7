package io.github.csww.io;

import static io.github.csww.Metric.CASELOAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.csww.Area;
import io.github.csww.Authority;
import io.github.csww.England;
import io.github.csww.Level;
import io.github.csww.LoadException;
import io.github.csww.Metric;
import io.github.csww.Ranked;
import io.github.csww.Region;
import io.github.csww.Snapshot;
import io.github.csww.Suppression;
import io.github.csww.Value;
import io.github.csww.Workforce;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two published releases in {@code ../shared/data}, loaded whole and checked against
 * figures read from the files with a separate, naive CSV split (and, for the counts, counted by
 * hand with {@code cut | sort | uniq -c}). Skipped when the folder is absent.
 */
class PublishedFilesTest {
  private static final String FILE_2025 = "csww_indicators_2017_to_2025.csv";
  private static final String FILE_2022 = "csww_headline_measures_2017_to_2022.csv";
  private static final List<String> TOP_5_2017 = List.of("Staffordshire", "Shropshire",
      "Kingston upon Hull, City of", "Southampton", "Blackburn with Darwen");

  private static Path data;

  @BeforeAll
  static void findData() {
    data = sharedData();
  }

  /** {@code ../shared/data} beside the project root (the folder holding {@code mvnw}). */
  static Path sharedData() {
    String configured = System.getProperty("csww.data");
    if (configured != null) {
      return Path.of(configured);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    return dir == null || dir.getParent() == null ? Path.of("../shared/data")
        : dir.getParent().resolve("shared").resolve("data");
  }

  private static Path file(String name) {
    Path f = data.resolve(name);
    assumeTrue(Files.isRegularFile(f), "published data not found: " + f + "; tests on the "
        + "real files need the folder ../shared/data beside the project (or -Dcsww.data=DIR)");
    return f;
  }

  private static Workforce load(String name) throws IOException {
    return Workforce.load(file(name));
  }

  @Test
  void load_2025File_top5Caseload2017IsAsPublished() throws IOException {
    Workforce wf = Workforce.load(file(FILE_2025));

    List<Ranked> top = wf.year(2017).rankBy(CASELOAD).top(5).rows();

    assertThat(top).extracting(r -> r.area().label()).containsExactlyElementsOf(TOP_5_2017);
    assertThat(top).extracting(Ranked::value).containsExactly(26.4, 25.1, 24.5, 23.9, 23.8);
  }

  @Test
  void load_2022File_top5Caseload2017IsTheSame() throws IOException {
    Workforce wf = Workforce.load(file(FILE_2022));

    List<Ranked> top = wf.year(2017).rankBy(CASELOAD).top(5).rows();

    assertThat(top).extracting(r -> r.area().label()).containsExactlyElementsOf(TOP_5_2017);
  }

  @Test
  void load_2025File_rowCountsPerLevelAndYear() throws IOException {
    Workforce wf = load(FILE_2025);

    assertThat(wf.report().format()).isEqualTo("EES CSV (2025 layout)");
    assertThat(wf.report().rowsRead()).isEqualTo(1463);
    assertThat(wf.report().isClean()).isTrue();
    assertThat(counts(wf)).isEqualTo(Map.of(
        2017, "1/11/151", 2018, "1/11/151", 2019, "1/11/150", 2020, "1/11/150",
        2021, "1/11/150", 2022, "1/11/150", 2023, "1/11/151", 2024, "1/11/151",
        2025, "1/11/151"));
  }

  @Test
  void load_2022File_rowCountsPerLevelAndYear() throws IOException {
    Workforce wf = load(FILE_2022);

    assertThat(wf.report().format()).isEqualTo("EES CSV (2022 layout)");
    assertThat(wf.report().rowsRead()).isEqualTo(978);
    assertThat(wf.report().isClean()).isTrue();
    assertThat(counts(wf)).isEqualTo(Map.of(
        2017, "1/11/151", 2018, "1/11/151", 2019, "1/11/150", 2020, "1/11/150",
        2021, "1/11/150", 2022, "1/11/150"));
    // the z rows of 318 and 941 in 2021 and 2022 are folded into 314 / 318 and 940 / 941
    assertThat(wf.report().rowsKept()).isEqualTo(978);
  }

  /** For each year, "national/regional/local authority" row counts. */
  private static Map<Integer, String> counts(Workforce wf) {
    Map<Integer, int[]> n = new TreeMap<>();
    for (Snapshot s : wf.snapshots()) {
      n.computeIfAbsent(s.year(), y -> new int[3])[s.area().level().ordinal()]++;
    }
    Map<Integer, String> out = new TreeMap<>();
    n.forEach((y, c) -> out.put(y, c[0] + "/" + c[1] + "/" + c[2]));
    return out;
  }

  @Test
  void load_bothFiles_everyPublishedCellIsReadAsWritten() throws IOException {
    for (EesLayout layout : EesLayout.values()) {
      String name = layout == EesLayout.LAYOUT_2025 ? FILE_2025 : FILE_2022;
      Workforce wf = load(name);
      List<List<String>> rows = naiveRead(file(name));
      List<String> header = rows.get(0);
      int cells = 0;
      int folded = 0;
      for (List<String> row : rows.subList(1, rows.size())) {
        Snapshot s = find(wf, header, row);
        String la = row.get(header.indexOf("old_la_code"));
        if (s.area() instanceof Authority a && a.isCombined() && !a.laNumber().equals(la)
            && !a.laNumbers().get(0).toString().equals(la)) {
          folded++; // a 2022-layout z row of a partner, folded into its combined return
          continue;
        }
        for (int i = 0; i < header.size(); i++) {
          Optional<Metric> m = layout.metric(header.get(i));
          if (m.isPresent()) {
            assertThat(s.value(m.get())).as("%s %s %s", name, row.subList(0, 10), header.get(i))
                .isEqualTo(expected(row.get(i)));
            cells++;
          }
        }
      }
      assertThat(cells).isEqualTo((rows.size() - 1 - folded) * layout.metricColumns().size());
      assertThat(folded).isEqualTo(layout == EesLayout.LAYOUT_2022 ? 4 : 0);
    }
  }

  @Test
  void load_bothFiles_suppressionMarkersAreCountedAsPublished() throws IOException {
    // Markers counted in the metric columns of each file with a separate script.
    assertThat(markers(load(FILE_2025), EesLayout.LAYOUT_2025)).isEqualTo(Map.of(
        Suppression.NOT_AVAILABLE, 98, Suppression.NOT_APPLICABLE, 81,
        Suppression.LOW_RELIABILITY, 51, Suppression.ROUNDS_TO_ZERO, 12,
        Suppression.CONFIDENTIAL, 8));
    // 88 z in the file, 80 of them in the four partner rows folded into combined returns
    assertThat(markers(load(FILE_2022), EesLayout.LAYOUT_2022)).isEqualTo(Map.of(
        Suppression.NOT_APPLICABLE, 8, Suppression.NOT_AVAILABLE, 34,
        Suppression.CONFIDENTIAL, 8));
  }

  private static Map<Suppression, Integer> markers(Workforce wf, EesLayout layout) {
    Map<Suppression, Integer> out = new EnumMap<>(Suppression.class);
    for (Snapshot s : wf.snapshots()) {
      for (Metric m : Metric.values()) {
        if (layout.column(m).isPresent() && !s.has(m)) {
          out.merge(s.value(m).suppression().orElseThrow(), 1, Integer::sum);
        }
      }
    }
    return out;
  }

  @Test
  void load_handfulOfValues_matchTheFiles() throws IOException {
    Workforce now = load(FILE_2025);
    Workforce then = load(FILE_2022);

    Snapshot england2025 = now.year(2025).england().orElseThrow();
    assertThat(england2025.value(Metric.SOCIAL_WORKERS)).isEqualTo(Value.of(36186.3));
    assertThat(england2025.value(Metric.CASES)).isEqualTo(Value.of(321661));
    assertThat(england2025.value(Metric.STARTERS)).isEqualTo(Value.of(5837.8));
    assertThat(now.year(2025).snapshot(Region.NORTH_EAST).orElseThrow()
        .value(Metric.SOCIAL_WORKERS)).isEqualTo(Value.of(2299.3));
    assertThat(now.authority("Kingston upon Hull").snapshot(2025).orElseThrow()
        .value(CASELOAD)).isEqualTo(Value.of(17.3));
    assertThat(then.year(2022).england().orElseThrow().value(Metric.SOCIAL_WORKERS))
        .isEqualTo(Value.of(31634.1));
    assertThat(then.year(2022).england().orElseThrow().value(Metric.STARTERS))
        .isEqualTo(Value.suppressed(Suppression.NOT_AVAILABLE));
    Snapshot kingston2017 = then.authority("314").snapshot(2017).orElseThrow();
    assertThat(kingston2017.value(Metric.AGENCY_COVER))
        .isEqualTo(Value.suppressed(Suppression.NOT_AVAILABLE));
    assertThat(kingston2017.value(Metric.CASES)).isEqualTo(Value.of(666));
  }

  @Test
  void load_bothFiles_agreeWhereThePublisherDidNotRevise() throws IOException {
    Workforce now = load(FILE_2025).year(2022);
    Workforce then = load(FILE_2022).year(2022);
    // For 2022 both releases publish the same figures for these metrics (checked cell by cell
    // with a separate script); the common areas are England, 11 regions and 148 authorities.
    List<Metric> unrevised = List.of(Metric.SOCIAL_WORKERS, Metric.SOCIAL_WORKERS_HEADCOUNT,
        Metric.AGENCY_WORKERS, Metric.VACANCIES, Metric.CASE_HOLDERS, Metric.CASES,
        Metric.CASELOAD, Metric.DAYS_LOST);
    Map<String, Snapshot> older = new HashMap<>();
    for (Snapshot s : then.snapshots()) {
      older.put(key(s.area()), s);
    }
    int common = 0;
    for (Snapshot s : now.snapshots()) {
      Snapshot o = older.get(key(s.area()));
      if (o == null) {
        continue;
      }
      common++;
      for (Metric m : unrevised) {
        assertThat(s.value(m)).as("%s %s", s.area(), m).isEqualTo(o.value(m));
      }
    }
    // 160 before the 2022 layout's combined returns were folded; now 314 / 318 and 940 / 941 too
    assertThat(common).isEqualTo(162);
  }

  @Test
  void load_bothFiles_keepTheirOwnRevisedFigures() throws IOException {
    // Camden's 2017 cases were revised from 1,193 (2022 release) to 1,140 (2025 release).
    assertThat(load(FILE_2025).authority("Camden").snapshot(2017).orElseThrow()
        .value(Metric.CASES)).isEqualTo(Value.of(1140));
    assertThat(load(FILE_2022).authority("Camden").snapshot(2017).orElseThrow()
        .value(Metric.CASES)).isEqualTo(Value.of(1193));
  }

  @Test
  void load_combinedReturns_asEachReleasePublishesThem() throws IOException {
    Workforce now = load(FILE_2025);
    Workforce then = load(FILE_2022);

    Authority kr = now.find("Richmond upon Thames").orElseThrow();
    assertThat(kr.laNumbers()).containsExactly(314, 318);
    assertThat(now.authority(kr).snapshots()).hasSize(9);
    assertThat(now.find("North Northamptonshire").orElseThrow().laNumbers())
        .containsExactly(940, 941);

    // the 2022 layout's 314 row with a z row for 318 is the same unit as 314 / 318, and so are
    // Kingston's rows of 2017 to 2020 (no 318 row), as the 2025 release republished them
    Authority richmond = then.find("318").orElseThrow();
    assertThat(richmond.laNumbers()).containsExactly(314, 318);
    assertThat(then.find("E09000021 / E09000027")).contains(richmond);
    assertThat(then.find("314")).contains(richmond);
    assertThat(then.authorities()).filteredOn(a -> a.laNumbers().contains(314)).hasSize(1);
    assertThat(then.authority(richmond).snapshots()).extracting(Snapshot::year)
        .containsExactly(2017, 2018, 2019, 2020, 2021, 2022);
    assertThat(then.authority("Kingston upon Thames").trend(CASELOAD).table().rows()).hasSize(6);
    assertThat(then.authority(richmond).snapshot(2020).orElseThrow().value(CASELOAD))
        .isEqualTo(Value.of(14.7));
    assertThat(then.year(2021).rankBy(CASELOAD).rankOf("314")).isPresent();
    assertThat(then.year(2017).authority("Kingston upon Thames").authority()).isEqualTo(richmond);
    assertThat(then.authority(richmond).snapshot(2022).orElseThrow().value(CASELOAD))
        .isEqualTo(Value.of(13.1));
    assertThat(then.find("941").orElseThrow().laNumbers()).containsExactly(940, 941);
    assertThat(then.find("941")).isEqualTo(then.find("940 / 941"));
  }

  @Test
  void load_codeChanges_keepOneAuthorityPerLaNumber() throws IOException {
    Workforce now = load(FILE_2025);

    assertThat(now.find("933").orElseThrow().codes()).containsExactly("E10000027", "E06000066");
    assertThat(now.find("E08000016")).isEqualTo(now.find("E08000038"));
    assertThat(now.authority("Barnsley").snapshots()).hasSize(9);
  }

  @Test
  void load_otherEesPublication_isRefusedWithAClearMessage() {
    Path cin = file("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Workforce.load(cin))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith(cin + ":1: the header is not the children's social work "
            + "workforce publication: expected a column inpost_fte (2025 layout) or "
            + "social_worker_fte (2022 layout), found 'time_period,time_identifier,");
  }

  // ------------------------------------------------------------------ the naive reading

  private static Value expected(String cell) {
    Optional<Suppression> s = Suppression.fromMarker(cell);
    return s.isPresent() ? Value.suppressed(s.get()) : Value.of(Double.parseDouble(cell));
  }

  private static Snapshot find(Workforce wf, List<String> header, List<String> row) {
    int year = Integer.parseInt(row.get(header.indexOf("time_period")));
    Level level = Level.fromLabel(row.get(header.indexOf("geographic_level"))).orElseThrow();
    String region = row.get(header.indexOf("region_code"));
    String la = row.get(header.indexOf("old_la_code"));
    for (Snapshot s : wf.year(year).level(level).snapshots()) {
      boolean match = switch (level) {
        case NATIONAL -> true;
        case REGIONAL -> s.area().code().equals(region);
        case LOCAL_AUTHORITY -> ((Authority) s.area()).laNumber().equals(la)
            || (la.matches("\\d+")
                && ((Authority) s.area()).laNumbers().contains(Integer.parseInt(la)));
      };
      if (match) {
        return s;
      }
    }
    throw new AssertionError("no snapshot for " + row.subList(0, 10));
  }

  private static String key(Area a) {
    if (a instanceof Authority x) {
      return x.laNumber();
    }
    return a == England.INSTANCE ? "England" : a.code();
  }

  /** Splits lines on commas outside double quotes; enough for these files. */
  private static List<List<String>> naiveRead(Path f) throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      if (out.isEmpty() && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (char c : line.toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ',' && !quoted) {
          cells.add(cell.toString());
          cell.setLength(0);
        } else {
          cell.append(c);
        }
      }
      cells.add(cell.toString());
      out.add(cells);
    }
    return out;
  }
}
