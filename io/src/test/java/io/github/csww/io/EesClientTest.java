package io.github.csww.io;

import static io.github.csww.io.FakeEesApi.DS;
import static io.github.csww.io.FakeEesApi.ID;
import static io.github.csww.io.FakeEesApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.csww.Workforce;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EesClient} against recorded responses served on the loopback address by {@link
 * FakeEesApi}; never the network. Waits between retries are recorded, not slept.
 */
class EesClientTest {
  private static final String VERSIONS = "GET " + DS + "/versions?page=%d&pageSize=20";
  private static final String META_20 = "GET " + DS + "/meta?dataSetVersion=2.0";
  private static final String QUERY_20 = "POST " + DS + "/query?dataSetVersion=2.0";
  private static final String CSV_20 = "GET " + DS + "/csv?dataSetVersion=2.0";

  @TempDir Path cacheDir;

  private FakeEesApi api;
  private final List<Duration> slept = new ArrayList<>();
  private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T12:00:00Z"));

  @BeforeEach
  void start() throws IOException {
    api = new FakeEesApi();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private EesClient.Builder client() {
    return EesClient.builder().baseUri(api.baseUri()).cacheDirectory(cacheDir)
        .timeout(Duration.ofSeconds(10)).retries(3, Duration.ofSeconds(1))
        .sleeper(slept::add).clock(clock);
  }

  // ---------------------------------------------------------------- success

  @Test
  void dataSet_recordedSummary_readsTitleStatusAndLatestVersion() throws IOException {
    api.on("GET " + DS, json("data-set.json"));

    EesDataSet ds = client().build().dataSet(ID);

    assertThat(ds.id()).isEqualTo(ID);
    assertThat(ds.title()).isEqualTo("Children's social work workforce indicators");
    assertThat(ds.status()).isEqualTo("Published");
    assertThat(ds.latestVersion()).contains("2.0");
    assertThat(ds.supersedingDataSetId()).isEmpty();
  }

  @Test
  void versions_threePages_followsEveryPageInOrder() throws IOException {
    api.on(VERSIONS.formatted(1), json("versions-page-1.json"))
        .on(VERSIONS.formatted(2), json("versions-page-2.json"))
        .on(VERSIONS.formatted(3), json("versions-page-3.json"));

    List<EesVersion> versions = client().build().versions(ID);

    assertThat(versions).extracting(EesVersion::version)
        .containsExactly("2.0", "1.3", "1.2", "1.1", "1.0");
    assertThat(api.requests()).containsExactly(VERSIONS.formatted(1), VERSIONS.formatted(2),
        VERSIONS.formatted(3));
    EesVersion latest = versions.get(0);
    assertThat(latest.type()).isEqualTo("Major");
    assertThat(latest.totalResults()).isEqualTo(1463);
    assertThat(latest.releaseSlug()).isEqualTo("reporting-year-2025");
    assertThat(latest.published()).isPresent();
    assertThat(latest.timePeriodEnd()).isEqualTo("2025");
  }

  @Test
  void version_wildcard_isResolvedByTheApi() throws IOException {
    api.on("GET " + DS + "/versions/1.*", json("version-1.x.json"));

    EesClient ees = client().build();

    assertThat(ees.resolveVersion(ID, "1.*")).isEqualTo("1.3");
    assertThat(ees.version(ID, "1.*").status()).isEqualTo("Deprecated");
  }

  @Test
  void meta_version20_readsIndicatorsLevelsLocationsAndPeriods() throws IOException {
    api.on(META_20, json("meta-2.0.json"));

    EesMeta meta = client().build().meta(ID, "2.0");

    assertThat(meta.indicators()).extracting(EesMeta.Indicator::column)
        .containsExactly("caseload_fte", "inpost_fte", "turnover_rate_fte");
    assertThat(meta.indicators().get(2).unit()).isEqualTo("%");
    assertThat(meta.indicators().get(0).decimalPlaces()).isEqualTo(OptionalInt.of(1));
    assertThat(meta.geographicLevels()).extracting(EesMeta.GeographicLevel::code)
        .containsExactly("LA", "NAT", "REG");
    EesMeta.Location staffordshire = meta.locations().get(2).options().get(0);
    assertThat(staffordshire.label()).isEqualTo("Staffordshire");
    assertThat(staffordshire.codes()).containsEntry("code", "E10000028")
        .containsEntry("oldCode", "860");
    assertThat(meta.timePeriods()).hasSize(9);
  }

  @Test
  void query_threePages_returnsEveryResultAndAsksEachPageInTheBody() throws IOException {
    api.on(QUERY_20, json("query-page-1.json"), json("query-page-2.json"),
        json("query-page-3.json"));
    EesQuery q = EesQuery.of("Cs7Lf").withCriteria("{\"geographicLevels\":{\"eq\":\"NAT\"}}")
        .withPageSize(2);

    List<EesQueryResult> rows = client().build().query(ID, "2.0", q);

    assertThat(rows).extracting(EesQueryResult::period)
        .containsExactly("2025", "2024", "2023", "2022", "2021");
    assertThat(rows.get(0).values()).containsEntry("Cs7Lf", "15.2");
    assertThat(rows.get(0).locations()).containsEntry("NAT", "nE1ng");
    assertThat(rows.get(0).timeCode()).isEqualTo("RY");
    assertThat(api.requests()).containsOnly(QUERY_20).hasSize(3);
    assertThat(api.bodies()).containsExactly(
        "{\"criteria\":{\"geographicLevels\":{\"eq\":\"NAT\"}},\"indicators\":[\"Cs7Lf\"],"
            + "\"page\":1,\"pageSize\":2}",
        "{\"criteria\":{\"geographicLevels\":{\"eq\":\"NAT\"}},\"indicators\":[\"Cs7Lf\"],"
            + "\"page\":2,\"pageSize\":2}",
        "{\"criteria\":{\"geographicLevels\":{\"eq\":\"NAT\"}},\"indicators\":[\"Cs7Lf\"],"
            + "\"page\":3,\"pageSize\":2}");
  }

  // ---------------------------------------------------------------- errors

  @Test
  void dataSet_unknownId_throws404NamingStatusDataSetAndTitle() {
    String unknown = "00000000-0000-4000-8000-000000000000";
    api.on("GET /statistics/v1/data-sets/" + unknown, json(404, "error-404.json"));

    EesApiException e = catchThrowableOfType(() -> client().build().dataSet(unknown),
        EesApiException.class);

    assertThat(e.status()).isEqualTo(OptionalInt.of(404));
    assertThat(e.dataSetId()).isEqualTo(unknown);
    assertThat(e.version()).isEmpty();
    assertThat(e.title()).isEqualTo("Not Found");
    assertThat(e).hasMessageContaining("HTTP 404").hasMessageContaining(unknown)
        .hasMessageContaining("Not Found");
    assertThat(slept).isEmpty(); // a 404 is not retried
  }

  @Test
  void query_validationErrors_throws400ListingEachError() {
    api.on(QUERY_20, json(400, "error-400-validation.json"));

    EesApiException e = catchThrowableOfType(
        () -> client().build().query(ID, "2.0", EesQuery.of("nope1")), EesApiException.class);

    assertThat(e.status()).isEqualTo(OptionalInt.of(400));
    assertThat(e.version()).contains("2.0");
    assertThat(e.errors()).containsExactly(
        "pageSize: Must be greater than or equal to '1'. (GreaterThanOrEqual)",
        "indicators: One or more indicators could not be found. (IndicatorsNotFound)");
    assertThat(e).hasMessageContaining("version 2.0")
        .hasMessageContaining("One or more validation errors occurred.")
        .hasMessageContaining("indicators: One or more indicators could not be found.");
  }

  @Test
  void query_validationErrorsInTheGuidesShape_listsThemToo() {
    api.on(QUERY_20, json(400, "error-400-validation-guide.json"));

    EesApiException e = catchThrowableOfType(
        () -> client().build().query(ID, "2.0", EesQuery.of("x")), EesApiException.class);

    assertThat(e.errors()).containsExactly("indicators: Must not be empty. (NotEmpty)");
    assertThat(e.title()).isEqualTo("There are validation errors with the request.");
  }

  @Test
  void dataSet_429ThenSuccess_waitsWhatRetryAfterAsks() throws IOException {
    api.on("GET " + DS, json(429, "error-429.json").withHeader("Retry-After", "7"),
        json("data-set.json"));

    EesDataSet ds = client().build().dataSet(ID);

    assertThat(ds.latestVersion()).contains("2.0");
    assertThat(slept).containsExactly(Duration.ofSeconds(7));
    assertThat(api.requests()).hasSize(2);
  }

  @Test
  void dataSet_429WithRetryAfterDate_waitsUntilThatDate() throws IOException {
    api.on("GET " + DS, json(429, "error-429.json")
        .withHeader("Retry-After", "Sun, 01 Jun 2025 12:00:30 GMT"), json("data-set.json"));

    client().build().dataSet(ID);

    assertThat(slept).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void dataSet_gatewayPageInsteadOfJson_givesItsFirstLineAsDetail() {
    api.on("GET " + DS, new FakeEesApi.Reply(502, java.util.Map.of("Content-Type", "text/html"),
        "<html><title>502 Bad Gateway</title>\n<body>upstream</body></html>"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8), Duration.ZERO));

    EesApiException e = catchThrowableOfType(
        () -> client().retries(0, Duration.ZERO).build().dataSet(ID), EesApiException.class);

    assertThat(e.status()).isEqualTo(OptionalInt.of(502));
    assertThat(e.detail()).isEqualTo("<html><title>502 Bad Gateway</title>");
  }

  @Test
  void dataSet_429WithoutRetryAfter_backsOff() throws IOException {
    api.on("GET " + DS, json(429, "error-429.json"), json(429, "error-429.json"),
        json("data-set.json"));

    client().build().dataSet(ID);

    assertThat(slept).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void meta_500EveryTime_failsAfterTheLastRetryWithExponentialWaits() {
    api.on(META_20, json(500, "error-500.json"));

    EesApiException e = catchThrowableOfType(() -> client().build().meta(ID, "2.0"),
        EesApiException.class);

    assertThat(api.requests()).hasSize(4);
    assertThat(slept).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(4));
    assertThat(e.status()).isEqualTo(OptionalInt.of(500));
    assertThat(e).hasMessageContaining("after 4 attempt(s)").hasMessageContaining("HTTP 500")
        .hasMessageContaining(ID).hasMessageContaining("version 2.0")
        .hasMessageContaining("There was a problem processing the request.");
  }

  @Test
  void meta_noResponseWithinTimeout_failsAfterRetriesWithoutStatus() {
    api.on(META_20, json("meta-2.0.json").after(Duration.ofSeconds(30)));
    EesClient ees = client().timeout(Duration.ofMillis(300)).retries(1, Duration.ofSeconds(1))
        .build();

    EesApiException e = catchThrowableOfType(() -> ees.meta(ID, "2.0"), EesApiException.class);

    assertThat(e.status()).isEmpty();
    assertThat(e).hasMessageContaining("no response").hasMessageContaining("2 attempt(s)")
        .hasMessageContaining(ID);
    assertThat(slept).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void dataSet_malformedJson_throwsNamingTheAddress() {
    api.on("GET " + DS, json("malformed-data-set.json"));

    EesApiException e = catchThrowableOfType(() -> client().build().dataSet(ID),
        EesApiException.class);

    assertThat(e).hasMessageContaining("malformed response from " + api.baseUri())
        .hasMessageContaining("not JSON");
    assertThat(slept).isEmpty();
  }

  @Test
  void versions_pageWithoutPaging_isMalformed() {
    api.on(VERSIONS.formatted(1), json("version-2.0.json"));

    assertThatThrownBy(() -> client().build().versions(ID)).isInstanceOf(EesApiException.class)
        .hasMessageContaining("missing array 'results'");
  }

  @Test
  void meta_serverStopped_failsAfterRetriesSayingItCannotReachTheApi() {
    EesClient ees = client().retries(2, Duration.ofMillis(5)).build();
    api.close();

    EesApiException e = catchThrowableOfType(() -> ees.meta(ID, "2.0"), EesApiException.class);

    assertThat(e.status()).isEmpty();
    assertThat(e).hasMessageContaining("cannot reach the API").hasMessageContaining("3 attempt");
  }

  // ---------------------------------------------------------------- cache and versions

  @Test
  void meta_secondRunWithServerStopped_worksFromTheCache() throws IOException {
    api.on(META_20, json("meta-2.0.json"))
        .on(QUERY_20, json("query-page-1.json"), json("query-page-2.json"),
            json("query-page-3.json"))
        .on("GET " + DS, json("data-set.json"))
        .on(VERSIONS.formatted(1), json("versions-page-1.json"))
        .on(VERSIONS.formatted(2), json("versions-page-2.json"))
        .on(VERSIONS.formatted(3), json("versions-page-3.json"));
    EesClient first = client().build();
    EesMeta meta = first.meta(ID, EesClient.LATEST);
    List<EesQueryResult> rows = first.query(ID, "2.0", EesQuery.of("Cs7Lf"));
    EesDataSet ds = first.dataSet(ID);
    List<EesVersion> versions = first.versions(ID);
    api.close();

    EesClient online = client().build();
    EesClient offline = client().offline(true).build();

    assertThat(online.meta(ID, "2.0")).isEqualTo(meta);
    assertThat(online.query(ID, "2.0", EesQuery.of("Cs7Lf"))).isEqualTo(rows);
    assertThat(offline.meta(ID, EesClient.LATEST)).isEqualTo(meta);
    assertThat(offline.dataSet(ID)).isEqualTo(ds);
    assertThat(offline.versions(ID)).isEqualTo(versions);
    assertThat(offline.query(ID, "2.0", EesQuery.of("Cs7Lf"))).isEqualTo(rows);
  }

  @Test
  void offline_notCached_throwsNamingTheCacheFile() {
    EesClient offline = client().offline(true).build();

    assertThatThrownBy(() -> offline.meta(ID, "2.0")).isInstanceOf(EesApiException.class)
        .hasMessageContaining("offline").hasMessageContaining("meta.json")
        .hasMessageContaining("version 2.0");
    assertThatThrownBy(() -> offline.downloadCsv(ID, EesClient.LATEST))
        .isInstanceOf(EesApiException.class).hasMessageContaining("never resolved online");
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void resolveVersion_latestWithinTtl_isNotAskedAgain() throws IOException {
    api.on("GET " + DS, json("data-set.json"));
    EesClient ees = client().latestTtl(Duration.ofHours(1)).build();

    assertThat(ees.resolveVersion(ID, EesClient.LATEST)).isEqualTo("2.0");
    clock.advance(Duration.ofMinutes(59));
    assertThat(ees.resolveVersion(ID, "")).isEqualTo("2.0");

    assertThat(api.requests()).hasSize(1);
  }

  @Test
  void resolveVersion_latestAfterTtl_isAskedAgainAndFallsBackWhenUnreachable()
      throws IOException {
    api.on("GET " + DS, json("data-set.json"));
    EesClient ees = client().latestTtl(Duration.ofHours(1)).retries(0, Duration.ZERO).build();
    ees.resolveVersion(ID, EesClient.LATEST);

    clock.advance(Duration.ofMinutes(61));
    ees.resolveVersion(ID, EesClient.LATEST);
    assertThat(api.requests()).hasSize(2);

    clock.advance(Duration.ofMinutes(61));
    api.close();
    assertThat(ees.resolveVersion(ID, EesClient.LATEST)).isEqualTo("2.0");
  }

  @Test
  void resolveVersion_concreteVersion_needsNoRequest() throws IOException {
    assertThat(client().build().resolveVersion(ID, "1.2.1")).isEqualTo("1.2.1");
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void methods_malformedIdOrVersion_throwIllegalArgument() {
    EesClient ees = client().build();

    assertThatThrownBy(() -> ees.dataSet("../etc")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"../etc\"");
    assertThatThrownBy(() -> ees.meta(ID, "two")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"two\"");
    assertThatThrownBy(() -> EesQuery.of()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EesQuery.of("a").withPageSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
    assertThatThrownBy(() -> EesClient.builder().baseUri(java.net.URI.create("ftp://x/")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(api.requests()).isEmpty();
  }

  // ---------------------------------------------------------------- workforce

  @Test
  void loadWorkforce_publishedCsvServedByTheApi_equalsWorkforceLoadOfTheFile()
      throws IOException {
    Path published = SharedData.file("csww_indicators_2017_to_2025.csv");
    api.on("GET " + DS, json("data-set.json")).on(CSV_20, FakeEesApi.gzippedCsv(published));

    Workforce viaApi = client().build().loadWorkforce(ID, EesClient.LATEST);

    assertThat(viaApi).isEqualTo(Workforce.load(published));
    assertThat(Files.mismatch(client().build().downloadCsv(ID, "2.0"), published)).isEqualTo(-1);
    api.close();
    assertThat(client().offline(true).build().loadWorkforce(ID, EesClient.LATEST))
        .isEqualTo(viaApi);
  }

  @Test
  void downloadCsv_twice_asksOnce() throws IOException {
    Path published = SharedData.file("csww_indicators_2017_to_2025.csv");
    api.on(CSV_20, FakeEesApi.gzippedCsv(published));
    EesClient ees = client().build();

    Path first = ees.downloadCsv(ID, "2.0");
    Path second = ees.downloadCsv(ID, "2.0");

    assertThat(second).isEqualTo(first).startsWith(cacheDir.toAbsolutePath());
    assertThat(api.requests()).containsExactly(CSV_20);
  }

  @Test
  void resolve_eesReference_downloadsTheNamedOrLatestVersion() throws IOException {
    Path published = SharedData.file("csww_indicators_2017_to_2025.csv");
    api.on("GET " + DS, json("data-set.json")).on(CSV_20, FakeEesApi.gzippedCsv(published));
    EesClient ees = client().build();

    Path latest = ees.resolve("ees:" + ID);
    Path named = ees.resolve("ees:" + ID + "@2.0");

    assertThat(named).isEqualTo(latest);
    assertThat(Workforce.load(named)).isEqualTo(Workforce.load(published));
    assertThat(EesClient.isReference("ees:" + ID)).isTrue();
    assertThat(EesClient.isReference("csww.csv")).isFalse();
    assertThatThrownBy(() -> ees.resolve("csww.csv"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ees:DATASET_ID");
    assertThatThrownBy(() -> ees.resolve("ees:" + ID + "@two"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"two\"");
  }

  // ---------------------------------------------------------------- bodies checked and timed

  private static final String CSV_HEADER = "time_period,time_identifier,geographic_level,"
      + "country_code,country_name\n";

  /** A small CSV in the EES shape, {@code rows} rows after the header. */
  private static String csv(int rows) {
    StringBuilder b = new StringBuilder(CSV_HEADER);
    for (int i = 0; i < rows; i++) {
      b.append(2017 + i % 9).append(",Reporting year,National,E92000001,England\n");
    }
    return b.toString();
  }

  private String csvUri() {
    return api.baseUri() + "v1/data-sets/" + ID + "/csv?dataSetVersion=2.0";
  }

  /** Every file left in the cache, by name relative to it. */
  private List<String> cacheFiles() throws IOException {
    try (var s = Files.walk(cacheDir)) {
      return s.filter(Files::isRegularFile).map(p -> cacheDir.relativize(p).toString()).toList();
    }
  }

  @Test
  void downloadCsv_maintenancePageWithStatus200_isRefusedNamingUrlTypeAndStartAndNotCached()
      throws IOException {
    api.on(CSV_20, FakeEesApi.text(200, "text/html; charset=utf-8",
        "<html><head><title>Service maintenance</title></head>\n<body>Back soon</body></html>"),
        FakeEesApi.text(200, "text/csv", csv(3)));
    EesClient ees = client().build();

    EesApiException e = catchThrowableOfType(() -> ees.downloadCsv(ID, "2.0"),
        EesApiException.class);

    assertThat(e).hasMessageContaining("the CSV download from " + csvUri() + " is not CSV")
        .hasMessageContaining("not cached").hasMessageContaining("text/html")
        .hasMessageContaining("it begins \"<html><head><title>Service maintenance</title>");
    assertThat(e.status()).isEqualTo(OptionalInt.of(200));
    assertThat(slept).isEmpty(); // an answer, not a failure to answer: not retried
    assertThat(cacheFiles()).isEmpty(); // neither the page nor a .part file
    // the next run asks again, and caches the CSV when it comes
    Path file = ees.downloadCsv(ID, "2.0");
    assertThat(Files.readString(file)).isEqualTo(csv(3));
    assertThat(api.requests()).containsExactly(CSV_20, CSV_20);
  }

  @Test
  void downloadCsv_bodySaidToBeGzippedButNot_isRefused_andAnEmptyGzippedBodyBrokeOff()
      throws IOException {
    api.on(CSV_20, FakeEesApi.text(200, "text/csv", csv(3)).withHeader("Content-Encoding",
        "gzip"));
    assertThatThrownBy(() -> client().build().downloadCsv(ID, "2.0"))
        .isInstanceOf(EesApiException.class).hasMessageContaining("says it is gzipped but is not");
    assertThat(cacheFiles()).isEmpty();

    // an empty body labelled gzip ends before the gzip header: retried, then named
    FakeEesApi.Reply empty = FakeEesApi.text(200, "text/csv", "").withHeader("Content-Encoding",
        "gzip");
    api.on(CSV_20, empty, empty, empty, empty);
    assertThatThrownBy(() -> client().build().downloadCsv(ID, "2.0"))
        .isInstanceOf(EesApiException.class)
        .hasMessageContaining("broke off: the gzipped body ended early");
    assertThat(cacheFiles()).isEmpty();
  }

  @Test
  void downloadCsv_textCsvWhoseFirstLineIsNotAHeader_isRefused() throws IOException {
    api.on(CSV_20, FakeEesApi.text(200, "text/csv", "Service maintenance\n"));

    assertThatThrownBy(() -> client().build().downloadCsv(ID, "2.0"))
        .isInstanceOf(EesApiException.class).hasMessageContaining(csvUri())
        .hasMessageContaining("first line is not a CSV header")
        .hasMessageContaining("content type text/csv")
        .hasMessageContaining("it begins \"Service maintenance\"");
    assertThat(cacheFiles()).isEmpty();
  }

  @Test
  void downloadCsv_emptyOrJsonBody_isRefused() throws IOException {
    api.on(CSV_20, FakeEesApi.text(200, "text/csv", ""));
    assertThatThrownBy(() -> client().build().downloadCsv(ID, "2.0"))
        .isInstanceOf(EesApiException.class).hasMessageContaining("it is empty");
    api.on(CSV_20, json("data-set.json"));
    assertThatThrownBy(() -> client().build().downloadCsv(ID, "2.0"))
        .isInstanceOf(EesApiException.class)
        .hasMessageContaining("content type is application/json, not text/csv");
    assertThat(cacheFiles()).isEmpty();
  }

  @Test
  void downloadCsv_pageCachedByAnEarlierVersion_isAskedForAgainOnlineAndRefusedOffline()
      throws IOException {
    Path poisoned = cacheDir.resolve(ID).resolve("2.0").resolve("data-set.csv");
    Files.createDirectories(poisoned.getParent());
    Files.writeString(poisoned, "<html>Service maintenance</html>");

    assertThatThrownBy(() -> client().offline(true).build().downloadCsv(ID, "2.0"))
        .isInstanceOf(EesApiException.class).hasMessageContaining(poisoned.toString())
        .hasMessageContaining("is not CSV");
    api.on(CSV_20, FakeEesApi.text(200, "text/csv", csv(2)));
    assertThat(Files.readString(client().build().downloadCsv(ID, "2.0"))).isEqualTo(csv(2));
    assertThat(api.requests()).containsExactly(CSV_20);
  }

  @Test
  void downloadCsv_bodyStallsAfter1000Bytes_retriesThenFailsSayingItStalledAndLeavesNothing()
      throws IOException {
    String body = csv(200);
    assertThat(body.length()).isGreaterThan(2000);
    api.on(CSV_20, FakeEesApi.text(200, "text/csv", body)
        .stallingAfter(1000, Duration.ofSeconds(60)));
    EesClient ees = client().timeout(Duration.ofSeconds(1))
        .retries(1, Duration.ofMillis(200)).build();

    // without the idle timeout the 60 s stall would end in a whole body, and no exception
    EesApiException e = catchThrowableOfType(() -> ees.downloadCsv(ID, "2.0"),
        EesApiException.class);

    assertThat(e).hasMessageContaining("GET " + csvUri() + " stalled")
        .hasMessageContaining("no data for 1 s after 1000 bytes")
        .hasMessageContaining("after 2 attempt(s)");
    assertThat(slept).containsExactly(Duration.ofMillis(200));
    assertThat(api.requests()).containsExactly(CSV_20, CSV_20);
    assertThat(cacheFiles()).isEmpty(); // no .part file left behind
  }

  @Test
  void downloadCsv_bodyStallsOnceThenComes_isRetriedAndCached() throws IOException {
    String body = csv(200);
    api.on(CSV_20, FakeEesApi.text(200, "text/csv", body)
        .stallingAfter(1000, Duration.ofSeconds(60)), FakeEesApi.text(200, "text/csv", body));

    Path file = client().timeout(Duration.ofSeconds(1)).build().downloadCsv(ID, "2.0");

    assertThat(Files.readString(file)).isEqualTo(body);
    assertThat(slept).containsExactly(Duration.ofSeconds(1));
    assertThat(cacheFiles()).containsExactly(ID + "/2.0/data-set.csv");
  }

  @Test
  void meta_bodyStalls_failsSayingItStalledRatherThanHanging() {
    api.on(META_20, json("meta-2.0.json").stallingAfter(10, Duration.ofSeconds(60)));

    assertThatThrownBy(() -> client().timeout(Duration.ofMillis(500)).retries(0, Duration.ZERO)
        .build().meta(ID, "2.0")).isInstanceOf(EesApiException.class)
        .hasMessageContaining("stalled: no data for 0.5 s after 10 bytes");
  }

  // ---------------------------------------------------------------- unreachable

  @Test
  void meta_unresolvableHost_namesTheHostItCannotResolve() {
    EesClient ees = client().baseUri(java.net.URI.create("http://no-such-host.invalid/statistics/"))
        .retries(0, Duration.ZERO).build();

    assertThatThrownBy(() -> ees.meta(ID, "2.0")).isInstanceOf(EesApiException.class)
        .hasMessageContaining("cannot reach the API for GET http://no-such-host.invalid/")
        .hasMessageContaining("cannot resolve the host no-such-host.invalid")
        .hasMessageNotContaining("java.net.ConnectException");
  }

  @Test
  void meta_connectionRefused_namesHostAndPort() {
    String port = String.valueOf(api.baseUri().getPort());
    EesClient ees = client().retries(0, Duration.ZERO).build();
    api.close();

    assertThatThrownBy(() -> ees.meta(ID, "2.0")).isInstanceOf(EesApiException.class)
        .hasMessageContaining("cannot connect to 127.0.0.1:" + port)
        .hasMessageNotContaining("java.net.ConnectException");
  }

  @Test
  void resolveVersion_staleLatestWhenUnreachable_warnsNamingTheVersionAndWhy()
      throws IOException {
    api.on("GET " + DS, json("data-set.json"));
    List<String> warnings = new ArrayList<>();
    EesClient ees = client().retries(0, Duration.ZERO).warnings(warnings::add).build();
    ees.resolveVersion(ID, EesClient.LATEST);
    assertThat(warnings).isEmpty();

    clock.advance(Duration.ofMinutes(61));
    api.close();

    assertThat(ees.resolveVersion(ID, EesClient.LATEST)).isEqualTo("2.0");
    assertThat(warnings).singleElement().asString().contains("data set " + ID,
        "using version 2.0, the latest when last checked (2025-06-01T12:00:00Z", "reuse period of 1 h",
        "could not be reached", "cannot connect to 127.0.0.1:");
  }

  @Test
  void resolveVersion_staleLatestWhenTheApiFails_usesItWarningThatTheApiDidNotAnswer()
      throws IOException {
    api.on("GET " + DS, json("data-set.json"));
    List<String> warnings = new ArrayList<>();
    EesClient ees = client().retries(0, Duration.ZERO).warnings(warnings::add).build();
    ees.resolveVersion(ID, EesClient.LATEST);

    clock.advance(Duration.ofMinutes(61));
    api.on("GET " + DS, json(503, "error-500.json"));

    assertThat(ees.resolveVersion(ID, EesClient.LATEST)).isEqualTo("2.0");
    assertThat(warnings).singleElement().asString().contains(
        "using version 2.0, the latest when last checked (2025-06-01T12:00:00Z",
        "because the API did not answer to check again", "HTTP 503");
  }

  @Test
  void resolveVersion_staleLatestWhenTheReplyStalls_usesItWarningWhatStalled()
      throws IOException {
    api.on("GET " + DS, json("data-set.json"));
    List<String> warnings = new ArrayList<>();
    EesClient ees = client().timeout(Duration.ofMillis(500)).retries(0, Duration.ZERO)
        .warnings(warnings::add).build();
    ees.resolveVersion(ID, EesClient.LATEST);

    clock.advance(Duration.ofMinutes(61));
    api.on("GET " + DS, json("data-set.json").stallingAfter(10, Duration.ofSeconds(60)));

    assertThat(ees.resolveVersion(ID, EesClient.LATEST)).isEqualTo("2.0");
    assertThat(warnings).singleElement().asString().contains("using version 2.0",
        "because the API did not answer to check again", "stalled: no data for 0.5 s");
  }

  @Test
  void resolveVersion_staleLatestWhenTheDataSetIsGone_throwsTheApisAnswer() throws IOException {
    api.on("GET " + DS, json("data-set.json"));
    List<String> warnings = new ArrayList<>();
    EesClient ees = client().retries(0, Duration.ZERO).warnings(warnings::add).build();
    ees.resolveVersion(ID, EesClient.LATEST);

    clock.advance(Duration.ofMinutes(61));
    api.on("GET " + DS, json(404, "error-404.json"));

    EesApiException e = catchThrowableOfType(() -> ees.resolveVersion(ID, EesClient.LATEST),
        EesApiException.class);
    assertThat(e.status()).isEqualTo(OptionalInt.of(404));
    assertThat(e.isTransient()).isFalse();
    assertThat(warnings).isEmpty();
  }

  @Test
  void isTransient_noResponseOverloadServerErrorAndStallsAreButRefusalsAreNot() {
    EesApiException refused = new EesApiException("x", 404, "id", "", "", "", List.of(), null);
    EesApiException tooMany = new EesApiException("x", 429, "id", "", "", "", List.of(), null);
    EesApiException failed = new EesApiException("x", 502, "id", "", "", "", List.of(), null);
    EesApiException offline = new EesApiException("x", 0, "id", "", "", "", List.of(), null);
    assertThat(refused.isTransient()).isFalse();
    assertThat(tooMany.isTransient()).isTrue();
    assertThat(failed.isTransient()).isTrue();
    assertThat(offline.isTransient()).isFalse();

    String port = String.valueOf(api.baseUri().getPort());
    EesClient ees = client().retries(0, Duration.ZERO).build();
    api.close();
    EesApiException unreachable = catchThrowableOfType(() -> ees.meta(ID, "2.0"),
        EesApiException.class);
    assertThat(unreachable).hasMessageContaining("cannot connect to 127.0.0.1:" + port);
    assertThat(unreachable.isTransient()).isTrue();
  }

  // ---------------------------------------------------------------- references

  @Test
  void eesReference_malformed_isRefusedWithoutARequestNamingTheReference() {
    assertThatThrownBy(() -> EesReference.parse("ees:abc@v2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"ees:abc@v2\"")
        .hasMessageContaining("version must be a number").hasMessageContaining("got \"v2\"");
    assertThatThrownBy(() -> EesReference.parse("ees:"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"ees:\"")
        .hasMessageContaining("data set id must be");
    assertThatThrownBy(() -> EesReference.parse("ees:cin@x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got \"x\"");
    assertThatThrownBy(() -> client().build().resolve("ees:abc@v2"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void eesReference_valid_splitsAndEquals() {
    assertThat(EesReference.parse("ees:abc")).isEqualTo(new EesReference("abc", "latest"))
        .isEqualTo(EesReference.parse("ees:abc@")).hasToString("ees:abc@latest");
    assertThat(EesReference.parse("ees:abc@2.*").version()).isEqualTo("2.*");
    assertThat(new EesReference("abc", "2.0").hashCode())
        .isEqualTo(new EesReference("abc", "2.0").hashCode());
    assertThatThrownBy(() -> new EesReference(null, "2.0"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new EesReference("abc", null))
        .isInstanceOf(NullPointerException.class);
  }

  /** A clock the test moves by hand. */
  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
