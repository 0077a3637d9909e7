package io.github.csww;

import static io.github.csww.Checks.checkNotNull;

/**
 * How {@link Workforce#load(java.nio.file.Path, LoadOptions)} treats bad rows, and the {@link
 * LoadLimits} a file must keep within.
 *
 * <p>Strict (the default) refuses the whole file at the first bad cell, naming the file, line and
 * column. Lenient skips bad rows and lists every one in the {@link LoadReport}: rows read = rows
 * kept + rows skipped. A file over a limit is refused in either mode.
 *
 * <pre>{@code
 * Workforce wf = Workforce.load(path, LoadOptions.lenient());
 * wf.report().skipped().forEach(System.err::println);
 * Workforce big = Workforce.load(path,
 *     LoadOptions.strict().withLimits(LoadLimits.defaults().withMaxFileBytes(16L << 30)));
 * }</pre>
 *
 * @param skipBadRows true to skip bad rows and report them (lenient), false to refuse the file
 * @param limits the bounds a file must keep within
 */
public record LoadOptions(boolean skipBadRows, LoadLimits limits) {

  private static final LoadOptions STRICT = new LoadOptions(false);
  private static final LoadOptions LENIENT = new LoadOptions(true);

  /**
   * Checks the limits.
   *
   * @param skipBadRows true to skip bad rows and report them (lenient), false to refuse the file
   * @param limits the bounds a file must keep within
   * @throws NullPointerException if {@code limits} is null
   */
  public LoadOptions {
    checkNotNull(limits, "limits is null");
  }

  /**
   * Strict or lenient, with the {@linkplain LoadLimits#defaults() default limits}.
   *
   * @param skipBadRows true to skip bad rows and report them (lenient), false to refuse the file
   */
  public LoadOptions(boolean skipBadRows) {
    this(skipBadRows, LoadLimits.defaults());
  }

  /**
   * Refuse the file at the first bad cell (the default), with the default limits.
   *
   * @return the strict options
   */
  public static LoadOptions strict() {
    return STRICT;
  }

  /**
   * Skip bad rows and list each one in the report, with the default limits.
   *
   * @return the lenient options
   */
  public static LoadOptions lenient() {
    return LENIENT;
  }

  /**
   * These options with other limits.
   *
   * @param limits the bounds a file must keep within
   * @return a copy with {@code limits} replaced
   * @throws NullPointerException if {@code limits} is null
   */
  public LoadOptions withLimits(LoadLimits limits) {
    return new LoadOptions(skipBadRows, limits);
  }

  /**
   * True when bad rows are skipped and reported rather than refusing the file.
   *
   * @return whether the load is lenient
   */
  public boolean isLenient() {
    return skipBadRows;
  }
}
