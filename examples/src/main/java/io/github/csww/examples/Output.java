package io.github.csww.examples;

import io.github.csww.Format;
import io.github.csww.Result;
import java.io.PrintStream;

/**
 * Prints the command line's results. Every result is a {@link Result}, and one {@link Format}
 * renders any of them, so every format shows the same rows.
 */
final class Output {
  private final PrintStream out;
  private final Format format;

  /**
   * @param out where results go
   * @param format how to render them
   */
  Output(PrintStream out, Format format) {
    this.out = out;
    this.format = format;
  }

  /** Prints a result. */
  void print(Result result) {
    out.print(result.format(format));
  }

  /** The format results are printed in. */
  Format format() {
    return format;
  }
}
