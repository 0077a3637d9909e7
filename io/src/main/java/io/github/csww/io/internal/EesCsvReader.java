package io.github.csww.io.internal;

import io.github.csww.LoadOptions;
import io.github.csww.Workforce;
import io.github.csww.spi.WorkforceReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@link WorkforceReader} for the Explore Education Statistics CSV of the children's social
 * work workforce publication, in either layout. Registered through {@code ServiceLoader}.
 */
public final class EesCsvReader implements WorkforceReader {
  private static final byte[] TIME_PERIOD = "time_period".getBytes(StandardCharsets.US_ASCII);

  /** For {@code ServiceLoader}. */
  public EesCsvReader() {}

  @Override
  public String name() {
    return "EES CSV";
  }

  /** A {@code .csv} name, or a first line that names the column {@code time_period}. */
  @Override
  public boolean accepts(String sourceName, byte[] head) {
    if (Sources.hasExtension(sourceName, ".csv")) {
      return true;
    }
    if (Sources.hasExtension(sourceName, ".json")) {
      return false;
    }
    int from = Sources.firstSignificant(head);
    int end = from;
    while (end < head.length && head[end] != '\n' && head[end] != '\r') {
      end++;
    }
    for (int i = from; i + TIME_PERIOD.length <= end; i++) {
      boolean match = true;
      for (int k = 0; k < TIME_PERIOD.length && match; k++) {
        match = head[i + k] == TIME_PERIOD[k];
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Workforce read(InputStream in, String sourceName, LoadOptions options)
      throws IOException {
    return EesCsvParser.read(in, sourceName, options, 0);
  }

  @Override
  public Workforce read(Path path, LoadOptions options) throws IOException {
    Sources.checkFile(path);
    Sources.checkSize(path, options.limits().maxFileBytes(), "LoadLimits.maxFileBytes");
    try (InputStream in = Files.newInputStream(path)) {
      return EesCsvParser.read(in, path.toString(), options, Sources.expectedRows(path));
    }
  }
}
