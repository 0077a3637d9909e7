package io.github.csww.io.internal;

import io.github.csww.LoadOptions;
import io.github.csww.Workforce;
import io.github.csww.spi.WorkforceReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@link WorkforceReader} for csww JSON. Registered through {@code ServiceLoader}; Jackson is
 * initialised only when a JSON source is read.
 */
public final class JsonWorkforceReader implements WorkforceReader {

  /** For {@code ServiceLoader}. */
  public JsonWorkforceReader() {}

  @Override
  public String name() {
    return "csww JSON";
  }

  /** A {@code .json} name, or (for any name but {@code .csv}) a source that starts with '{'. */
  @Override
  public boolean accepts(String sourceName, byte[] head) {
    if (Sources.hasExtension(sourceName, ".json")) {
      return true;
    }
    if (Sources.hasExtension(sourceName, ".csv")) {
      return false;
    }
    int i = Sources.firstSignificant(head);
    return i < head.length && head[i] == '{';
  }

  @Override
  public Workforce read(InputStream in, String sourceName, LoadOptions options)
      throws IOException {
    return JsonCodec.read(in, sourceName, options);
  }

  @Override
  public Workforce read(Path path, LoadOptions options) throws IOException {
    Sources.checkFile(path);
    Sources.checkSize(path, options.limits().maxFileBytes(), "LoadLimits.maxFileBytes");
    try (InputStream in = Files.newInputStream(path)) {
      return JsonCodec.read(in, path.toString(), options);
    }
  }
}
