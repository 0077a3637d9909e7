package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.github.csww.Authority;
import io.github.csww.England;
import io.github.csww.LoadException;
import io.github.csww.LoadOptions;
import io.github.csww.Metric;
import io.github.csww.Region;
import io.github.csww.Snapshot;
import io.github.csww.Suppression;
import io.github.csww.Value;
import io.github.csww.Workforce;
import io.github.csww.io.internal.JsonCodec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkforceJsonTest {
  private static final Authority SOMERSET = new Authority(ImmutableList.of(933),
      ImmutableList.of("E10000027", "E06000066"), ImmutableList.of("Somerset"),
      Region.SOUTH_WEST);

  private static Workforce sample() {
    return Workforce.of(List.of(
        Snapshot.builder(England.INSTANCE, 2017).set(Metric.CASELOAD, 17.7)
            .set(Metric.CASES, 316647).build(),
        Snapshot.builder(Region.LONDON, 2017).suppress(Metric.CASES, Suppression.CONFIDENTIAL)
            .build(),
        Snapshot.builder(SOMERSET, 2023).set(Metric.CASELOAD, 0.1234567).build()));
  }

  private static String snapshotsJson(String snapshot) {
    return "{\"format\": \"csww-workforce\", \"version\": 1, \"snapshots\": [\n" + snapshot
        + "\n]}";
  }

  private static final String GOOD = "{\"year\": 2017, \"area\": {\"level\": \"National\"}, "
      + "\"values\": {\"CASES\": 5}}";

  @Test
  void toJson_thenFromJson_givesAnEqualWorkforce() throws Exception {
    Workforce wf = sample();

    String json = WorkforceJson.toJson(wf);

    assertThat(json).contains("\"format\" : \"csww-workforce\"", "\"CASES\" : \"c\"",
        "\"codes\" : [ \"E10000027\", \"E06000066\" ]", "\"CASELOAD\" : 17.7");
    Workforce back = WorkforceJson.fromJson(json);
    assertThat(back).isEqualTo(wf);
    assertThat(back.find("E10000027")).contains(SOMERSET);
    assertThat(back.report().format()).isEqualTo("csww JSON");
    assertThat(back.report().rowsKept()).isEqualTo(3);
  }

  @Test
  void toJson_roundTrip_property() {
    qt().withExamples(150).forAll(Workforces.workforces(true)).checkAssert(wf -> {
      String json = WorkforceJson.toJson(wf);
      try {
        assertThat(WorkforceJson.fromJson(json)).isEqualTo(wf);
      } catch (LoadException e) {
        throw new AssertionError(json, e);
      }
    });
  }

  @Test
  void toJson_ofAView_writesOnlyTheView() throws Exception {
    Workforce london = sample().region(Region.LONDON);

    Workforce back = WorkforceJson.fromJson(WorkforceJson.toJson(london));

    assertThat(back.snapshots()).containsExactlyElementsOf(london.snapshots());
  }

  @Test
  void write_file_isFoundByWorkforceLoad(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("wf.json");

    WorkforceJson.write(sample(), file);

    assertThat(Workforce.load(file)).isEqualTo(sample());
    assertThat(WorkforceJson.read(file)).isEqualTo(sample());
  }

  @Test
  void load_streamStartingWithBrace_isReadAsJson() throws Exception {
    byte[] bytes = WorkforceJson.toJson(sample()).getBytes(StandardCharsets.UTF_8);

    assertThat(Workforce.load(new ByteArrayInputStream(bytes), "resource")).isEqualTo(sample());
  }

  /** Somerset as 2022's row published it and as 2023's did, merged into one authority. */
  private static Workforce somersetAcrossItsCodeChange() {
    return Workforce.of(List.of(
        Snapshot.builder(Authority.of("933", "E10000027", "Somerset", Region.SOUTH_WEST), 2022)
            .set(Metric.CASELOAD, 14.2).build(),
        Snapshot.builder(Authority.of("933", "E06000066", "Somerset", Region.SOUTH_WEST), 2023)
            .set(Metric.CASELOAD, 15.1).build()));
  }

  @Test
  void toJson_withoutAnyEarlierCode_isVersion1_whichOlderReadersRead() throws Exception {
    Workforce latestOnly = somersetAcrossItsCodeChange().year(2023);
    String json = WorkforceJson.toJson(latestOnly);
    assertThat(json).contains("\"version\" : 1").doesNotContain("\"published\"");
    assertThat(WorkforceJson.fromJson(json)).isEqualTo(latestOnly);
    // the year of the earlier code needs version 2
    assertThat(WorkforceJson.toJson(somersetAcrossItsCodeChange().year(2022)))
        .contains("\"version\" : 2");
  }

  @Test
  void toJson_thenFromJson_keepsEachYearsPublishedCode() throws Exception {
    Workforce wf = somersetAcrossItsCodeChange();

    String json = WorkforceJson.toJson(wf);
    Workforce back = WorkforceJson.fromJson(json);

    assertThat(json).contains("\"version\" : 2");
    // only the year whose code is not the latest carries one
    assertThat(json.split("\"published\"", -1)).hasSize(2);
    assertThat(json).contains("\"published\" : {\n      \"code\" : \"E10000027\"");
    assertThat(back).isEqualTo(wf);
    assertThat(back.authority("933").authority().codes())
        .containsExactly("E10000027", "E06000066");
    assertThat(back.authority("933").snapshot(2022).orElseThrow().publishedArea().code())
        .isEqualTo("E10000027");
    assertThat(back.authority("933").snapshot(2023).orElseThrow().publishedArea().code())
        .isEqualTo("E06000066");
    assertThat(EesCsv.plain().toCsv(back)).isEqualTo(EesCsv.plain().toCsv(wf))
        .contains(",933,E10000027,Somerset,");
  }

  @Test
  void toJson_ofOneYearBeforeTheChange_keepsTheWholeHistoryAndThatYearsCode() throws Exception {
    Workforce wf2022 = somersetAcrossItsCodeChange().year(2022);

    Workforce back = WorkforceJson.fromJson(WorkforceJson.toJson(wf2022));

    Snapshot s = back.snapshots().get(0);
    assertThat(((Authority) s.area()).codes()).containsExactly("E10000027", "E06000066");
    assertThat(s.publishedArea().code()).isEqualTo("E10000027");
    assertThat(EesCsv.plain().toCsv(back)).isEqualTo(EesCsv.plain().toCsv(wf2022));
  }

  @Test
  void fromJson_version1WithoutPublished_readsTheLatestCodeAsPublished() throws Exception {
    String json = snapshotsJson("{\"year\": 2022, \"area\": {\"level\": \"Local authority\", "
        + "\"laNumbers\": [933], \"codes\": [\"E10000027\", \"E06000066\"], "
        + "\"names\": [\"Somerset\"], \"region\": \"E12000009\"}, \"values\": {}}");

    Snapshot s = WorkforceJson.fromJson(json).snapshots().get(0);

    assertThat(s.area()).isEqualTo(SOMERSET);
    assertThat(s.publishedArea().code()).isEqualTo("E06000066");
  }

  @Test
  void fromJson_badPublished_namesTheJsonPath() {
    String area = "{\"year\": 2022, \"area\": {\"level\": \"Local authority\", "
        + "\"laNumbers\": [933], \"codes\": [\"E10000027\", \"E06000066\"], "
        + "\"names\": [\"Somerset\"], \"region\": \"E12000009\"}, \"values\": {}, ";
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(GOOD + ",\n" + area
        + "\"published\": {\"code\": \"E06000099\", \"name\": \"Somerset\"}}")))
        .isInstanceOf(LoadException.class)
        .hasMessage("json:3:193: snapshots[1].published.code: expected one of the area's codes "
            + "[E10000027, E06000066], found 'E06000099'");
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(area
        + "\"published\": {\"code\": \"E10000027\", \"name\": \"Somerset County\"}}")))
        .hasMessage("json:2:214: snapshots[0].published.name: expected one of the area's names "
            + "[Somerset], found 'Somerset County'");
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(area
        + "\"published\": {\"name\": \"Somerset\"}}")))
        .hasMessage("json:2:184: snapshots[0].published.code: expected an ONS code, found "
            + "nothing");
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(area
        + "\"published\": {\"code\": \"E10000027\", \"name\": \"Somerset\", "
        + "\"region\": \"E12000099\"}}")))
        .hasMessageStartingWith("json:2:236: snapshots[0].published.region: expected an English "
            + "region code");
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(area
        + "\"published\": {\"code\": \"E10000027\", \"name\": \"Somerset\", \"ons\": 1}}")))
        .hasMessage("json:2:226: snapshots[0].published: unknown field 'ons': expected code, "
            + "name, region");
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(area
        + "\"published\": \"E10000027\"}")))
        .hasMessage("json:2:184: snapshots[0].published: expected an object with the code and "
            + "name of the year's row, found 'E10000027'");
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(GOOD.replace("\"values\"",
        "\"published\": {\"code\": \"E92000001\", \"name\": \"England\"}, \"values\""))))
        .hasMessage("json:2:60: snapshots[0].published: only a local authority has a published "
            + "code and name, found one for National England");
  }

  @Test
  void fromJson_badPublished_isSkippedAndReportedWhenLenient() throws Exception {
    String json = snapshotsJson(GOOD + ",\n{\"year\": 2022, \"area\": {\"level\": "
        + "\"Local authority\", \"laNumbers\": [933], \"codes\": [\"E06000066\"], "
        + "\"names\": [\"Somerset\"], \"region\": \"E12000009\"}, "
        + "\"published\": {\"code\": \"E10000027\", \"name\": \"Somerset\"}, \"values\": {}}");

    Workforce wf = WorkforceJson.read(new ByteArrayInputStream(
        json.getBytes(StandardCharsets.UTF_8)), "somerset.json", LoadOptions.lenient());

    assertThat(wf.snapshots()).hasSize(1);
    assertThat(wf.report().skipped()).singleElement().satisfies(r -> assertThat(r.reason())
        .startsWith("snapshots[1].published.code: expected one of the area's codes"));
  }

  @Test
  void fromJson_notJson_namesLineAndColumn() {
    assertThatThrownBy(() -> WorkforceJson.fromJson("{\"format\": \"csww-workforce\",\n  oops}"))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith("json:2:3: not valid csww JSON: Unexpected character ('o'");
  }

  @Test
  void fromJson_empty_isRefused() {
    assertThatThrownBy(() -> WorkforceJson.fromJson(" "))
        .hasMessage("json: is empty: expected a csww JSON document");
  }

  @Test
  void fromJson_otherDocument_isRefused() {
    assertThatThrownBy(() -> WorkforceJson.fromJson("[1, 2]"))
        .hasMessage("json:1:1: expected a JSON object {\"format\": \"csww-workforce\", ...}, "
            + "found an array");
    assertThatThrownBy(() -> WorkforceJson.fromJson("{\"format\": \"geojson\"}"))
        .hasMessage("json:1:2: expected \"format\": \"csww-workforce\", found 'geojson'");
    assertThatThrownBy(() -> WorkforceJson.fromJson("{\"snapshots\": []}"))
        .hasMessage("json: is not a csww JSON document: expected a field \"format\": "
            + "\"csww-workforce\"");
    assertThatThrownBy(() -> WorkforceJson.fromJson(
        "{\"format\": \"csww-workforce\", \"version\": 3, \"snapshots\": []}"))
        .hasMessage("json:1:30: expected \"version\": 1 to 2 (this csww reads versions 1 to 2), "
            + "found 3");
  }

  @Test
  void fromJson_badValue_namesTheValuesLineAndColumn() {
    String json = snapshotsJson(GOOD + ",\n  {\"year\": 2018, \"area\": {\"level\": \"National\"},"
        + " \"values\": {\"CASES\": \"n/a\"}}");

    assertThatThrownBy(() -> WorkforceJson.fromJson(json)).isInstanceOf(LoadException.class)
        .hasMessage("json:3:69: snapshots[1].values.CASES: expected a non-negative number or a "
            + "suppression marker (c, x, z, u, low, :, .), found 'n/a'");
  }

  @Test
  void read_publishedWorkforceWithAQuotedNumber_namesTheValuesLineAndColumn(@TempDir Path dir)
      throws Exception {
    Path json = dir.resolve("j_str.json");
    WorkforceJson.write(Workforce.load(SharedData.file("csww_indicators_2017_to_2025.csv")),
        json);
    String text = java.nio.file.Files.readString(json);
    int at = text.indexOf("\"CASES\" : 316647");
    assertThat(at).isPositive();
    long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    int column = at - text.lastIndexOf('\n', at) + "\"CASES\" : ".length();
    java.nio.file.Files.writeString(json, text.replace("\"CASES\" : 316647",
        "\"CASES\" : \"316,647\""));

    assertThat(line).isEqualTo(28);
    assertThat(column).isEqualTo(17);
    assertThatThrownBy(() -> WorkforceJson.read(json))
        .isInstanceOf(LoadException.class)
        .hasMessage(json + ":28:17: snapshots[0].values.CASES: expected a non-negative number "
            + "or a suppression marker (c, x, z, u, low, :, .), found '316,647'");
  }

  @Test
  void fromJson_unknownMetricLevelAndField_areRefused() {
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(
        GOOD.replace("CASES", "CASSES"))))
        .hasMessageStartingWith("json:2:58: snapshots[0].values: unknown metric 'CASSES': "
            + "expected one of [SOCIAL_WORKERS, ");
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(
        GOOD.replace("National", "Ward"))))
        .hasMessage("json:2:34: snapshots[0].area.level: expected National, Regional or Local "
            + "authority, found 'Ward'");
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(
        GOOD.replace("\"year\"", "\"@class\": \"java.lang.Runtime\", \"year\""))))
        .hasMessage("json:2:2: snapshots[0]: unknown field '@class': expected year, area, "
            + "published and values");
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(
        GOOD.replace("2017", "17"))))
        .hasMessage("json:2:10: snapshots[0].year: expected a reporting year between 1900 and "
            + "2999, found 17");
  }

  @Test
  void fromJson_duplicateSnapshot_namesTheEarlierLine() {
    String json = snapshotsJson(GOOD + ",\n" + GOOD);

    assertThatThrownBy(() -> WorkforceJson.fromJson(json))
        .hasMessage("json:3:1: snapshots[1]: duplicate snapshot: England in 2017 was already "
            + "read on line 2; expected one per area and year");
  }

  @Test
  void fromJson_duplicateKey_isRefused() {
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(
        GOOD.replace("\"CASES\": 5", "\"CASES\": 5, \"CASES\": 6"))))
        .hasMessageContaining("not valid csww JSON: Duplicate field 'CASES'");
  }

  @Test
  void read_lenient_skipsBadSnapshotsAndListsThem() throws Exception {
    String json = snapshotsJson(GOOD + ",\n  {\"year\": 2018, \"area\": {\"level\": \"Region\"}"
        + ", \"values\": {}},\n 7");

    Workforce wf = WorkforceJson.read(new ByteArrayInputStream(
        json.getBytes(StandardCharsets.UTF_8)), "lenient.json", LoadOptions.lenient());

    assertThat(wf.snapshots()).hasSize(1);
    assertThat(wf.report().rowsRead()).isEqualTo(3);
    assertThat(wf.report().skipped()).extracting(s -> s.line() + " " + s.reason())
        .containsExactly(
            "3 snapshots[1].area.level: expected National, Regional or Local authority, "
                + "found 'Region'",
            "4 snapshots[2]: expected an object with year, area and values, found a number");
  }

  @Test
  void fromJson_exceedingReadConstraints_isRefused() {
    String deep = "[".repeat(40) + "]".repeat(40);
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(
        GOOD.replace("\"CASES\": 5", "\"CASES\": " + deep))))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("Document nesting depth (17) exceeds the maximum allowed (16");
    String longNumber = "1" + "0".repeat(1000);
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(
        GOOD.replace("\"CASES\": 5", "\"CASES\": " + longNumber))))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("Number value length (1001) exceeds the maximum allowed (400");
    String longName = "x".repeat(200_000);
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(
        GOOD.replace("National", longName))))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("String value length")
        .hasMessageContaining("exceeds the maximum allowed (100000");
  }

  @Test
  void mapper_neverEnablesDefaultTyping() {
    ObjectMapper mapper = JsonCodec.mapper();

    assertThat(mapper.getDeserializationConfig().getDefaultTyper(
        mapper.constructType(Object.class))).isNull();
    assertThat(mapper.getSerializationConfig().getDefaultTyper(
        mapper.constructType(Object.class))).isNull();
    assertThat(mapper.getFactory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(16);
    assertThat(mapper.getFactory().streamReadConstraints().getMaxStringLength())
        .isEqualTo(100_000);
  }

  @Test
  void fromJson_missingMetrics_readAsNotAvailable() throws Exception {
    Snapshot s = WorkforceJson.fromJson(snapshotsJson(GOOD)).snapshots().get(0);

    assertThat(s.value(Metric.CASES)).isEqualTo(Value.of(5));
    assertThat(s.value(Metric.CASELOAD)).isEqualTo(Value.suppressed(Suppression.NOT_AVAILABLE));
  }

  @Test
  void fromJson_errorsDeepInASnapshot_pointAtTheValueOrFieldName() throws Exception {
    String authority = "{\"year\": 2017, \"area\": {\"level\": \"Local authority\", "
        + "\"laNumbers\": [314, 318], \"codes\": [\"E09000021\", %s], \"names\": "
        + "[\"Kingston upon Thames\"], \"region\": \"E13000002\"%s}, "
        + "\"values\": {\"CASES\": 5, \"CASELOAD\": %s}}";
    String good = String.format(authority, "\"E09000027\"", "", "17.5");
    // the second element of an array, in the second snapshot
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(GOOD + ",\n"
        + String.format(authority, "\" \"", "", "17.5"))))
        .hasMessage("json:3:101: snapshots[1].area.codes: expected non-blank ONS codes, "
            + "found ' '");
    // a field's name holding a dot, and so looking like a path
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(
        String.format(authority, "\"E09000027\"", ", \"codes.x\": 1", "17.5"))))
        .hasMessage("json:2:173: snapshots[0].area: unknown field 'codes.x': expected level, "
            + "laNumbers, codes, names, region");
    // a value after others in an object
    assertThatThrownBy(() -> WorkforceJson.fromJson(snapshotsJson(
        String.format(authority, "\"E09000027\"", "", "true"))))
        .hasMessageStartingWith("json:2:209: snapshots[0].values.CASELOAD: expected a "
            + "non-negative number");
    assertThat(WorkforceJson.fromJson(snapshotsJson(good)).snapshots()).hasSize(1);
  }

  @Test
  void read_nestingDeeperThanASnapshot_isALoadException_evenWhenTheLimitsAllowIt() {
    int depth = 200_000;
    String json = "{\"format\": \"csww-workforce\", \"version\": 1, \"snapshots\": [{\"x\": "
        + "[".repeat(depth) + "]".repeat(depth) + "}]}";
    io.github.csww.LoadOptions deep = io.github.csww.LoadOptions.strict().withLimits(
        io.github.csww.LoadLimits.defaults().withMaxJsonDepth(1_000_000));
    assertThatThrownBy(() -> WorkforceJson.read(new java.io.ByteArrayInputStream(
        json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "d.json", deep))
        .isInstanceOf(io.github.csww.LoadException.class)
        .hasMessageContaining("nested more than 64 levels deep");
  }
}
