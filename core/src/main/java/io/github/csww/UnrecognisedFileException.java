package io.github.csww;

import static io.github.csww.Checks.checkNotNull;

import java.util.List;

/**
 * A file {@link Workforce#load} cannot read because no installed reader accepts it, with what the
 * file was found to be, so that a caller can tell an Ofsted workbook or an empty download from a
 * file in an unknown layout without reading the message.
 *
 * <pre>{@code
 * try {
 *   Workforce.load(Path.of("LA_Inspection_Outcomes_as_at_31_March_2025.ods"));
 * } catch (UnrecognisedFileException e) {
 *   if (e.content() == UnrecognisedFileException.Content.ZIP_ARCHIVE) {
 *     // a spreadsheet: Ofsted's outcomes go to OfstedReader and Workforce.withJudgements
 *   }
 *   e.readers();   // [EES CSV, csww JSON]
 * }
 * }</pre>
 */
public final class UnrecognisedFileException extends LoadException {
  private static final long serialVersionUID = 1L;

  /** What the file was found to be, from its first bytes. */
  public enum Content {
    /** Nothing: the file or stream is empty. */
    EMPTY,
    /** A zip archive, such as an ODS or XLSX spreadsheet (it starts {@code PK\3\4}). */
    ZIP_ARCHIVE,
    /** Anything else no installed reader accepts. */
    OTHER
  }

  /** What the file is. */
  private final Content content;
  /** The names of the readers that refused it. */
  private final List<String> readers;

  /**
   * A file no installed reader accepts.
   *
   * @param source the file or stream name
   * @param content what the file was found to be
   * @param readers the names of the installed readers, each of which refused it
   * @param detail what was found and what was expected
   * @throws NullPointerException if an argument is null or {@code readers} holds null
   */
  UnrecognisedFileException(String source, Content content, List<String> readers,
      String detail) {
    super(checkNotNull(source, "source is null"), 0, 0, checkNotNull(detail, "detail is null"));
    this.content = checkNotNull(content, "content is null");
    this.readers = List.copyOf(readers);
  }

  /**
   * What the file was found to be.
   *
   * @return {@link Content#ZIP_ARCHIVE} for a spreadsheet, {@link Content#EMPTY} for an empty
   *     file, else {@link Content#OTHER}
   */
  public Content content() {
    return content;
  }

  /**
   * The installed readers, each of which refused the file.
   *
   * @return their names, for example {@code [EES CSV, csww JSON]}; an immutable list
   */
  public List<String> readers() {
    return readers;
  }

  /** The refusal of a file no reader accepts, from its first bytes and the readers' names. */
  static LoadException of(String name, byte[] head, List<String> names) {
    String readers = "(readers: " + String.join(", ", names) + ")";
    if (head.length == 0) {
      return new UnrecognisedFileException(name, Content.EMPTY, names,
          "is empty: expected a workforce file " + readers);
    }
    boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3
        && head[3] == 4;
    return new UnrecognisedFileException(name, zip ? Content.ZIP_ARCHIVE : Content.OTHER, names,
        "no installed reader accepts this file " + readers + (zip ? "; it is a zip archive, "
        + "such as an ODS or XLSX spreadsheet: Ofsted's inspection outcomes are read with "
        + "io.github.csww.io.OfstedReader and joined with Workforce.withJudgements, and the "
        + "workforce figures come as an EES CSV" : ""));
  }
}
