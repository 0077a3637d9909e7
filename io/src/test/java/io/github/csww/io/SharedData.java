package io.github.csww.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The published files in {@code ../shared/data} beside the worktree, when present. */
final class SharedData {
  private SharedData() {}

  /**
   * A published file; the calling test is skipped, saying which folder was looked for, when the
   * folder or the file is absent.
   */
  static Path file(String name) {
    Path dir = dir();
    Path f = dir == null ? null : dir.resolve(name);
    assumeTrue(f != null && Files.isRegularFile(f), "skipped: published data " + name
        + " not found in ../shared/data (looked in ../shared/data and ../../shared/data; "
        + "set -Dcsww.data=DIR to point elsewhere)");
    return f;
  }

  private static Path dir() {
    String override = System.getProperty("csww.data");
    if (override != null) {
      return Path.of(override);
    }
    Path here = Path.of("").toAbsolutePath();
    // the worktree root (../shared) or a module inside it (../../shared)
    for (Path p : new Path[] {here.resolve("../shared/data"), here.resolve("../../shared/data")}) {
      if (Files.isDirectory(p)) {
        return p.normalize();
      }
    }
    return null;
  }
}
