package io.github.csww.examples;

import io.github.csww.Format;
import io.github.csww.Result;
import io.github.csww.Table;
import io.github.csww.examples.Cli.UsageException;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Prints the command line's results in the format asked for, with their sources. Every result is
 * a {@link Result}, and one {@link Format} renders any of them, so every format shows the same
 * rows, left-out rows and notes. The sources go where the format has room: a footer in text and
 * Markdown, a {@code source} field in JSON, standard error for CSV (with the notes, which CSV has
 * no place for).
 */
final class Output {
  /** The {@code --format} and CSV options every command shares. */
  static final class Options {
    String format;
    boolean plainCsv;
    boolean fullPrecision;

    /**
     * The options, bound to this object's fields.
     *
     * @return the options, for {@link CliModel#with}
     */
    OptionSpec.Builder[] options() {
      return CliModel.options(
          CliModel.<String>option(String.class, () -> format, v -> format = v, "--format")
              .paramLabel("FORMAT").defaultValue("text").description("Output format: text, "
                  + "csv, json or markdown, any case (default: ${DEFAULT-VALUE})."),
          CliModel.flag("plainCsv", () -> plainCsv, v -> plainCsv = v, "--plain-csv",
              "Write CSV cells as they are; by default CSV is spreadsheet-safe (cells starting "
                  + "=, +, -, @ are neutralised)."),
          CliModel.flag("fullPrecision", () -> fullPrecision, v -> fullPrecision = v,
              "--full-precision", "Write numbers exactly rather than rounded as published."));
    }

    Output output(Cli cli) {
      Format f;
      try {
        f = Format.parse(format);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      if (f.kind() == Format.Kind.CSV && !plainCsv) {
        f = Format.SPREADSHEET_CSV;
      }
      if (fullPrecision) {
        f = f.withFullPrecision();
      }
      return new Output(cli.out, cli.err, f);
    }
  }

  private final PrintStream out;
  private final PrintStream err;
  private final Format format;

  Output(PrintStream out, PrintStream err, Format format) {
    this.out = out;
    this.err = err;
    this.format = format;
  }

  /** The format results are printed in. */
  Format format() {
    return format;
  }

  /**
   * Prints a result with more notes and its sources.
   *
   * @param result the result
   * @param notes notes to add below the result's own
   * @param sources the source lines, {@code Source: ...}
   */
  void print(Result result, List<String> notes, List<String> sources) {
    Table table = result.table();
    for (String n : notes) {
      table = table.withNote(n);
    }
    String text = table.format(format);
    switch (format.kind()) {
      case JSON -> out.print(withSource(text, sources));
      case CSV -> {
        // spreadsheet-safe CSV starts with a byte order mark, so spreadsheets read it as UTF-8
        out.print(format.isSpreadsheetSafe() ? "\uFEFF" + text : text);
        for (String n : table.notes()) {
          err.println("Note: " + n);
        }
        sources.forEach(err::println);
      }
      case MARKDOWN -> {
        out.print(text);
        sources.forEach(line -> out.print("\n" + line + "\n")); // a paragraph each
      }
      default -> {
        out.print(text);
        out.println();
        sources.forEach(out::println);
      }
    }
  }

  /**
   * The same table with each note rewritten, for example to put a library call in command-line
   * words; a note rewritten to null is left out.
   */
  static Table withNotes(Table table, java.util.function.UnaryOperator<String> rewrite) {
    return rewritten(table, table.title(), rewrite);
  }

  /** The same table under another title, each note rewritten; a note rewritten to null goes. */
  static Table rewritten(Table table, String title,
      java.util.function.UnaryOperator<String> rewrite) {
    Table.Builder b = Table.builder(title, table.columns());
    if (table.hasLeftOutColumn()) {
      b.withLeftOutColumn();
    }
    table.rows().forEach(r -> b.row(r.cells()));
    table.leftOut().forEach(r -> b.leftOut(r.reason().orElse(""), r.cells()));
    for (String n : table.notes()) {
      String note = rewrite.apply(n);
      if (note != null) {
        b.note(note);
      }
    }
    return b.build();
  }

  /** The JSON object with a {@code "source"} field first: the source lines joined by spaces. */
  static String withSource(String json, List<String> sources) {
    int brace = json.indexOf('{');
    StringBuilder field = new StringBuilder("\n  \"source\": \"");
    String joined = String.join(" ", sources);
    for (int i = 0; i < joined.length(); i++) {
      char c = joined.charAt(i);
      switch (c) {
        case '"' -> field.append("\\\"");
        case '\\' -> field.append("\\\\");
        default -> {
          if (c < 0x20) {
            field.append(String.format("\\u%04x", (int) c));
          } else {
            field.append(c);
          }
        }
      }
    }
    field.append("\",");
    return json.substring(0, brace + 1) + field + json.substring(brace + 1);
  }
}
