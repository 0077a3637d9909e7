package io.github.csww.examples;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The command line's own option types: dates and year ranges. */
final class Converters {
  private Converters() {}

  /** Reads a date as {@code 2018-02-28}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("expected a date such as 2018-02-28, got '" + text
            + "'");
      }
    }
  }

  /** Reads {@code 2019..2025}, or a single year {@code 2023}. */
  static final class YearRangeConverter implements ITypeConverter<YearRange> {
    private static final Pattern RANGE = Pattern.compile("(\\d{4})(?:\\s*\\.\\.\\s*(\\d{4}))?");

    @Override
    public YearRange convert(String text) {
      Matcher m = RANGE.matcher(text.strip());
      if (!m.matches()) {
        throw new TypeConversionException("expected years such as 2019..2025, got '" + text + "'");
      }
      int from = Integer.parseInt(m.group(1));
      int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
      if (to < from) {
        throw new TypeConversionException("years run from the earlier to the later, as in "
            + to + ".." + from + ", got '" + text + "'");
      }
      return new YearRange(from, to);
    }
  }
}
