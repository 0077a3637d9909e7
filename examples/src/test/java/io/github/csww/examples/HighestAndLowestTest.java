package io.github.csww.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.Grade;
import io.github.csww.Judgement;
import io.github.csww.Judgements;
import io.github.csww.Workforce;
import io.github.csww.io.OfstedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class HighestAndLowestTest {
  static final List<String> GRADES = List.of("Outstanding", "Good",
      "Requires improvement to be good", "Inadequate", "none in force", "not in the sample");

  static String capture(Consumer<PrintStream> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    body.accept(new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  static String printSample() {
    return capture(out -> HighestAndLowest.print(
        Sample.workforce().withJudgements(Sample.judgements()), 5,
        Optional.of(Sample.JUDGEMENTS_AS_AT), out));
  }

  /** The data lines of the table under a heading: authority and judgement, in order. */
  static List<String[]> table(String text, String heading) {
    List<String> lines = List.of(text.split("\n"));
    int start = lines.indexOf(lines.stream().filter(l -> l.startsWith(heading)).findFirst()
        .orElseThrow());
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(start + 2, lines.size())) {
      if (line.isBlank()) {
        break;
      }
      String grade = GRADES.stream().filter(line::endsWith).findFirst().orElse("?");
      rows.add(new String[] {line, grade});
    }
    return rows;
  }

  static void assertRows(List<String[]> rows, List<String> names, List<String> grades) {
    assertThat(rows).hasSize(names.size());
    for (int i = 0; i < names.size(); i++) {
      assertThat(rows.get(i)[0]).contains(names.get(i));
      assertThat(rows.get(i)[1]).as("judgement of %s", names.get(i)).isEqualTo(grades.get(i));
    }
  }

  @Test
  void print_onSample_listsHighestWithJudgementsInPublishedOrder() {
    String text = printSample();

    assertThat(text).startsWith("Highest average caseload, 30 September 2017 (ranks among the "
        + "10 authorities with a published caseload; ties included)\n");
    assertRows(table(text, "Highest"),
        List.of("Staffordshire", "Shropshire", "Kingston upon Hull", "Southampton",
            "Blackburn with Darwen"),
        List.of("Good", "Good", "Requires improvement to be good",
            "Requires improvement to be good", "Good"));
  }

  @Test
  void print_onSample_listsLowestWithJudgementsInPublishedOrder() {
    String text = printSample();

    assertRows(table(text, "Lowest average caseload, 30 September 2017"),
        List.of("Kingston upon Thames / Richmond upon Thames", "Kensington and Chelsea",
            "Hertfordshire", "Darlington", "Sutton"),
        List.of("Good", "Outstanding", "Good", "Inadequate", "Good"));
  }

  @Test
  void print_combinedReturnWhoseCouncilsAreJudgedDifferently_namesEachCouncilsGrade() {
    LocalDate on = LocalDate.of(2018, 2, 28);
    Judgements judgements = Judgements.of(List.of(
        judgement("E09000021", "Kingston upon Thames", Grade.OUTSTANDING, on.minusMonths(3)),
        judgement("E09000027", "Richmond upon Thames", Grade.GOOD, on.minusMonths(2))));

    String text = capture(out -> HighestAndLowest.print(
        Sample.workforce().withJudgements(judgements), 5, Optional.of(on), out));

    assertThat(text).containsPattern("Kingston upon Thames / Richmond upon Thames +[0-9.]+ +"
        + "[0-9.]+ +Kingston upon Thames: Outstanding; Richmond upon Thames: Good\n");
  }

  @Test
  void print_combinedReturnWithOneCouncilJudged_saysTheOtherHasNone() {
    LocalDate on = LocalDate.of(2018, 2, 28);
    Judgements judgements = Judgements.of(List.of(
        judgement("E09000027", "Richmond upon Thames", Grade.GOOD, on.minusMonths(2))));

    String text = capture(out -> HighestAndLowest.print(
        Sample.workforce().withJudgements(judgements), 5, Optional.of(on), out));

    assertThat(text).contains(
        "Kingston upon Thames: none in force; Richmond upon Thames: Good\n");
  }

  static Judgement judgement(String code, String name, Grade grade, LocalDate published) {
    return new Judgement(code, name, grade, Map.of(), published.minusMonths(2), Optional.empty(),
        published, "ILACS", Optional.empty());
  }

  @Test
  void print_onSample_showsCaseHoldersEnglandAndTheJudgementDate() {
    String text = printSample();

    assertThat(text).containsPattern("Staffordshire +199.4 +26.4 +Good\n");
    assertThat(text).containsPattern("Darlington +58.4 +12.5 +Inadequate\n");
    assertThat(text).contains("England average caseload: 17.8 cases per FTE (published)\n");
    assertThat(text).contains("Ofsted judgement: the one in force on 28 February 2018\n");
  }

  @Test
  void print_withoutJudgements_hasNoJudgementColumnAndSaysSo() {
    String text = capture(out -> HighestAndLowest.print(Sample.workforce(), 5, out));

    assertThat(text).doesNotContain("Ofsted judgement ").doesNotContain("Good");
    assertThat(text).containsPattern("Staffordshire +199.4 +26.4\n");
    assertThat(text).contains("Ofsted judgements: none joined");
  }

  @Test
  void main_noArguments_tellsThe2017StoryOnTheBundledRelease() throws IOException {
    PrintStream before = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      HighestAndLowest.main(new String[0]);
    } finally {
      System.setOut(before);
    }

    assertThat(buf.toString(StandardCharsets.UTF_8)).isEqualTo(story());
  }

  static String story() {
    return capture(out -> {
      try {
        HighestAndLowest.story(out);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  void story_ranksAmongAllAuthoritiesWithTiesEnglandAndLabelledJudgements() {
    String text = story();

    assertThat(text).startsWith("Highest average caseload, 30 September 2017 (ranks among the "
        + "150 authorities with a published caseload; ties included)\n");
    assertThat(text).containsPattern("\n +1  Staffordshire +199.5 +26.4  Good\n");
    // the true bottom five: Camden and Sutton tie at 145, so six rows
    List<String[]> lowest = table(text, "Lowest");
    assertThat(lowest).hasSize(6);
    assertThat(lowest.get(4)[0]).containsPattern("^ 145  Camden .* 12.9  not in the sample$");
    assertThat(lowest.get(5)[0]).containsPattern("^ 145  Sutton .* 12.9  Good$");
    assertThat(text).contains("Sample judgement, Feb 2018 (not from Ofsted's files)")
        .contains("England average caseload: 17.7 cases per FTE (published)\n")
        .contains("Ofsted judgement on 30 September 2017: not covered by this file (earliest: "
            + "12 March 2018)\n")
        .contains("Not ranked (caseload not published): Brent\n")
        .contains(BundledData.WORKFORCE.sourceLine())
        .contains("Source: Ofsted, Local authority inspection outcomes, as at 31 March 2025.");
  }

  @Test
  void print_onPublishedFiles_ranksTheFilesHighestAndLowestCaseloads() throws IOException {
    Path csv = SharedData.file("csww_indicators_2017_to_2025.csv");
    Path ods = SharedData.file("LA_Inspection_Outcomes_as_at_31_March_2025.ods");
    List<Map<String, String>> rows = SharedData.rows(csv);
    int latest = rows.stream().mapToInt(r -> Integer.parseInt(r.get("time_period"))).max()
        .orElseThrow();
    List<Map<String, String>> las = new ArrayList<>();
    for (Map<String, String> r : rows) {
      if (r.get("time_period").equals(Integer.toString(latest))
          && r.get("geographic_level").equals("Local authority")
          && r.get("caseload_fte").matches("[0-9.]+")) {
        las.add(r);
      }
    }
    las.sort(Comparator.comparingDouble((Map<String, String> r) ->
        -Double.parseDouble(r.get("caseload_fte"))));
    Map<String, String> highest = las.get(0);
    Map<String, String> lowest = las.get(las.size() - 1);
    String england = rows.stream().filter(r -> r.get("time_period").equals("" + latest)
        && r.get("geographic_level").equals("National")).findFirst().orElseThrow()
        .get("caseload_fte");
    Workforce wf = Workforce.load(csv).withJudgements(OfstedReader.read(ods));

    String text = capture(out -> HighestAndLowest.print(wf, 5, out));

    assertThat(text).startsWith("Highest average caseload, 30 September " + latest + " (ranks "
        + "among the " + las.size() + " authorities with a published caseload; ties included)\n");
    List<String[]> top = table(text, "Highest");
    List<String[]> bottom = table(text, "Lowest");
    assertThat(top).hasSizeGreaterThanOrEqualTo(5);
    assertThat(top.get(0)[0]).contains(highest.get("la_name"))
        .contains(highest.get("caseload_fte"));
    assertThat(bottom.get(0)[0]).contains(lowest.get("la_name"))
        .contains(lowest.get("caseload_fte"));
    for (String[] row : top) {
      assertThat(row[1]).as(row[0]).isNotEqualTo("?");
    }
    assertThat(text).contains("England average caseload: " + england + " cases per FTE");
    assertThat(text).contains("Ofsted judgement: the one in force on 30 September " + latest);
    LocalDate census = LocalDate.of(latest, 9, 30);
    LocalDate lastPublished = wf.judgements().orElseThrow().all().stream()
        .map(Judgement::published).max(LocalDate::compareTo).orElseThrow();
    assertThat(census).isAfter(lastPublished);
    assertThat(text).contains(": the file's latest judgement was published on "
        + DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).format(lastPublished)
        + "; any published since then is not in it");
    assertThat(top.get(0)[1]).isEqualTo(wf.judgementAt(
        wf.find(highest.get("old_la_code")).orElseThrow(), census)
        .map(j -> j.overall().label()).orElse("none in force"));
  }
}
