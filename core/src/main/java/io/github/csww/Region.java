package io.github.csww;

import java.util.List;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The nine English regions, and Inner and Outer London, which sit inside {@link #LONDON}. There
 * is one instance of each; compare them with {@code ==} or {@code equals}.
 *
 * <p>London boroughs are published with region {@code Inner London} or {@code Outer London};
 * filtering by {@link #LONDON} includes both. Regional rows exist for London and for Inner and
 * Outer London, so adding regional rows together counts London twice: aggregate local
 * authorities instead.
 *
 * <pre>{@code
 * workforce.region(Region.LONDON).rankBy(Metric.AGENCY_RATE).top(3);
 * Region.INNER_LONDON.within(Region.LONDON); // true
 * Region.fromCode("E12000005");              // Optional[WEST_MIDLANDS]
 * }</pre>
 */
public final class Region implements Area {
  /** North East, E12000001. */
  public static final Region NORTH_EAST = new Region("NORTH_EAST", "E12000001", "North East");
  /** North West, E12000002. */
  public static final Region NORTH_WEST = new Region("NORTH_WEST", "E12000002", "North West");
  /** Yorkshire and The Humber, E12000003. */
  public static final Region YORKSHIRE_AND_THE_HUMBER = new Region("YORKSHIRE_AND_THE_HUMBER", "E12000003", "Yorkshire and The Humber");
  /** East Midlands, E12000004. */
  public static final Region EAST_MIDLANDS = new Region("EAST_MIDLANDS", "E12000004", "East Midlands");
  /** West Midlands, E12000005. */
  public static final Region WEST_MIDLANDS = new Region("WEST_MIDLANDS", "E12000005", "West Midlands");
  /** East of England, E12000006. */
  public static final Region EAST_OF_ENGLAND = new Region("EAST_OF_ENGLAND", "E12000006", "East of England");
  /** London, E12000007: Inner and Outer London together. */
  public static final Region LONDON = new Region("LONDON", "E12000007", "London");
  /** South East, E12000008. */
  public static final Region SOUTH_EAST = new Region("SOUTH_EAST", "E12000008", "South East");
  /** South West, E12000009. */
  public static final Region SOUTH_WEST = new Region("SOUTH_WEST", "E12000009", "South West");
  /** Inner London, E13000001, inside {@link #LONDON}. */
  public static final Region INNER_LONDON = new Region("INNER_LONDON", "E13000001", "Inner London");
  /** Outer London, E13000002, inside {@link #LONDON}. */
  public static final Region OUTER_LONDON = new Region("OUTER_LONDON", "E13000002", "Outer London");

  private static final ImmutableList<Region> VALUES = ImmutableList.of(NORTH_EAST, NORTH_WEST,
      YORKSHIRE_AND_THE_HUMBER, EAST_MIDLANDS, WEST_MIDLANDS, EAST_OF_ENGLAND, LONDON, SOUTH_EAST,
      SOUTH_WEST, INNER_LONDON, OUTER_LONDON);

  private final String constant;
  private final String code;
  private final String label;

  private Region(String constant, String code, String label) {
    this.constant = constant;
    this.code = code;
    this.label = label;
  }

  /**
   * Every region.
   *
   * @return the nine English regions in ONS code order, then Inner and Outer London; an
   *     immutable list
   */
  public static List<Region> values() {
    return VALUES;
  }

  /**
   * The constant's name, for example {@code "WEST_MIDLANDS"}.
   *
   * @return the name of the field that holds this region
   */
  public String constantName() {
    return constant;
  }

  /**
   * The region with the given constant name, for example {@code "WEST_MIDLANDS"}.
   *
   * @param constantName the constant's name, exactly as written (case matters)
   * @return the region
   * @throws IllegalArgumentException naming the valid names when there is none
   */
  public static Region valueOf(String constantName) {
    checkNotNull(constantName, "constantName is null");
    for (Region r : VALUES) {
      if (r.constant.equals(constantName)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no region " + constantName + "; regions: " + VALUES);
  }

  @Override
  public Level level() {
    return Level.REGIONAL;
  }

  @Override
  public String code() {
    return code;
  }

  /** The published name, for example {@code "Yorkshire and The Humber"}. */
  @Override
  public String name() {
    return label;
  }

  /**
   * The English region this one is part of.
   *
   * @return {@link #LONDON} for Inner and Outer London, else this region
   */
  public Region englishRegion() {
    return this == INNER_LONDON || this == OUTER_LONDON ? LONDON : this;
  }

  /**
   * Whether this is one of the nine English regions.
   *
   * @return true for the nine English regions; false for Inner and Outer London
   */
  public boolean isEnglishRegion() {
    return englishRegion() == this;
  }

  /**
   * True when this region is {@code other} or lies inside it: {@code INNER_LONDON.within(LONDON)}
   * and {@code LONDON.within(LONDON)} are true, {@code LONDON.within(INNER_LONDON)} is false.
   *
   * @param other the region that may contain this one
   * @return true when this region is {@code other} or inside it
   */
  public boolean within(Region other) {
    checkNotNull(other, "other is null");
    return this == other || (other.isEnglishRegion() && englishRegion() == other);
  }

  /**
   * The region with the given ONS code ({@code E12…} or {@code E13…}), ignoring case.
   *
   * @param code an ONS region code, for example {@code "E12000005"}; surrounding spaces are
   *     ignored
   * @return the region, or empty when no region has that code
   */
  public static Optional<Region> fromCode(String code) {
    checkNotNull(code, "code is null");
    String t = code.strip();
    for (Region r : VALUES) {
      if (r.code.equalsIgnoreCase(t)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The region with the given name, ignoring case, spaces and punctuation ("Yorkshire and the
   * Humber", "london (inner)" is not accepted: use "Inner London").
   *
   * @param name a region's published name, for example {@code "West Midlands"}
   * @return the region, or empty when no region has that name
   */
  public static Optional<Region> fromName(String name) {
    checkNotNull(name, "name is null");
    String t = Names.normalise(name);
    for (Region r : VALUES) {
      if (Names.normalise(r.label).equals(t)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return label;
  }
}
