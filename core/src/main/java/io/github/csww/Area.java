package io.github.csww;

/**
 * A place figures are published for: {@link England}, a {@link Region} or an {@link Authority}.
 *
 * <pre>{@code
 * for (Snapshot s : workforce.year(2017).snapshots()) {
 *   Area a = s.area();
 *   String heading = switch (a.level()) {
 *     case NATIONAL -> "England";
 *     case REGIONAL -> "region " + a.label();
 *     case LOCAL_AUTHORITY -> a.label();
 *   };
 * }
 * }</pre>
 */
public sealed interface Area permits England, Region, Authority {

  /**
   * The geographic level.
   *
   * @return {@link Level#NATIONAL} for England, {@link Level#REGIONAL} for a region, {@link
   *     Level#LOCAL_AUTHORITY} for an authority
   */
  Level level();

  /**
   * The area's current ONS code, for example {@code E10000028}; a combined return gives both
   * codes as published ({@code E09000021 / E09000027}).
   *
   * @return the latest ONS code, or both codes of a combined return separated by {@code " / "}
   */
  String code();

  /**
   * The area's current name as published, for example {@code Kingston upon Hull, City of}.
   *
   * @return the latest published name
   */
  String label();
}
