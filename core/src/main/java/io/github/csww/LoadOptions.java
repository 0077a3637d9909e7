package io.github.csww;

/**
 * How {@link Workforce#load(java.nio.file.Path, LoadOptions)} treats bad rows.
 *
 * <p>Strict (the default) refuses the whole file at the first bad cell, naming the file, line and
 * column. Lenient skips bad rows and lists every one in the {@link LoadReport}: rows read = rows
 * kept + rows skipped.
 *
 * <pre>{@code
 * Workforce wf = Workforce.load(path, LoadOptions.lenient());
 * wf.report().skipped().forEach(System.err::println);
 * }</pre>
 *
 * @param skipBadRows true to skip bad rows and report them (lenient), false to refuse the file
 */
public record LoadOptions(boolean skipBadRows) {

  private static final LoadOptions STRICT = new LoadOptions(false);
  private static final LoadOptions LENIENT = new LoadOptions(true);

  /** Refuse the file at the first bad cell (the default). */
  public static LoadOptions strict() {
    return STRICT;
  }

  /** Skip bad rows and list each one in the report. */
  public static LoadOptions lenient() {
    return LENIENT;
  }

  /** True when bad rows are skipped and reported rather than refusing the file. */
  public boolean isLenient() {
    return skipBadRows;
  }
}
