package io.github.csww.iolaunch;

import io.github.csww.LoadException;
import io.github.csww.Workforce;
import io.github.csww.io.IndicatorReader;
import io.github.csww.io.OfstedReader;
import io.github.csww.io.StatisticalNeighboursReader;
import java.nio.file.Path;

/**
 * Run in a separate JVM with a small heap by the heap-bound test (and by hand, to time the hostile
 * inputs): reads one file with one reader and prints {@code LoadException: message} (exit 1) or
 * {@code loaded} (exit 0). Anything else, an {@link OutOfMemoryError} above all, escapes and ends
 * the JVM with its own status.
 *
 * <pre>
 * java -Xmx256m -cp ... io.github.csww.iolaunch.LoadOne ofsted repeats.ods
 * </pre>
 */
public final class LoadOne {
  private LoadOne() {}

  /**
   * Reads the file.
   *
   * @param args the reader ({@code workforce}, {@code ofsted}, {@code neighbours} or {@code
   *     indicators}) and the file
   * @throws Exception anything but a {@link LoadException}
   */
  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    Path file = Path.of(args[1]);
    try {
      switch (args[0]) {
        case "workforce" -> Workforce.load(file);
        case "ofsted" -> OfstedReader.read(file);
        case "neighbours" -> StatisticalNeighboursReader.read(file);
        case "indicators" -> IndicatorReader.load(file);
        default -> throw new IllegalArgumentException("unknown reader " + args[0]);
      }
      System.out.println("loaded");
    } catch (LoadException e) {
      System.out.println("LoadException: " + e.getMessage());
      System.out.printf("millis %d%n", (System.nanoTime() - start) / 1_000_000);
      System.exit(1);
    }
  }
}
