package io.github.csww;

import java.util.List;
import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * A reporting year that the publisher says is not comparable with the year before: a change in a
 * {@link Trend} that spans it is flagged.
 *
 * <p>The only break csww knows is 2017: the Department for Education collected the children's
 * social work workforce census at local-authority (aggregate) level from 2013 to 2016 and on
 * individual social workers from 2017, and its methodology says figures from 2017 on are not
 * comparable with earlier years. The 2020 and 2021 figures carry a COVID-19 caution in the
 * publisher's notes but are not declared a break, so they are not listed.
 *
 * <pre>{@code
 * SeriesBreak.known();              // [2017: first collection at worker level ...]
 * SeriesBreak.between(2016, 2018);  // the 2017 break: a 2016 to 2018 change spans it
 * SeriesBreak.between(2017, 2018);  // []: 2017 and 2018 are comparable
 * }</pre>
 *
 * @param year the first year that is not comparable with the year before
 * @param reason why, in the publisher's terms
 */
public record SeriesBreak(int year, String reason) {

  private static final ImmutableList<SeriesBreak> KNOWN = ImmutableList.of(
      new SeriesBreak(2017, "first collection at worker level: from 2017 the census records"
          + " individual social workers, to 2016 local-authority totals; not comparable with 2016"
          + " and earlier"));

  /**
   * Checks the parts.
   *
   * @param year the first year that is not comparable with the year before
   * @param reason why, in the publisher's terms; not blank
   * @throws IllegalArgumentException if the reason is blank
   */
  public SeriesBreak {
    checkNotNull(reason, "a series break needs a reason");
    checkArgument(!reason.isBlank(), "a series break needs a reason");
  }

  /**
   * Every break the publisher has declared, oldest first.
   *
   * @return the known breaks; today only 2017
   */
  public static List<SeriesBreak> known() {
    return KNOWN;
  }

  /**
   * The known breaks a change from one year to a later one spans: those whose year is after
   * {@code fromYear} and not after {@code toYear}.
   *
   * @param fromYear the earlier reporting year
   * @param toYear the later reporting year, after {@code fromYear}
   * @return the breaks the change spans, oldest first; empty when the two years are comparable
   * @throws IllegalArgumentException if {@code fromYear >= toYear}
   */
  public static List<SeriesBreak> between(int fromYear, int toYear) {
    checkArgument(fromYear < toYear, "between(from, to) needs from < to, got %s and %s", fromYear,
        toYear);
    ImmutableList.Builder<SeriesBreak> out = ImmutableList.builder();
    for (SeriesBreak b : KNOWN) {
      if (b.year > fromYear && b.year <= toYear) {
        out.add(b);
      }
    }
    return out.build();
  }

  /** For example {@code 2017: first collection at worker level ...}. */
  @Override
  public String toString() {
    return year + ": " + reason;
  }
}
