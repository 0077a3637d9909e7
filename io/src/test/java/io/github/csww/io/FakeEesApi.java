package io.github.csww.io;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * The EES public data API on the loopback address (127.0.0.1, port 0), replying with the
 * recorded responses in {@code ees-api/} under {@code /statistics/}. Each route has a queue of
 * replies; the last one repeats. A request with no route is a {@code 418} naming it (a status
 * the client does not retry), so a test fails saying what was asked.
 */
final class FakeEesApi implements AutoCloseable {
  static final String ID = "3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d";
  static final String DS = "/statistics/v1/data-sets/" + ID;

  /**
   * One reply: status, headers, body, how long to wait before sending it, and how long to stall
   * after sending the first {@code stallAfter} bytes of the body (the headers name its whole
   * length).
   */
  record Reply(int status, Map<String, String> headers, byte[] body, Duration delay,
      int stallAfter, Duration stall) {
    Reply(int status, Map<String, String> headers, byte[] body, Duration delay) {
      this(status, headers, body, delay, 0, Duration.ZERO);
    }

    Reply withHeader(String name, String value) {
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.put(name, value);
      return new Reply(status, h, body, delay, stallAfter, stall);
    }

    Reply after(Duration wait) {
      return new Reply(status, headers, body, wait, stallAfter, stall);
    }

    /** Sends the headers and {@code bytes} bytes of the body, then waits {@code d}. */
    Reply stallingAfter(int bytes, Duration d) {
      return new Reply(status, headers, body, delay, bytes, d);
    }
  }

  /** A plain (not gzipped) reply with a content type. */
  static Reply text(int status, String contentType, String body) {
    return new Reply(status, Map.of("Content-Type", contentType),
        body.getBytes(StandardCharsets.UTF_8), Duration.ZERO);
  }

  static Reply json(String resource) {
    return json(200, resource);
  }

  static Reply json(int status, String resource) {
    return new Reply(status, Map.of("Content-Type", "application/json"), resource(resource),
        Duration.ZERO);
  }

  /** A CSV file sent gzipped with {@code Content-Encoding: gzip}, as the API sends it. */
  static Reply gzippedCsv(Path file) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(Files.readAllBytes(file));
      }
      return new Reply(200, Map.of("Content-Type", "text/csv", "Content-Encoding", "gzip"),
          out.toByteArray(), Duration.ZERO);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] resource(String name) {
    try (InputStream in = FakeEesApi.class.getResourceAsStream("ees-api/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no recorded response ees-api/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fake-ees-api");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Deque<Reply>> routes = new HashMap<>();
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());

  FakeEesApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Routes {@code "GET /statistics/v1/...?query"} to replies, the last repeating. */
  synchronized FakeEesApi on(String methodAndPath, Reply... replies) {
    routes.put(methodAndPath, new ArrayDeque<>(List.of(replies)));
    return this;
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/statistics/");
  }

  /** Every request so far, as {@code "METHOD /path?query"}. */
  List<String> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** The bodies of the requests so far, as text. */
  List<String> bodies() {
    synchronized (bodies) {
      return List.copyOf(bodies);
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      URI u = ex.getRequestURI();
      String key = ex.getRequestMethod() + " " + u.getRawPath()
          + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
      requests.add(key);
      bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      Reply reply = next(key);
      if (reply == null) {
        byte[] b = ("no recorded response for " + key).getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(418, b.length);
        ex.getResponseBody().write(b);
        return;
      }
      if (!reply.delay().isZero()) {
        try {
          Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      ex.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
      try (OutputStream out = ex.getResponseBody()) {
        if (!reply.stall().isZero()) {
          int n = Math.min(reply.stallAfter(), reply.body().length);
          out.write(reply.body(), 0, n);
          out.flush();
          try {
            Thread.sleep(reply.stall().toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          out.write(reply.body(), n, reply.body().length - n);
        } else {
          out.write(reply.body());
        }
      }
    }
  }

  private synchronized Reply next(String key) {
    Deque<Reply> q = routes.get(key);
    if (q == null || q.isEmpty()) {
      return null;
    }
    return q.size() > 1 ? q.poll() : q.peek();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
