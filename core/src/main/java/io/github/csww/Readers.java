package io.github.csww;

import io.github.csww.spi.WorkforceReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;

/** Finds a {@link WorkforceReader} for a source through {@link ServiceLoader}. */
final class Readers {
  static final int HEAD = 8192;
  static final String MISSING =
      "no workforce file reader is installed: add the dependency io.github.csww:csww-io "
          + "(artifact csww-io) to the class path or module path";

  private Readers() {}

  private static final class Holder {
    static final List<WorkforceReader> READERS = discover();

    private static List<WorkforceReader> discover() {
      List<WorkforceReader> out = new ArrayList<>();
      for (WorkforceReader r : ServiceLoader.load(WorkforceReader.class,
          Readers.class.getClassLoader())) {
        out.add(r);
      }
      return List.copyOf(out);
    }
  }

  static Workforce load(Path path, LoadOptions options) throws IOException {
    checkNotNull(path, options);
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new LoadException(name, 0, 0, "is a directory, expected a workforce file");
    }
    if (!Files.exists(path)) {
      NoSuchFileException e = new NoSuchFileException(name, null, "no such file");
      throw new LoadException(name, 0, 0, "no such file", e);
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(HEAD);
    }
    return choose(name, head).read(path, options);
  }

  static Workforce load(InputStream in, String sourceName, LoadOptions options)
      throws IOException {
    checkNotNull(in, options);
    Checks.checkNotNull(sourceName, "sourceName is null");
    BufferedInputStream buffered = new BufferedInputStream(in, HEAD * 2);
    buffered.mark(HEAD + 1);
    byte[] head = buffered.readNBytes(HEAD);
    buffered.reset();
    return choose(sourceName, head).read(buffered, sourceName, options);
  }

  private static void checkNotNull(Object source, LoadOptions options) {
    Checks.checkNotNull(source, "source is null");
    Checks.checkNotNull(options, "options is null");
  }

  private static WorkforceReader choose(String name, byte[] head) throws LoadException {
    List<WorkforceReader> readers = Holder.READERS;
    if (readers.isEmpty()) {
      throw new IllegalStateException(MISSING + " to read " + name);
    }
    for (WorkforceReader r : readers) {
      if (r.accepts(name, Arrays.copyOf(head, head.length))) {
        return r;
      }
    }
    List<String> names = new ArrayList<>();
    for (WorkforceReader r : readers) {
      names.add(r.name());
    }
    // made by a method typed LoadException, so that checking this one does not load the class
    // of a refusal no load on the answer's path meets
    throw UnrecognisedFileException.of(name, head, names);
  }
}
