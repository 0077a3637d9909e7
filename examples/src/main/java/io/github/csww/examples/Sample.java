package io.github.csww.examples;

import io.github.csww.Workforce;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The bundled sample data, and the choice between it and a file the user names.
 *
 * <pre>{@code
 * Workforce sample = Sample.workforce();   // ten authorities and England, 2017
 * Workforce mine = Sample.workforce(Optional.of(Path.of("csww.csv")));
 * }</pre>
 */
public final class Sample {
  /** The class-path resource holding the sample workforce, in the 2025 EES layout. */
  public static final String WORKFORCE_RESOURCE = "sample/csww_sample_2017.csv";

  private Sample() {}

  /** The bundled sample: ten authorities and England on 30 September 2017 (and England 2016). */
  public static Workforce workforce() {
    try (InputStream in = open(WORKFORCE_RESOURCE)) {
      return Workforce.load(in, "csww_sample_2017.csv");
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled sample could not be read", e);
    }
  }

  /**
   * The file if one is given, else the bundled sample.
   *
   * @throws IOException if the file cannot be read
   */
  public static Workforce workforce(Optional<Path> file) throws IOException {
    return file.isPresent() ? Workforce.load(file.get()) : workforce();
  }

  static InputStream open(String resource) {
    InputStream in = Sample.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("bundled resource " + resource + " is missing from the jar");
    }
    return in;
  }
}
