package io.github.csww;

import static io.github.csww.Checks.checkNotNull;

import java.util.Optional;

/**
 * The nine English regions, and Inner and Outer London, which sit inside {@link #LONDON}. An
 * enum: {@link #name()} is the constant ({@code WEST_MIDLANDS}), {@link #label()} the published
 * name ({@code West Midlands}), as for every {@link Area}.
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
public enum Region implements Area {
  /** North East, E12000001. */
  NORTH_EAST("E12000001", "North East"),
  /** North West, E12000002. */
  NORTH_WEST("E12000002", "North West"),
  /** Yorkshire and The Humber, E12000003. */
  YORKSHIRE_AND_THE_HUMBER("E12000003", "Yorkshire and The Humber"),
  /** East Midlands, E12000004. */
  EAST_MIDLANDS("E12000004", "East Midlands"),
  /** West Midlands, E12000005. */
  WEST_MIDLANDS("E12000005", "West Midlands"),
  /** East of England, E12000006. */
  EAST_OF_ENGLAND("E12000006", "East of England"),
  /** London, E12000007: Inner and Outer London together. */
  LONDON("E12000007", "London"),
  /** South East, E12000008. */
  SOUTH_EAST("E12000008", "South East"),
  /** South West, E12000009. */
  SOUTH_WEST("E12000009", "South West"),
  /** Inner London, E13000001, inside {@link #LONDON}. */
  INNER_LONDON("E13000001", "Inner London"),
  /** Outer London, E13000002, inside {@link #LONDON}. */
  OUTER_LONDON("E13000002", "Outer London");

  private static final Region[] VALUES = values();

  private final String code;
  private final String label;

  Region(String code, String label) {
    this.code = code;
    this.label = label;
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
  public String label() {
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

  /** The published name, as {@link #label()}: {@code "West Midlands"}, not the constant. */
  @Override
  public String toString() {
    return label;
  }
}
