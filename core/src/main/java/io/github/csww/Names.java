package io.github.csww;

import java.util.List;

import java.text.Normalizer;
import java.util.Locale;

/** Name normalisation for look-ups: case, accents, punctuation and "&" do not matter. */
final class Names {
  private Names() {}

  /**
   * Lower case, accents removed, {@code &} read as {@code and}, every run of characters that are
   * not letters or digits turned into one space, trimmed.
   */
  static String normalise(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == '&') {
        // "&" is a word of its own: "A & B", "A&B" and "A and B" read alike.
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append("and");
        space = true;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(Character.toLowerCase(c));
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Levenshtein distance, for "did you mean" suggestions. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Items in words: {@code "A"}, {@code "A and B"}, {@code "A, B and C"}. */
  static String andList(List<String> items) {
    int n = items.size();
    return n <= 1 ? String.join("", items)
        : String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
  }

  /**
   * The parts of a text split at {@code /}, each stripped, empty parts left out: {@code "314 /
   * 318"} gives {@code [314, 318]}. Written out rather than with Guava's {@code Splitter}, whose
   * {@code CharMatcher} loads 17 classes on the path of every load.
   */
  static List<String> splitSlash(String text) {
    List<String> out = new java.util.ArrayList<>(2);
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('/', start);
      if (end < 0) {
        end = text.length();
      }
      String part = text.substring(start, end).strip();
      if (!part.isEmpty()) {
        out.add(part);
      }
      start = end + 1;
    }
    return out;
  }

  /**
   * True when a name at this edit distance from a normalised query is close enough to suggest:
   * within two edits, or a third of the query's length for a long one. Metrics, regions and
   * authorities all suggest by this one rule.
   */
  static boolean close(String query, int distance) {
    return distance <= Math.max(2, query.length() / 3);
  }

  /** {@code "; did you mean a, b?"}, or empty when there is nothing to suggest. */
  static String didYouMean(List<String> close) {
    return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
  }
}
