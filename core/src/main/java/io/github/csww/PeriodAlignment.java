package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

/**
 * How a workforce year maps to the {@code time_period} of another Explore Education Statistics
 * file, stated in every result that joins the two.
 *
 * <p>The workforce census is taken on 30 September of year Y. The children in need collection
 * reports years to 31 March, published as {@code time_period} Y+1 for the year to 31 March Y+1,
 * so the census of 30 September 2023 falls in the children in need year to 31 March 2024:
 *
 * <pre>{@code
 * PeriodAlignment a = PeriodAlignment.childrenInNeedYear();
 * a.period(2023);   // 2024
 * a.describe(2023); // "workforce census 30 September 2023 ↔ children in need year to
 *                   //  31 March 2024 (time_period 2024)"
 * PeriodAlignment.offset(0).describe(2023); // "workforce census 30 September 2023 ↔
 *                                           //  time_period 2023"
 * }</pre>
 *
 * @param offset what is added to the workforce year to give the indicator {@code time_period}
 * @param periodName what an indicator period is called, followed by its year in descriptions,
 *     for example {@code "children in need year to 31 March"}; empty to give the {@code
 *     time_period} alone
 */
public record PeriodAlignment(int offset, String periodName) {

  /**
   * Checks the parts.
   *
   * @param offset what is added to the workforce year, between -10 and 10
   * @param periodName what an indicator period is called, or empty
   * @throws IllegalArgumentException if the offset is outside -10..10, naming it
   * @throws NullPointerException if the name is null
   */
  public PeriodAlignment {
    checkNotNull(periodName, "periodName is null");
    checkArgument(offset >= -10 && offset <= 10,
        "a period offset lies between -10 and 10 years, got %s", offset);
    periodName = periodName.strip();
  }

  /**
   * The census of 30 September Y with the children in need year to 31 March Y+1 ({@code
   * time_period} Y+1).
   *
   * @return the alignment with offset 1
   */
  public static PeriodAlignment childrenInNeedYear() {
    return new PeriodAlignment(1, "children in need year to 31 March");
  }

  /**
   * The census of year Y with {@code time_period} Y + {@code offset}.
   *
   * @param offset what is added to the workforce year, between -10 and 10
   * @return the alignment
   * @throws IllegalArgumentException if the offset is outside -10..10, naming it
   */
  public static PeriodAlignment offset(int offset) {
    return new PeriodAlignment(offset, "");
  }

  /**
   * The indicator {@code time_period} for a workforce year.
   *
   * @param workforceYear the census year, for example {@code 2023}
   * @return the {@code time_period}, for example {@code 2024}
   */
  public int period(int workforceYear) {
    return workforceYear + offset;
  }

  /**
   * The alignment for one year in words.
   *
   * @param workforceYear the census year
   * @return for example {@code "workforce census 30 September 2023 ↔ children in need year to 31
   *     March 2024 (time_period 2024)"}
   */
  public String describe(int workforceYear) {
    int p = period(workforceYear);
    String census = "workforce census 30 September " + workforceYear + " \u2194 ";
    return periodName.isEmpty() ? census + "time_period " + p
        : census + periodName + " " + p + " (time_period " + p + ")";
  }

  /**
   * The alignment in general terms.
   *
   * @return for example {@code "census year Y ↔ children in need year to 31 March, time_period
   *     Y+1"}
   */
  @Override
  public String toString() {
    String shift = offset == 0 ? "Y" : offset > 0 ? "Y+" + offset : "Y" + offset;
    return "census year Y \u2194 " + (periodName.isEmpty() ? "" : periodName + ", ")
        + "time_period " + shift;
  }
}
