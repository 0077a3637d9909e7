package io.github.csww.io.internal;

/**
 * Text from a file made safe to show in a message, and the checks readers make on names and
 * numbers: a name may not hold control characters (which would reach a user's terminal) nor
 * exceed a length, and a number may not exceed a length.
 */
public final class Printable {
  private Printable() {}

  /**
   * The text with control and bidirectional formatting characters shown as {@code \\uXXXX},
   * cut to at most {@code max} characters with an ellipsis.
   *
   * @param text the text, or null
   * @param max the most characters to keep, at least 4
   * @return the printable text; {@code "null"} for null
   */
  public static String of(String text, int max) {
    if (text == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 8);
    int n = Math.min(text.length(), max);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (text.length() > max) {
      sb.append("...");
    }
    return sb.toString();
  }

  /**
   * The index of the first character a name may not hold, or -1: a control character other than
   * tab, line feed and carriage return (which cells of real files hold, and which a terminal
   * shows as white space), or a bidirectional formatting character. Escape (U+001B), which
   * starts terminal control sequences, is one of them.
   *
   * @param text the text
   * @return the index, or -1 when there is none
   */
  public static int firstControl(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return i;
      }
    }
    return -1;
  }

  /** C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates. */
  static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
        || c == '\u061C';
  }

  /**
   * Why a name cannot be accepted, or null when it can: too long, or holding a control
   * character.
   *
   * @param name the name, code or header as read
   * @param maxLength the most characters allowed
   * @return the problem, for example {@code "a name of 300 characters; the limit is 256
   *     (LoadLimits.maxNameLength)"}, or null
   */
  public static String problem(String name, int maxLength) {
    if (name.length() > maxLength) {
      return "a name of " + name.length() + " characters; the limit is " + maxLength
          + " (LoadLimits.maxNameLength)";
    }
    int c = firstControl(name);
    if (c >= 0) {
      return "a control character (U+" + String.format("%04X", (int) name.charAt(c))
          + ") at character " + (c + 1) + "; names may not hold control characters";
    }
    return null;
  }

  /**
   * Why a cell cannot be read as a number because of its length, or null when it is short
   * enough.
   *
   * @param text the cell's text, without surrounding spaces
   * @param maxLength the most characters a number may have
   * @return the problem, for example {@code "a cell of 501 characters; the limit for a number is
   *     400 (LoadLimits.maxNumberLength)"}, or null
   */
  public static String numberProblem(String text, int maxLength) {
    return text.length() > maxLength ? "a cell of " + text.length() + " characters; the limit "
        + "for a number is " + maxLength + " (LoadLimits.maxNumberLength)" : null;
  }
}
