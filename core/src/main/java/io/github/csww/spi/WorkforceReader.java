package io.github.csww.spi;

import io.github.csww.LoadOptions;
import io.github.csww.Workforce;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A reader of one file format, found by {@link Workforce#load(Path)} through {@link
 * java.util.ServiceLoader}, the way JDBC finds drivers. {@code csww-io} provides readers for the
 * Explore Education Statistics CSV layouts and for csww JSON.
 *
 * <p>Register an implementation in {@code META-INF/services/io.github.csww.spi.WorkforceReader}
 * and, on the module path, with {@code provides io.github.csww.spi.WorkforceReader with ...}.
 *
 * <pre>{@code
 * public final class MyReader implements WorkforceReader {
 *   public String name() { return "my format"; }
 *   public boolean accepts(String sourceName, byte[] head) { return sourceName.endsWith(".my"); }
 *   public Workforce read(InputStream in, String sourceName, LoadOptions options) { ... }
 * }
 * }</pre>
 */
public interface WorkforceReader {

  /**
   * A short name of the format, for messages: {@code "EES CSV"}.
   *
   * @return the format's name
   */
  String name();

  /**
   * Whether this reader reads the source.
   *
   * @param sourceName the file or stream name, for example {@code csww.csv}
   * @param head the first bytes of the source (up to 8 KiB; fewer for a short source)
   * @return true when this reader recognises the name or the first bytes as its format
   */
  boolean accepts(String sourceName, byte[] head);

  /**
   * Reads a whole source.
   *
   * @param in the bytes; the caller closes the stream
   * @param sourceName the file or stream name, used in messages
   * @param options strict or lenient
   * @return the workforce the source holds, with its {@link io.github.csww.LoadReport}
   * @throws io.github.csww.LoadException for data it cannot read, naming line and column
   * @throws IOException if reading fails
   */
  Workforce read(InputStream in, String sourceName, LoadOptions options) throws IOException;

  /**
   * Reads a whole file; the default opens a stream, a reader may do better.
   *
   * @param path the file
   * @param options strict or lenient
   * @return the workforce the file holds, with its {@link io.github.csww.LoadReport}
   * @throws IOException if reading fails or the data cannot be read
   */
  default Workforce read(Path path, LoadOptions options) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString(), options);
    }
  }
}
