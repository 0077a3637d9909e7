package io.github.csww.io;

import static io.github.csww.Metric.AGENCY_RATE;
import static io.github.csww.Metric.AGENCY_WORKERS;
import static io.github.csww.Metric.CASE_HOLDERS;
import static io.github.csww.Metric.TURNOVER_RATE;
import static io.github.csww.Metric.CASELOAD;
import static io.github.csww.Metric.CASES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.csww.Aggregate;
import io.github.csww.AuthorityView;
import io.github.csww.Correlation;
import io.github.csww.CorrelationOptions;
import io.github.csww.Indicators;
import io.github.csww.PeriodAlignment;
import io.github.csww.Format;
import io.github.csww.Grade;
import io.github.csww.Measure;
import io.github.csww.LeftOut;
import io.github.csww.LoadOptions;
import io.github.csww.LoadReport;
import io.github.csww.NeighbourComparison;
import io.github.csww.QuartileBands;
import io.github.csww.Ranked;
import io.github.csww.Ranking;
import io.github.csww.Region;
import io.github.csww.Trend;
import io.github.csww.Workforce;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java examples in README.md, verbatim: each block must appear in this file (so it compiles
 * as written) and runs here on the published files in {@code ../shared/data}.
 */
class ReadmeTest {
  private static final java.nio.file.Path README = java.nio.file.Path.of("..", "README.md");
  private static final java.nio.file.Path SOURCE =
      java.nio.file.Path.of("src/test/java/io/github/csww/io/ReadmeTest.java");
  private static final java.nio.file.Path DATA = java.nio.file.Path.of("..", "..", "shared",
      "data");

  /**
   * Stands in for {@link java.nio.file.Path} inside the README blocks, so that {@code
   * Path.of("file")} finds the published file in {@code ../shared/data}, or the file a test wrote.
   */
  static final class Path {
    static java.nio.file.Path edited;

    static java.nio.file.Path of(String name) {
      return name.equals("edited.csv") ? edited : DATA.resolve(name);
    }
  }

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private PrintStream originalOut;

