package io.github.csww.io.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import io.github.csww.Area;
import io.github.csww.Authority;
import io.github.csww.England;
import io.github.csww.Level;
import io.github.csww.LoadException;
import io.github.csww.LoadLimits;
import io.github.csww.LoadOptions;
import io.github.csww.LoadReport;
import io.github.csww.Metric;
import io.github.csww.Region;
import io.github.csww.SkippedRow;
import io.github.csww.Snapshot;
import io.github.csww.Suppression;
import io.github.csww.Value;
import io.github.csww.Workforce;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * csww's JSON form of a workforce, read and written with Jackson: a streaming parser walks the
 * document and builds one snapshot at a time as a Databind tree, keeping where each of its values
 * and field names starts, so a message names the line and column of the value at fault (a
 * missing field, of the object it is missing from). No polymorphic typing is ever enabled: every
 * value is read as a tree and checked by hand.
 *
 * <pre>{@code
 * {"format": "csww-workforce", "version": 2, "snapshots": [
 *   {"year": 2017,
 *    "area": {"level": "Local authority", "laNumbers": [933], "codes": ["E10000027", "E06000066"],
 *             "names": ["Somerset"], "region": "E12000009"},
 *    "published": {"code": "E10000027", "name": "Somerset", "region": "E12000009"},
 *    "values": {"CASELOAD": 13.3, "CASES": "x", ...}}]}
 * }</pre>
 *
 * <p>{@code published} is the authority's code, name and region as that year's row published
 * them; it is written only when they differ from the area's latest, and read as the area's latest
 * when absent ({@code region} may be left out too). Version 2 added it; version 1 documents, which
 * never have it, are read as before.
 */
public final class JsonCodec {
  /** The value of the {@code format} field. */
  public static final String FORMAT = "csww-workforce";
  /** The value of the {@code version} field this code writes and reads. */
  public static final int VERSION = 2;
  /** The oldest {@code version} this code reads: version 1 had no {@code published} field. */
  public static final int OLDEST_VERSION = 1;
  /** How deep a snapshot's JSON may nest before it is refused: far deeper than any snapshot. */
  static final int MAX_SNAPSHOT_DEPTH = 64;

  /** Limits on what a document may hold, enforced while it is read: the default ones. */
  public static final StreamReadConstraints CONSTRAINTS = constraints(LoadLimits.defaults());

