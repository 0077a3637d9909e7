package io.github.csww.io;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a child JVM needs to run csww, for tests that start one. */
final class CswwRuntime {
  private CswwRuntime() {}

  /** The directories and jars csww needs at run time, from this JVM's class and module path. */
  static List<String> entries() {
    Set<String> out = new LinkedHashSet<>();
    String paths = System.getProperty("jdk.module.path", "") + File.pathSeparator
        + System.getProperty("java.class.path", "");
    for (String p : paths.split(File.pathSeparator)) {
      String n = p.replace('\\', '/');
      String file = n.substring(n.lastIndexOf('/') + 1);
      if (n.endsWith("core/target/classes") || n.endsWith("io/target/classes")
          || file.startsWith("csww-core") || file.startsWith("guava-")
          || file.startsWith("failureaccess-") || file.startsWith("jackson-core-")
          || file.startsWith("jackson-databind-") || file.startsWith("jackson-annotations-")) {
        out.add(p);
      }
    }
    return new ArrayList<>(out);
  }
}
