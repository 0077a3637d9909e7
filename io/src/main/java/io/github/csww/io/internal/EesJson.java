package io.github.csww.io.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.csww.io.EesDataSet;
import io.github.csww.io.EesMeta;
import io.github.csww.io.EesQuery;
import io.github.csww.io.EesQueryResult;
import io.github.csww.io.EesVersion;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the JSON of the EES public data API into csww's records, and writes query bodies. A
 * missing required field or a value of the wrong kind is a {@link Malformed} naming the field;
 * fields the API adds later are ignored.
 */
public final class EesJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private EesJson() {}

  /** A body that is not JSON, or not in the shape the API describes. */
  public static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Parses JSON text.
   *
   * @param body the bytes
   * @return the tree
   * @throws Malformed if the bytes are empty or not JSON
   */
  public static JsonNode parse(byte[] body) throws Malformed {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new Malformed("empty body where JSON was expected", null);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new Malformed("not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new Malformed("not JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a node as compact JSON.
   *
   * @param node the tree
   * @return UTF-8 bytes
   */
  public static byte[] write(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A new empty object node.
   *
   * @return the node
   */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * A new empty array node.
   *
   * @return the node
   */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /**
   * The body of {@code POST /query} for one page.
   *
   * @param query the query
   * @param page the page, from 1
   * @return UTF-8 JSON bytes
   * @throws Malformed if the criteria are not a JSON object
   */
  public static byte[] queryBody(EesQuery query, int page) throws Malformed {
    ObjectNode body = MAPPER.createObjectNode();
    if (query.criteria().isPresent()) {
      JsonNode criteria = parse(query.criteria().get().getBytes(
          java.nio.charset.StandardCharsets.UTF_8));
      if (!criteria.isObject()) {
        throw new Malformed("query criteria must be a JSON object, got " + criteria, null);
      }
      body.set("criteria", criteria);
    }
    ArrayNode indicators = body.putArray("indicators");
    query.indicators().forEach(indicators::add);
    body.put("page", page);
    body.put("pageSize", query.pageSize());
    return write(body);
  }

  // ---------------------------------------------------------------- records

  /**
   * A data set summary.
   *
   * @param n the JSON object
   * @return the record
   * @throws Malformed if a required field is missing
   */
  public static EesDataSet dataSet(JsonNode n) throws Malformed {
    JsonNode latest = n.path("latestVersion");
    Optional<String> latestVersion = latest.isObject()
        ? Optional.of(text(latest, "version")) : Optional.empty();
    return new EesDataSet(text(n, "id"), text(n, "title"), optText(n, "summary"),
        text(n, "status"), latestVersion, optional(n, "supersedingDataSetId"));
  }

  /**
   * A data set version.
   *
   * @param n the JSON object
   * @return the record
   * @throws Malformed if a required field is missing or a date is malformed
   */
  public static EesVersion version(JsonNode n) throws Malformed {
    JsonNode periods = n.path("timePeriods");
    return new EesVersion(text(n, "version"), optText(n, "type"), optText(n, "status"),
        time(n, "published"), time(n, "withdrawn"), optText(n, "notes"),
        n.path("totalResults").asLong(0), optText(n.path("file"), "id"),
        optText(n.path("release"), "title"), optText(n.path("release"), "slug"),
        optText(periods, "start"), optText(periods, "end"), texts(n, "geographicLevels"),
        texts(n, "filters"), texts(n, "indicators"));
  }

  /**
   * The versions of a paginated version list (or of the cached list of all pages).
   *
   * @param page the JSON object with {@code results}
   * @return the versions
   * @throws Malformed if {@code results} or a required field is missing
   */
  public static List<EesVersion> versions(JsonNode page) throws Malformed {
    List<EesVersion> out = new ArrayList<>();
    for (JsonNode v : results(page)) {
      out.add(version(v));
    }
    return out;
  }

  /**
   * The {@code results} array of a paginated response.
   *
   * @param page the JSON object
   * @return the array
   * @throws Malformed if there is no {@code results} array
   */
  public static ArrayNode results(JsonNode page) throws Malformed {
    JsonNode results = page.get("results");
    if (results == null || !results.isArray()) {
      throw new Malformed("missing array 'results'", null);
    }
    return (ArrayNode) results;
  }

  /**
   * The {@code paging.totalPages} of a paginated response.
   *
   * @param page the JSON object
   * @return the number of pages, 0 or more
   * @throws Malformed if {@code paging.totalPages} is missing or not a count
   */
  public static int totalPages(JsonNode page) throws Malformed {
    JsonNode paging = page.get("paging");
    if (paging == null || !paging.isObject()) {
      throw new Malformed("missing object 'paging'", null);
    }
    JsonNode total = paging.get("totalPages");
    if (total == null || !total.canConvertToInt() || total.asInt() < 0) {
      throw new Malformed("missing or bad 'paging.totalPages': " + total, null);
    }
    return total.asInt();
  }

  /**
   * A data set version's metadata.
   *
   * @param n the JSON object
   * @return the record
   * @throws Malformed if a required field is missing
   */
  public static EesMeta meta(JsonNode n) throws Malformed {
    List<EesMeta.Filter> filters = new ArrayList<>();
    for (JsonNode f : array(n, "filters")) {
      List<EesMeta.Option> options = new ArrayList<>();
      for (JsonNode o : array(f, "options")) {
        options.add(new EesMeta.Option(text(o, "id"), text(o, "label")));
      }
      filters.add(new EesMeta.Filter(text(f, "id"), optText(f, "column"), text(f, "label"),
          optText(f, "hint"), options));
    }
    List<EesMeta.Indicator> indicators = new ArrayList<>();
    for (JsonNode i : array(n, "indicators")) {
      JsonNode dp = i.path("decimalPlaces");
      indicators.add(new EesMeta.Indicator(text(i, "id"), optText(i, "column"),
          text(i, "label"), optText(i, "unit"),
          dp.canConvertToInt() ? OptionalInt.of(dp.asInt()) : OptionalInt.empty()));
    }
    List<EesMeta.GeographicLevel> levels = new ArrayList<>();
    for (JsonNode g : array(n, "geographicLevels")) {
      levels.add(level(g));
    }
    List<EesMeta.LocationGroup> locations = new ArrayList<>();
    for (JsonNode g : array(n, "locations")) {
      List<EesMeta.Location> options = new ArrayList<>();
      for (JsonNode o : array(g, "options")) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (!e.getKey().equals("id") && !e.getKey().equals("label")
              && e.getValue().isValueNode() && !e.getValue().isNull()) {
            codes.put(e.getKey(), e.getValue().asText());
          }
        }
        options.add(new EesMeta.Location(text(o, "id"), text(o, "label"), codes));
      }
      JsonNode level = g.get("level");
      if (level == null || !level.isObject()) {
        throw new Malformed("missing object 'level' in a location group", null);
      }
      locations.add(new EesMeta.LocationGroup(level(level), options));
    }
    List<EesMeta.TimePeriod> periods = new ArrayList<>();
    for (JsonNode t : array(n, "timePeriods")) {
      periods.add(new EesMeta.TimePeriod(text(t, "code"), text(t, "period"),
          optText(t, "label")));
    }
    return new EesMeta(filters, indicators, levels, locations, periods);
  }

  private static EesMeta.GeographicLevel level(JsonNode g) throws Malformed {
    return new EesMeta.GeographicLevel(text(g, "code"), optText(g, "label"));
  }

  /**
   * One query result.
   *
   * @param r the JSON object
   * @return the record
   * @throws Malformed if a required field is missing
   */
  public static EesQueryResult queryResult(JsonNode r) throws Malformed {
    JsonNode time = r.get("timePeriod");
    if (time == null || !time.isObject()) {
      throw new Malformed("missing object 'timePeriod' in a query result", null);
    }
    return new EesQueryResult(text(time, "period"), text(time, "code"),
        text(r, "geographicLevel"), map(r, "locations"), map(r, "filters"), map(r, "values"));
  }

  // ---------------------------------------------------------------- error bodies

  /**
   * The {@code title}, {@code detail} and validation errors of an error body; empty strings and
   * an empty list when the body is not JSON. Validation errors come in two shapes: the published
   * guide shows an object of arrays keyed by parameter path, the API's source a list of objects
   * with a {@code path}; both are read.
   *
   * @param body the error body
   * @return what it said
   */
  public static Problem problem(byte[] body) {
    JsonNode n;
    try {
      n = parse(body);
    } catch (Malformed e) {
      // not JSON, say a gateway's HTML page: its first line, shortened, is the detail
      String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).strip();
      int end = text.indexOf('\n');
      text = end < 0 ? text : text.substring(0, end).strip();
      return new Problem("", text.length() > 200 ? text.substring(0, 200) + "..." : text,
          List.of());
    }
    List<String> errors = new ArrayList<>();
    JsonNode es = n.path("errors");
    if (es.isArray()) {
      for (JsonNode e : es) {
        errors.add(error(e.path("path").asText(""), e));
      }
    } else if (es.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = es.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        for (JsonNode e : entry.getValue()) {
          errors.add(error(entry.getKey(), e));
        }
      }
    }
    return new Problem(n.path("title").asText(""), n.path("detail").asText(""), errors);
  }

  private static String error(String path, JsonNode e) {
    String message = e.isTextual() ? e.asText() : e.path("message").asText("");
    String code = e.path("code").asText("");
    return (path.isEmpty() ? "(request)" : path) + ": " + message
        + (code.isEmpty() ? "" : " (" + code + ")");
  }

  /**
   * What an error body said.
   *
   * @param title the {@code title}, or {@code ""}
   * @param detail the {@code detail} (or the first line of a body that is not JSON), or {@code ""}
   * @param errors the validation errors as {@code path: message (code)}
   */
  public record Problem(String title, String detail, List<String> errors) {}

  // ---------------------------------------------------------------- fields

  private static String text(JsonNode n, String field) throws Malformed {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || !v.isValueNode()) {
      throw new Malformed("missing field '" + field + "'", null);
    }
    return v.asText();
  }

  private static String optText(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? "" : v.asText();
  }

  private static Optional<String> optional(JsonNode n, String field) {
    String v = optText(n, field);
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  private static Optional<OffsetDateTime> time(JsonNode n, String field) throws Malformed {
    String v = optText(n, field);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(v));
    } catch (DateTimeParseException e) {
      throw new Malformed("field '" + field + "' is not a date-time: " + v, e);
    }
  }

  private static JsonNode array(JsonNode n, String field) throws Malformed {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return MAPPER.createArrayNode();
    }
    if (!v.isArray()) {
      throw new Malformed("field '" + field + "' is not an array", null);
    }
    return v;
  }

  private static List<String> texts(JsonNode n, String field) throws Malformed {
    List<String> out = new ArrayList<>();
    for (JsonNode v : array(n, field)) {
      out.add(v.asText());
    }
    return out;
  }

  private static Map<String, String> map(JsonNode n, String field) throws Malformed {
    JsonNode v = n.get(field);
    Map<String, String> out = new LinkedHashMap<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isObject()) {
      throw new Malformed("field '" + field + "' is not an object", null);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }
}