  /**
   * Jackson's read constraints for csww's limits: nesting depth, string, name and number length
   * and document length.
   *
   * @param limits the limits
   * @return the constraints
   */
  static StreamReadConstraints constraints(LoadLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxJsonDepth())
        .maxStringLength(limits.maxJsonStringLength())
        .maxNameLength(Math.max(limits.maxNameLength(), 64))
        .maxNumberLength(limits.maxNumberLength())
        .maxDocumentLength(limits.maxFileBytes())
        .build();
  }

  /** A mapper for the given limits: the shared one for the defaults, else a new one. */
  private static ObjectMapper mapperFor(LoadLimits limits) {
    return limits.equals(LoadLimits.defaults()) ? Holder.MAPPER : mapper(limits);
  }

  private static ObjectMapper mapper(LoadLimits limits) {
    return JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(constraints(limits))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build())
        .build();
  }

  private static final String EXPECTED_VALUE =
      "expected a non-negative number or a suppression marker (c, x, z, u, low, :, .)";

  private JsonCodec() {}

  /** Created on first use, so that loading a CSV file never initialises Jackson. */
  private static final class Holder {
    static final ObjectMapper MAPPER = mapper(LoadLimits.defaults());
  }

  /**
   * A copy of the mapper used to read and write, for tests that check its configuration; a copy,
   * so no caller can reconfigure (say, enable default typing on) the one csww reads with.
   */
  public static ObjectMapper mapper() {
    return Holder.MAPPER.copy();
  }

  /** The JSON factory csww writes with, for the other JSON writers of this module. */
  public static com.fasterxml.jackson.core.JsonFactory factory() {
    return Holder.MAPPER.getFactory();
  }

  // ------------------------------------------------------------------ writing

  /**
   * Whether a snapshot was published with another code, name or region than its authority's
   * latest, which only version 2's {@code published} field keeps.
   */
  private static boolean needsPublished(Snapshot s) {
    return s.area() instanceof Authority a && s.publishedArea() instanceof Authority p
        && (!p.code().equals(a.code()) || !p.name().equals(a.name())
            || p.region() != a.region());
  }

  /** Writes the view's snapshots as indented UTF-8 JSON; the stream is not closed. */
  public static void write(Workforce view, OutputStream out) throws IOException {
    try (JsonGenerator g = Holder.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      // version 1 when no snapshot needs version 2's published field, so older readers read it
      boolean published = false;
      for (Snapshot s : view.snapshots()) {
        if (needsPublished(s)) {
          published = true;
          break;
        }
      }
      g.writeNumberField("version", published ? VERSION : OLDEST_VERSION);
      g.writeArrayFieldStart("snapshots");
      for (Snapshot s : view.snapshots()) {
        write(g, s);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void write(JsonGenerator g, Snapshot s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", s.year());
    g.writeObjectFieldStart("area");
    Area area = s.area();
    g.writeStringField("level", area.level().label());
    if (area instanceof Region r) {
      g.writeStringField("code", r.code());
    } else if (area instanceof Authority a) {
      g.writeArrayFieldStart("laNumbers");
      for (int n : a.laNumbers()) {
        g.writeNumber(n);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("codes");
      for (String c : a.codes()) {
        g.writeString(c);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("names");
      for (String n : a.names()) {
        g.writeString(n);
      }
      g.writeEndArray();
      g.writeStringField("region", a.region().code());
    }
    g.writeEndObject();
    if (needsPublished(s)) {
      // this year's code and name, when not the latest: Somerset was E10000027 until 2022
      Authority p = (Authority) s.publishedArea();
      g.writeObjectFieldStart("published");
      g.writeStringField("code", p.code());
      g.writeStringField("name", p.name());
      g.writeStringField("region", p.region().code());
      g.writeEndObject();
    }
    g.writeObjectFieldStart("values");
    for (Metric m : Metric.values()) {
      g.writeFieldName(m.name());
      if (s.has(m)) {
        double d = s.number(m);
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
          g.writeNumber((long) d);
        } else {
          g.writeNumber(d);
        }
      } else {
        g.writeString(s.value(m).suppression().orElseThrow().marker());
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a document; the stream is not closed.
   *
   * @throws LoadException naming the line and column of the problem
   */
  public static Workforce read(InputStream in, String source, LoadOptions options)
      throws IOException {
    Reading reading = new Reading(source, options.isLenient(), options.limits());
    return reading.read(new BoundedInput(in, source, options.limits().maxFileBytes(),
        "LoadLimits.maxFileBytes"));
  }

  /** One read of one document. */
  private static final class Reading {
    private final String source;
    private final boolean lenient;
    private final LoadLimits limits;
    private final ObjectMapper mapper;
    private final List<Snapshot> kept = new ArrayList<>();
    private final List<SkippedRow> skipped = new ArrayList<>();
    private final Map<Key, Long> seen = new HashMap<>();
    /**
     * Where each token of the current snapshot's tree starts, in the order {@link #node} reads
     * them: a value, then for an object each field's name and value, for an array each element.
     * Found again by walking the tree only when an error needs one ({@link #loc}), so that a
     * snapshot read without error builds no path and looks nothing up.
     */
    private final List<JsonLocation> marks = new ArrayList<>();
    /** The tree of the current snapshot, whose tokens {@link #marks} locates. */
    private JsonNode current;
    /** The field names and array indices from the snapshot down to the value being read. */
    private final Object[] steps = new Object[MAX_SNAPSHOT_DEPTH + 2];
    private long rowsRead;

    private record Key(Object area, int year) {}

    Reading(String source, boolean lenient, LoadLimits limits) {
      this.source = source;
      this.lenient = lenient;
      this.limits = limits;
      this.mapper = mapperFor(limits);
    }

    Workforce read(InputStream in) throws IOException {
      JsonParser p = null;
      try {
        p = mapper.createParser(in);
        JsonToken first = p.nextToken();
        if (first == null) {
          throw new LoadException(source, 0, 0, "is empty: expected a csww JSON document");
        }
        if (first != JsonToken.START_OBJECT) {
          throw error(p.currentTokenLocation(), "expected a JSON object {\"format\": \""
              + FORMAT + "\", ...}, found " + describe(first));
        }
        boolean format = false;
        boolean snapshots = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonLocation at = p.currentTokenLocation();
          JsonToken t = p.nextToken();
          switch (field) {
            case "format":
              if (t != JsonToken.VALUE_STRING || !FORMAT.equals(p.getText())) {
                throw error(at, "expected \"format\": \"" + FORMAT + "\", found "
                    + describe(p));
              }
              format = true;
              break;
            case "version":
              if (t != JsonToken.VALUE_NUMBER_INT || p.getLongValue() < OLDEST_VERSION
                  || p.getLongValue() > VERSION) {
                throw error(at, "expected \"version\": " + OLDEST_VERSION + " to " + VERSION
                    + " (this csww reads versions " + OLDEST_VERSION + " to " + VERSION
                    + "), found " + describe(p));
              }
              break;
            case "snapshots":
              if (t != JsonToken.START_ARRAY) {
                throw error(at, "expected \"snapshots\" to be an array, found " + describe(p));
              }
              snapshots(p);
              snapshots = true;
              break;
            default:
              throw error(at, "unknown field '" + Printable.of(field, 60)
                  + "': expected format, version and snapshots");
          }
        }
        if (!format) {
          throw new LoadException(source, 0, 0, "is not a csww JSON document: expected a field "
              + "\"format\": \"" + FORMAT + "\"");
        }
        if (!snapshots) {
          throw new LoadException(source, 0, 0, "expected a field \"snapshots\"");
        }
        JsonToken after = p.nextToken();
        if (after != null) {
          throw error(p.currentTokenLocation(),
              "unexpected " + describe(after) + " after the end of the document");
        }
      } catch (JsonProcessingException e) {
        // A constraint exceeded carries no location: take the parser's.
        JsonLocation at = e.getLocation() != null ? e.getLocation()
            : p != null ? p.currentLocation() : null;
        throw new LoadException(source, at == null ? 0 : Math.max(0, at.getLineNr()),
            at == null ? 0 : Math.max(0, at.getColumnNr()),
            "not valid csww JSON: " + Printable.of(e.getOriginalMessage(), 300), e);
      } catch (LoadException e) {
        throw e;
      } catch (IOException e) {
        // Jackson's own decoding errors (CharConversionException for bad UTF-32, say)
        throw new LoadException(source, 0, 0, "not valid csww JSON: " + e.getMessage(), e);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new LoadException(source, 0, 0, "not valid csww JSON: " + e.getMessage(), e);
      } finally {
        if (p != null) {
          p.close();
        }
      }
      LoadReport report = new LoadReport(source, "csww JSON", rowsRead, kept.size(), ImmutableList.copyOf(skipped),
          ImmutableList.of());
      try {
        return Workforce.of(kept, report);
      } catch (IllegalArgumentException e) {
        throw new LoadException(source, 0, 0, e.getMessage(), e);
      }
    }

    private void snapshots(JsonParser p) throws IOException {
      int index = 0;
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        JsonLocation at = p.currentTokenLocation();
        String path = "snapshots[" + index + "]";
        index++;
        rowsRead++;
        if (t != JsonToken.START_OBJECT) {
          p.skipChildren();
          fail(at, path + ": expected an object with year, area and values, found "
              + describe(t));
          continue;
        }
        marks.clear();
        current = null;
        JsonNode node = node(p, path, 0);
        current = node;
        try {
          Snapshot s;
          try {
            s = snapshot(node, path, at);
          } catch (IllegalArgumentException | IllegalStateException e) {
            throw error(at, path + ": " + e.getMessage());
          }
          kept.add(s);
        } catch (LoadException e) {
          if (!lenient) {
            throw e;
          }
          skipped.add(new SkippedRow(Math.max(1, e.line()), e.column(), e.detail()));
        }
      }
    }

    /**
     * Reads the value at the parser's current token as a tree, as {@code readTree} does, keeping
     * where each value and field name starts ({@link #marks}). Jackson's read constraints bound
     * the depth.
     *
     * @param path the snapshot's path, {@code snapshots[0]}, for an error's message
     */
    private JsonNode node(JsonParser p, String path, int depth) throws IOException {
      // A snapshot's fields go three levels down (area, codes); a document nested deeper is not
      // a snapshot, and is refused here rather than overflow the stack of this recursion when
      // LoadLimits allow deep JSON.
      if (depth > MAX_SNAPSHOT_DEPTH) {
        throw error(p.currentTokenLocation(), path(path, depth) + ": nested more than "
            + MAX_SNAPSHOT_DEPTH + " levels deep; a snapshot's fields go " + 3 + " levels deep");
      }
      marks.add(p.currentTokenLocation());
      JsonNodeFactory f = mapper.getNodeFactory();
      switch (p.currentToken()) {
        case START_OBJECT: {
          ObjectNode o = f.objectNode();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            marks.add(p.currentTokenLocation());
            p.nextToken();
            steps[depth] = name;
            o.set(name, node(p, path, depth + 1));
          }
          return o;
        }
        case START_ARRAY: {
          ArrayNode a = f.arrayNode();
          int i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            steps[depth] = i++;
            a.add(node(p, path, depth + 1));
          }
          return a;
        }
        case VALUE_STRING:
          return f.textNode(p.getText());
        case VALUE_NUMBER_INT:
          switch (p.getNumberType()) {
            case INT:
              return f.numberNode(p.getIntValue());
            case LONG:
              return f.numberNode(p.getLongValue());
            default:
              return f.numberNode(p.getBigIntegerValue());
          }
        case VALUE_NUMBER_FLOAT:
          return f.numberNode(p.getDoubleValue());
        case VALUE_TRUE:
          return f.booleanNode(true);
        case VALUE_FALSE:
          return f.booleanNode(false);
        case VALUE_NULL:
          return f.nullNode();
        default:
          throw error(p.currentTokenLocation(), path(path, depth) + ": unexpected "
              + describe(p.currentToken()));
      }
    }

    /** The path of the value {@link #node} is reading at a depth, from {@link #steps}. */
    private String path(String snapshot, int depth) {
      StringBuilder b = new StringBuilder(snapshot);
      for (int i = 0; i < depth; i++) {
        b.append(steps[i] instanceof Integer k ? "[" + k + "]" : "." + steps[i]);
      }
      return b.toString();
    }

    /**
     * Where the value at a path of the current snapshot starts ({@code snapshots[0].values.CASES},
     * {@code snapshots[0].area.codes[1]}), or its field's name with a colon after the path;
     * where no such value was read, the nearest enclosing value (the snapshot, at worst): a
     * missing field is located at its object. Found by walking the snapshot's tree in the order
     * {@link #node} read it, counting tokens.
     */
    private JsonLocation loc(String path) {
      if (current == null || marks.isEmpty()) {
        return null;
      }
      String rest = path.substring(Math.max(0, path.indexOf(']') + 1));
      boolean name = rest.endsWith(":");
      if (name) {
        rest = rest.substring(0, rest.length() - 1);
      }
      JsonNode node = current;
      int at = 0; // the mark of node
      while (!rest.isEmpty()) {
        int child = -1; // the mark of the step's value
        JsonNode next = null;
        String after = rest;
        if (node.isObject() && rest.charAt(0) == '.') {
          int k = at + 1;
          String best = null;
          for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String f = e.getKey();
            // the longest name the path goes on from: a name may hold a dot
            if (rest.startsWith(f, 1) && (rest.length() == f.length() + 1
                || ".[".indexOf(rest.charAt(f.length() + 1)) >= 0)
                && (best == null || f.length() > best.length())) {
              best = f;
              child = k + 1;
              next = e.getValue();
            }
            k += 1 + tokens(e.getValue());
          }
          if (best != null) {
            after = rest.substring(best.length() + 1);
          }
        } else if (node.isArray() && rest.charAt(0) == '[') {
          int close = rest.indexOf(']');
          int index = close > 1 ? parseIndex(rest.substring(1, close)) : -1;
          if (index >= 0 && index < node.size()) {
            int k = at + 1;
            for (int i = 0; i < index; i++) {
              k += tokens(node.get(i));
            }
            child = k;
            next = node.get(index);
            after = rest.substring(close + 1);
          }
        }
        if (next == null) {
          return marks.get(at); // no such value: its nearest enclosing one
        }
        if (name && after.isEmpty() && node.isObject()) {
          return marks.get(child - 1); // the field's name
        }
        node = next;
        at = child;
        rest = after;
      }
      return marks.get(at);
    }

    /** How many marks {@link #node} made for a value: itself, and its names and values. */
    private static int tokens(JsonNode n) {
      int count = 1;
      if (n.isObject()) {
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
          count += 1 + tokens(it.next());
        }
      } else if (n.isArray()) {
        for (JsonNode e : n) {
          count += tokens(e);
        }
      }
      return count;
    }

    private static int parseIndex(String digits) {
      try {
        return Integer.parseInt(digits);
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    private void fail(JsonLocation at, String detail) throws LoadException {
      LoadException e = error(at, detail);
      if (!lenient) {
        throw e;
      }
      skipped.add(new SkippedRow(Math.max(1, e.line()), e.column(), e.detail()));
    }

    private Snapshot snapshot(JsonNode node, String path, JsonLocation at)
        throws LoadException {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!f.equals("year") && !f.equals("area") && !f.equals("values")
            && !f.equals("published")) {
          throw error(loc(path + "." + f + ":"), path + ": unknown field '"
              + Printable.of(f, 60) + "': expected year, area, published and values");
        }
      }
      JsonNode y = node.get("year");
      // canConvertToInt first: asLong would wrap 18446744073709553633 to 2017.
      if (y == null || !y.isIntegralNumber() || !y.canConvertToInt() || y.asInt() < 1900
          || y.asInt() > 2999) {
        throw error(loc(path + ".year"), path + ".year: expected a reporting year between 1900 and 2999, found "
            + describe(y));
      }
      int year = y.asInt();
      Area area = area(node.get("area"), path + ".area", at);
      Key key = new Key(area instanceof Authority a ? a.laNumbers() : area, year);
      long line = Math.max(1, at.getLineNr());
      Long before = seen.get(key);
      if (before != null) {
        throw error(at, path + ": duplicate snapshot: " + area + " in " + year
            + " was already read on line " + before + "; expected one per area and year");
      }
      Snapshot.Builder b = Snapshot.builder(area, year);
      JsonNode published = node.get("published");
      if (published != null) {
        b.publishedAs(published(published, area, path + ".published", at));
      }
      JsonNode values = node.get("values");
      if (values == null || !values.isObject()) {
        throw error(loc(path + ".values"), path + ".values: expected an object of metric values, found "
            + describe(values));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Metric m;
        try {
          m = Metric.valueOf(e.getKey());
        } catch (IllegalArgumentException ex) {
          throw error(loc(path + ".values." + e.getKey() + ":"), path + ".values: unknown metric '" + Printable.of(e.getKey(), 60)
              + "': expected one of " + List.of(Metric.values()));
        }
        JsonNode v = e.getValue();
        if (v.isNumber()) {
          double d = v.doubleValue();
          if (!Double.isFinite(d)) {
            throw error(loc(path + ".values." + e.getKey()), path + ".values." + m + ": "
                + EXPECTED_VALUE + ", found "
                + describe(v) + " (too large for a number)");
          }
          if (d < 0 || (d == 0 && 1 / d < 0)) {
            // as the CSV reader: published figures are never negative
            throw error(loc(path + ".values." + e.getKey()), path + ".values." + m + ": "
                + EXPECTED_VALUE + ", found "
                + describe(v) + " (negative)");
          }
          b.set(m, Value.of(d));
        } else {
          Optional<Suppression> s = v.isTextual()
              ? Suppression.fromMarker(v.textValue()) : Optional.empty();
          if (s.isEmpty()) {
            throw error(loc(path + ".values." + e.getKey()), path + ".values." + m + ": "
                + EXPECTED_VALUE + ", found "
                + describe(v));
          }
          b.suppress(m, s.get());
        }
      }
      seen.put(key, line);
      return b.build();
    }

    private Area area(JsonNode a, String path, JsonLocation at) throws LoadException {
      if (a == null || !a.isObject()) {
        throw error(loc(path), path + ": expected an object with a level, found " + describe(a));
      }
      JsonNode levelNode = a.get("level");
      Optional<Level> level = levelNode != null && levelNode.isTextual()
          ? Level.fromLabel(levelNode.textValue()) : Optional.empty();
      if (level.isEmpty()) {
        throw error(loc(path + ".level"), path + ".level: expected National, Regional or Local authority, found "
            + describe(levelNode));
      }
      switch (level.get()) {
        case NATIONAL:
          fields(a, path, at, "level");
          return England.INSTANCE;
        case REGIONAL:
          fields(a, path, at, "level", "code");
          return region(a.get("code"), path + ".code", at);
        default:
          fields(a, path, at, "level", "laNumbers", "codes", "names", "region");
          ImmutableList.Builder<Integer> numbers = ImmutableList.builder();
          JsonNode ns = array(a.get("laNumbers"), path + ".laNumbers", at, "LA numbers");
          for (int i = 0; i < ns.size(); i++) {
            JsonNode n = ns.get(i);
            if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < 1) {
              throw error(loc(path + ".laNumbers[" + i + "]"), path + ".laNumbers: expected positive LA numbers such as 860, "
                  + "found " + describe(n));
            }
            numbers.add(n.asInt());
          }
          ImmutableList<String> codes = strings(a.get("codes"), path + ".codes", at,
              "ONS codes");
          ImmutableList<String> names = strings(a.get("names"), path + ".names", at, "names");
          Region region = region(a.get("region"), path + ".region", at);
          try {
            return new Authority(numbers.build(), codes, names, region);
          } catch (IllegalArgumentException e) {
            throw error(loc(path), path + ": " + e.getMessage());
          }
      }
    }

    /**
     * The {@code published} object of a snapshot: the authority with the code, name and region
     * of that year's row, each one the authority has had.
     */
    private Authority published(JsonNode p, Area area, String path, JsonLocation at)
        throws LoadException {
      if (!(area instanceof Authority a)) {
        throw error(loc(path), path + ": only a local authority has a published code and name, found "
            + "one for " + area.level().label() + " " + Printable.of(area.label(), 60));
      }
      if (!p.isObject()) {
        throw error(loc(path), path + ": expected an object with the code and name of the year's row, "
            + "found " + describe(p));
      }
      fields(p, path, at, "code", "name", "region");
      String code = string(p.get("code"), path + ".code", at, "an ONS code");
      if (!a.codes().contains(code)) {
        throw error(loc(path + ".code"), path + ".code: expected one of the area's codes " + a.codes()
            + ", found " + describe(p.get("code")));
      }
      String name = string(p.get("name"), path + ".name", at, "a name");
      if (!a.names().contains(name)) {
        throw error(loc(path + ".name"), path + ".name: expected one of the area's names " + a.names()
            + ", found " + describe(p.get("name")));
      }
      Region region = p.has("region") ? region(p.get("region"), path + ".region", at)
          : a.region();
      return new Authority(a.laNumbers(), List.of(code), List.of(name), region);
    }

    private String string(JsonNode n, String path, JsonLocation at, String what)
        throws LoadException {
      if (n == null || !n.isTextual() || n.textValue().isBlank()) {
        throw error(loc(path), path + ": expected " + what + ", found " + describe(n));
      }
      String bad = Printable.problem(n.textValue(), limits.maxNameLength());
      if (bad != null) {
        throw error(loc(path), path + ": expected " + what + ", found " + bad);
      }
      return n.textValue();
    }

    private void fields(JsonNode node, String path, JsonLocation at, String... allowed)
        throws LoadException {
      List<String> ok = List.of(allowed);
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!ok.contains(f)) {
          throw error(loc(path + "." + f + ":"), path + ": unknown field '"
              + Printable.of(f, 60) + "': expected " + String.join(", ", ok));
        }
      }
    }

    private Region region(JsonNode code, String path, JsonLocation at) throws LoadException {
      Optional<Region> r = code != null && code.isTextual()
          ? Region.fromCode(code.textValue()) : Optional.empty();
      if (r.isEmpty()) {
        throw error(loc(path), path + ": expected an English region code (E12000001 to E12000009, "
            + "E13000001 or E13000002), found " + describe(code));
      }
      return r.get();
    }

    private JsonNode array(JsonNode node, String path, JsonLocation at, String what)
        throws LoadException {
      if (node == null || !node.isArray() || node.isEmpty()) {
        throw error(loc(path), path + ": expected a non-empty array of " + what + ", found "
            + describe(node));
      }
      return node;
    }

    private ImmutableList<String> strings(JsonNode node, String path, JsonLocation at,
        String what) throws LoadException {
      ImmutableList.Builder<String> out = ImmutableList.builder();
      JsonNode all = array(node, path, at, what);
      for (int i = 0; i < all.size(); i++) {
        JsonNode n = all.get(i);
        if (!n.isTextual() || n.textValue().isBlank()) {
          throw error(loc(path + "[" + i + "]"), path + ": expected non-blank " + what
              + ", found " + describe(n));
        }
        String bad = Printable.problem(n.textValue(), limits.maxNameLength());
        if (bad != null) {
          throw error(loc(path + "[" + i + "]"), path + ": expected " + what + ", found " + bad);
        }
        out.add(n.textValue());
      }
      return out.build();
    }

    private LoadException error(JsonLocation at, String detail) {
      return new LoadException(source, at == null ? 0 : Math.max(0, at.getLineNr()),
          at == null ? 0 : Math.max(0, at.getColumnNr()), detail);
    }
  }

  private static String describe(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString() == null ? t.name() : "'" + t.asString() + "'";
    }
  }

  private static String describe(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      p.skipChildren();
      return describe(t);
    }
    return t.isScalarValue() ? p.getText() == null ? describe(t) : quoted(p.getText(), t)
        : describe(t);
  }

  private static String quoted(String text, JsonToken t) {
    String shown = text.length() > 60 ? Printable.of(text.substring(0, 57), 57) + "..."
        : Printable.of(text, 60);
    return t == JsonToken.VALUE_STRING ? "'" + shown + "'" : shown;
  }

  private static String describe(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    if (n.isNull()) {
      return "null";
    }
    if (n.isObject()) {
      return "an object";
    }
    if (n.isArray()) {
      return "an array";
    }
    if (n.isTextual()) {
      return quoted(n.textValue(), JsonToken.VALUE_STRING);
    }
    return n.asText();
  }
}