  @BeforeEach
  void captureOut() {
    originalOut = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOut() {
    System.setOut(originalOut);
  }

  private static void assumeData() {
    assumeTrue(Files.isDirectory(DATA),
        "skipped: the published files are not in " + DATA.toAbsolutePath().normalize()
            + " (CI has them at ../shared/data)");
  }

  @Test
  void readme_everyJavaBlock_isInThisFile() throws IOException {
    String readme = Files.readString(README);
    String source = squash(Files.readString(SOURCE));
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).hasSize(6);
    for (String block : blocks) {
      StringBuilder code = new StringBuilder();
      for (String line : block.split("\n")) {
        if (!line.startsWith("import ")) {
          code.append(line).append('\n');
        }
      }
      assertThat(source).as("README block compiled in ReadmeTest:%n%s", block)
          .contains(squash(code.toString()));
    }
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @Test
  void firstScreen_example_printsTheFiveHighestCaseloadsOf2017() throws IOException {
    assumeData();
    Workforce wf = Workforce.load(Path.of("csww_indicators_2017_to_2025.csv"));
    for (Ranked r : wf.year(2017).rankBy(CASELOAD).top(5)) {
      System.out.println(r.rank() + ". " + r.area().label() + ": " + r.value());
    }
    System.out.print(wf.year(2017).rankBy(CASELOAD).top(10).format(Format.CSV)); // or TEXT, JSON, MARKDOWN
    System.out.println(wf.year(2017).aggregate(CASELOAD)); // England: recomputed and published

    String out = printed.toString(StandardCharsets.UTF_8);
    assertThat(out).startsWith("1. Staffordshire: 26.4\n"
        + "2. Shropshire: 25.1\n"
        + "3. Kingston upon Hull, City of: 24.5\n"
        + "4. Southampton: 23.9\n"
        + "5. Blackburn with Darwen: 23.8\n"
        + "rank,time_period,geographic_level,old_la_code,area_code,area_name,region_name,"
        + "caseload_fte,left_out_reason\n"
        + "1,2017,Local authority,860,E10000028,Staffordshire,West Midlands,26.4,\n")
        .contains("\nCASELOAD 2017: ").contains("published 17.7");
  }

  @Test
  void tour_example_runs() throws IOException {
    assumeData();
    Workforce wf = Workforce.load(Path.of("csww_indicators_2017_to_2025.csv"));

    // Rank: latest year and local authorities unless you say otherwise; highest first.
    Ranking caseloads = wf.rankBy(CASELOAD);
    Ranking highest = caseloads.top(5);                   // knows the rows tied with the fifth
    Ranking lowest = caseloads.bottom(5);                 // lowest first, each keeps its rank
    Ranking withTies = caseloads.topWithTies(10);         // like FETCH FIRST 10 ROWS WITH TIES
    List<LeftOut> suppressed = caseloads.leftOut();       // never ranked, never lost: each has a reason
    System.out.print(highest.format(Format.TEXT));        // the rows, then the ties cut and the notes

    // Filter: London includes Inner and Outer London; a region by name or code.
    wf.year(2017).region(Region.LONDON).rankBy(AGENCY_RATE).bottom(3);
    wf.year(2025).region("West Midlands").rankBy(CASELOAD).rankOf("Staffordshire");
    wf.years(2019, 2025).where(s -> s.has(CASES)).snapshots();

    // Several years rank within each year, like SQL's PARTITION BY year.
    Ranking eachYear = wf.years(2019, 2025).rankBy(CASELOAD).top(3);

    // Aggregate: Σ cases / Σ case holders over the authorities that have both, beside the
    // published England figure, with how many areas were covered and left out.
    Aggregate england = wf.year(2017).aggregate(CASELOAD);

    // Look up by name (any spelling of case and punctuation), LA number or any ONS code it has had.
    AuthorityView somerset = wf.authority("Somerset");    // also "933", "E10000027", "E06000066"
    Trend trend = somerset.trend(CASELOAD);                // 2017 to 2025 across its code change

    // Compare side by side with each authority's region and England.
    System.out.print(wf.year(2017).compare("Staffordshire", "Shropshire").format(Format.TEXT));

    // Quartile bands: A is the best quarter by the metric's polarity (lowest caseload).
    QuartileBands bands = wf.year(2025).bands(CASELOAD);

    assertThat(highest.rows()).hasSize(5);
    assertThat(lowest.rows().get(0).value()).isLessThanOrEqualTo(lowest.rows().get(4).value());
    assertThat(withTies.rows()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(suppressed).allSatisfy(l -> assertThat(l.year()).isEqualTo(2025));
    assertThat(eachYear.years()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025);
    assertThat(eachYear.rows()).hasSizeGreaterThanOrEqualTo(21)
        .allSatisfy(r -> assertThat(r.rank()).isLessThanOrEqualTo(3));
    assertThat(england.published()).isPresent();
    assertThat(england.value().doubleValue()).isCloseTo(316_647 / 17_840.6, within(0.05));
    assertThat(wf.authority("E10000027").authority()).isEqualTo(somerset.authority());
    assertThat(trend.points()).hasSize(9);
    assertThat(bands.size()).isEqualTo(caseloads.size());
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Average caseload");
  }

  @Test
  void chains_example_runs() throws IOException {
    assumeData();
    Workforce wf = Workforce.load(Path.of("csww_indicators_2017_to_2025.csv"));
    Workforce joined = wf
        .withNeighbours(StatisticalNeighboursReader.read(Path.of("sn_model_2025_wide.csv")))
        .withJudgements(OfstedReader.read(Path.of("LA_Inspection_Outcomes_as_at_31_March_2025.ods")));

    wf.rankBy(Measure.change(TURNOVER_RATE, 2022, 2023)).top(5);     // the largest rises in turnover
    wf.rankBy(Measure.ratio(AGENCY_WORKERS, CASE_HOLDERS)).top(5);   // agency FTE per case holder
    wf.year(2025).rankBy(CASELOAD).worst(5);                         // highest caseloads, rank 1 worst
    joined.year(2023).rankBy(CASELOAD).grade(Grade.INADEQUATE).aboveEngland();
    joined.year(2025).authority("Staffordshire").compareWithNeighbours()
        .metrics(CASELOAD, TURNOVER_RATE, AGENCY_RATE);

    assertThat(wf.rankBy(Measure.change(TURNOVER_RATE, 2022, 2023)).top(1).single().area()
        .label()).isEqualTo("Manchester");
    assertThat(wf.rankBy(Measure.ratio(AGENCY_WORKERS, CASE_HOLDERS)).top(5).rows()).hasSize(5);
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }

  @Test
  void joined_example_runs() throws IOException {
    assumeData();
    Workforce wf = Workforce.load(Path.of("csww_indicators_2017_to_2025.csv"));
    Workforce joined = wf
        .withNeighbours(StatisticalNeighboursReader.read(Path.of("sn_model_2025_wide.csv")))
        .withJudgements(OfstedReader.read(Path.of("LA_Inspection_Outcomes_as_at_31_March_2025.ods")));

    NeighbourComparison staffs = joined.authority("Staffordshire").againstNeighbours(CASELOAD);
    staffs.mean();   // Σ cases / Σ case holders over the neighbours
    staffs.rank();   // its rank among itself and its ten neighbours

    for (Ranked r : joined.rankBy(CASELOAD).top(5)) {     // judgement in force on 30 September
      System.out.println(r.area().label() + " " + r.judgement().map(j -> j.overall().label()));
    }

    assertThat(staffs.neighbours()).hasSize(10);
    assertThat(staffs.rank()).isPresent();
    assertThat(printed.toString(StandardCharsets.UTF_8).lines()).hasSize(5)
        .allSatisfy(line -> assertThat(line).contains("Optional["));
  }

  @Test
  void indicators_example_answersTheRereferralQuestion() throws IOException {
    assumeData();
    Workforce wf = Workforce.load(Path.of("csww_indicators_2017_to_2025.csv"));
    Indicators cin = IndicatorReader.load(Path.of("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"));
    Correlation c = Correlation.spearman(wf.year(2023), CASELOAD, cin, "rereferral_percent",
        PeriodAlignment.childrenInNeedYear(), CorrelationOptions.defaults());
    System.out.print(c.format(Format.TEXT));   // n, rho, p-value, bootstrap interval, who is left out

    assertThat(c.n()).isEqualTo(147);
    assertThat(c.rho()).isCloseTo(0.270, within(0.0005));
    assertThat(c.pValue()).isEqualTo(0.001);
    assertThat(c.interval().lower()).isCloseTo(0.109, within(0.0005));
    assertThat(c.interval().upper()).isCloseTo(0.417, within(0.0005));
    assertThat(c.leftOut()).hasSize(4);
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("0.2704", "4 left out: ");
  }

  @Test
  void lenient_example_reportsEverySkippedRow() throws IOException {
    assumeData();
    List<String> lines = new ArrayList<>(Files.readAllLines(
        DATA.resolve("csww_indicators_2017_to_2025.csv"), StandardCharsets.UTF_8));
    lines.set(5, lines.get(5).replaceFirst(",Reporting year,Regional,", ",Reporting year,Planet,"));
    Path.edited = Files.createTempFile("edited", ".csv");
    Files.write(Path.edited, lines, StandardCharsets.UTF_8);

    Workforce partial = Workforce.load(Path.of("edited.csv"), LoadOptions.lenient());
    LoadReport report = partial.report();   // rowsRead == rowsKept + skipped().size(), always
    report.skipped().forEach(System.err::println);
    report.unknownColumns();                // kept here, not silently dropped

    assertThat(report.skipped()).hasSize(1);
    assertThat(report.skipped().get(0).line()).isEqualTo(6);
    assertThat(report.rowsRead()).isEqualTo(lines.size() - 1);
    assertThat(report.rowsKept()).isEqualTo(lines.size() - 2);
    Files.delete(Path.edited);
  }
}
