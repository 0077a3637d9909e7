package io.github.csww;

import java.util.Objects;

/**
 * Argument checks for the model, with Guava's {@code Preconditions} names and messages
 * ({@code %s} placeholders filled in order, arguments left over listed in brackets), but a class of
 * its own: every load passes through these checks, and Guava's 21 KB class was the one Guava class
 * a load of the published file loaded (2.1 ms of a fresh JVM's start, {@code
 * benchmarks/RESULTS.md}). The message is only formatted when a check fails; the overloads for
 * one primitive spare the caller boxing on the way ({@code char} and {@code float} have their own,
 * so that they print as Guava prints them, not widened to a number). Unlike Guava's, an argument
 * whose {@code toString} throws lets the exception through.
 */
final class Checks {
  private Checks() {}

  static <T> T checkNotNull(T reference, String message) {
    return Objects.requireNonNull(reference, message);
  }

  static <T> T checkNotNull(T reference, String template, Object arg) {
    if (reference == null) {
      throw new NullPointerException(format(template, arg));
    }
    return reference;
  }

  static <T> T checkNotNull(T reference, String template, Object... args) {
    if (reference == null) {
      throw new NullPointerException(format(template, args));
    }
    return reference;
  }

  static void checkArgument(boolean expression, String message) {
    if (!expression) {
      throw new IllegalArgumentException(message);
    }
  }

  static void checkArgument(boolean expression, String template, long arg) {
    if (!expression) {
      throw new IllegalArgumentException(format(template, arg));
    }
  }

  static void checkArgument(boolean expression, String template, char arg) {
    if (!expression) {
      throw new IllegalArgumentException(format(template, arg));
    }
  }

  static void checkArgument(boolean expression, String template, float arg) {
    if (!expression) {
      throw new IllegalArgumentException(format(template, arg));
    }
  }

  static void checkArgument(boolean expression, String template, double arg) {
    if (!expression) {
      throw new IllegalArgumentException(format(template, arg));
    }
  }

  static void checkArgument(boolean expression, String template, Object arg) {
    if (!expression) {
      throw new IllegalArgumentException(format(template, arg));
    }
  }

  static void checkArgument(boolean expression, String template, Object... args) {
    if (!expression) {
      throw new IllegalArgumentException(format(template, args));
    }
  }

  /**
   * The template with each {@code %s} replaced by the next argument; arguments left over are
   * appended as {@code " [a, b]"}, placeholders left over stay as they are; a null template reads
   * {@code "null"} and a null array of arguments {@code "(Object[])null"} (Guava's lenient
   * format).
   */
  static String format(String template, Object... args) {
    template = String.valueOf(template);
    if (args == null) {
      args = new Object[] {"(Object[])null"};
    }
    StringBuilder sb = new StringBuilder(template.length() + 16 * args.length);
    int from = 0;
    int i = 0;
    while (i < args.length) {
      int at = template.indexOf("%s", from);
      if (at < 0) {
        break;
      }
      sb.append(template, from, at).append(args[i++]);
      from = at + 2;
    }
    sb.append(template, from, template.length());
    if (i < args.length) {
      sb.append(" [").append(args[i++]);
      while (i < args.length) {
        sb.append(", ").append(args[i++]);
      }
      sb.append(']');
    }
    return sb.toString();
  }
}
