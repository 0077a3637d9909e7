package io.github.csww.io;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Bounds on what {@link OfstedReader} will decompress from an ODS workbook, so that a crafted
 * file (a zip bomb: a few kilobytes that inflate to gigabytes) is refused before it exhausts
 * memory or time. The published workbook needs about 1 MiB of XML in 6 entries; the defaults
 * leave ample room.
 *
 * <pre>{@code
 * Judgements j = OfstedReader.read(Path.of("outcomes.ods"), OdsLimits.defaults());
 * OdsLimits tight = new OdsLimits(8 << 20, 16 << 20, 100);
 * }</pre>
 *
 * @param maxXmlBytes the most bytes {@code content.xml} may inflate to
 * @param maxTotalBytes the most bytes all the entries read may inflate to together
 * @param maxEntries the most ZIP entries read
 */
public record OdsLimits(long maxXmlBytes, long maxTotalBytes, int maxEntries) {

  private static final OdsLimits DEFAULTS = new OdsLimits(64L << 20, 256L << 20, 1_000);

  /** Checks the bounds. */
  public OdsLimits {
    checkArgument(maxXmlBytes > 0, "maxXmlBytes must be positive, got %s", maxXmlBytes);
    checkArgument(maxTotalBytes >= maxXmlBytes,
        "maxTotalBytes (%s) must be at least maxXmlBytes (%s)", maxTotalBytes, maxXmlBytes);
    checkArgument(maxEntries > 0, "maxEntries must be positive, got %s", maxEntries);
  }

  /** 64 MiB of {@code content.xml}, 256 MiB in all, 1,000 entries. */
  public static OdsLimits defaults() {
    return DEFAULTS;
  }
}
