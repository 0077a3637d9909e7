package io.github.csww.iolaunch;

import io.github.csww.Workforce;
import io.github.csww.spi.WorkforceReader;
import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * Run in a separate JVM by the discovery test: prints whether csww runs as named modules, the
 * readers {@link ServiceLoader} finds, and the format of each file given as an argument.
 */
public final class ListReaders {
  private ListReaders() {}

  public static void main(String[] args) throws Exception {
    System.out.println("named " + WorkforceReader.class.getModule().isNamed());
    ServiceLoader.load(WorkforceReader.class).stream()
        .forEach(p -> System.out.println("reader " + p.type().getName()));
    for (String a : args) {
      System.out.println("loaded " + Workforce.load(Path.of(a)).report().format());
    }
  }
}
