package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A local authority, or a combined return of two, keyed by its DfE LA number(s).
 *
 * <p>The LA number ({@code old_la_code}, for example {@code 860}) survived the ONS code changes of
 * Buckinghamshire, North Yorkshire, Somerset, Barnsley and Sheffield, so an authority keeps every
 * ONS code and name it has had, oldest first. A combined return (Kingston upon Thames with
 * Richmond upon Thames, {@code 314 / 318}) is one reporting unit with two LA numbers.
 *
 * <pre>{@code
 * Authority staffs = Authority.of("860", "E10000028", "Staffordshire", Region.WEST_MIDLANDS);
 * Authority kr = Authority.of("314 / 318", "E09000021 / E09000027",
 *     "Kingston upon Thames / Richmond upon Thames", Region.OUTER_LONDON);
 * kr.laNumbers();  // [314, 318]
 * kr.isCombined(); // true
 * }</pre>
 *
 * @param laNumbers the DfE LA numbers, one, or two for a combined return
 * @param codes every ONS code the authority has been published with, oldest first; a combined
 *     return's codes are written as published ({@code E09000021 / E09000027})
 * @param names every name the authority has been published with, oldest first
 * @param region the region as published: Inner or Outer London for London boroughs
 */
public record Authority(
    List<Integer> laNumbers,
    List<String> codes,
    List<String> names,
    Region region)
    implements Area {


  /**
   * Checks and copies the parts.
   *
   * @param laNumbers the DfE LA numbers, one, or two for a combined return; not empty, each
   *     positive
   * @param codes every ONS code the authority has been published with, oldest first; not empty,
   *     none blank
   * @param names every name the authority has been published with, oldest first; not empty, none
   *     blank
   * @param region the region as published: Inner or Outer London for London boroughs
   * @throws IllegalArgumentException if there is no LA number, an LA number is not positive, or
   *     the codes or names are empty or hold a blank one
   */
  public Authority {
    laNumbers = List.copyOf(checkNotNull(laNumbers, "laNumbers is null"));
    codes = List.copyOf(checkNotNull(codes, "codes is null"));
    names = List.copyOf(checkNotNull(names, "names is null"));
    checkNotNull(region, "region is null");
    checkArgument(!laNumbers.isEmpty(), "an authority needs an LA number");
    for (int n : laNumbers) {
      checkArgument(n > 0, "LA numbers are positive, got %s", n);
    }
    checkArgument(!codes.isEmpty(), "authority %s needs an ONS code", laNumbers);
    checkArgument(!names.isEmpty(), "authority %s needs a name", laNumbers);
    for (String c : codes) {
      checkArgument(!c.isBlank(), "authority %s has a blank ONS code", laNumbers);
    }
    for (String n : names) {
      checkArgument(!n.isBlank(), "authority %s has a blank name", laNumbers);
    }
  }

  /**
   * An authority as it appears in one published row.
   *
   * @param laNumber the {@code old_la_code} cell, for example {@code "860"} or {@code "314 / 318"}
   * @param code the {@code new_la_code} cell
   * @param name the {@code la_name} cell
   * @param region the region of the row
   * @return the authority with that one code and name as its history
   * @throws IllegalArgumentException if the LA number is not one or more positive whole numbers
   *     separated by {@code /}, or the code or name is blank
   */
  public static Authority of(String laNumber, String code, String name, Region region) {
    checkNotNull(laNumber, "laNumber is null");
    checkNotNull(code, "code is null");
    checkNotNull(name, "name is null");
    return new Authority(parseLaNumbers(laNumber), List.of(code.strip()),
        List.of(name.strip()), region);
  }

  /**
   * Reads an {@code old_la_code} cell: {@code "860"} or {@code "314 / 318"}.
   *
   * @param text the cell's text: positive whole numbers separated by {@code /}, spaces allowed
   * @return the LA numbers in the order written, one, or two for a combined return
   * @throws IllegalArgumentException naming the text when it is not LA numbers
   */
  public static List<Integer> parseLaNumbers(String text) {
    checkNotNull(text, "text is null");
    int single = plainNumber(text);
    if (single > 0) {
      return List.of(single);
    }
    List<Integer> out = new ArrayList<>(2);
    List<String> parts = Names.splitSlash(text);
    checkArgument(!parts.isEmpty(), "expected an LA number such as 860 or 314 / 318, got '%s'", text);
    for (String p : parts) {
      int n;
      try {
        n = Integer.parseInt(p);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "expected an LA number such as 860 or 314 / 318, got '" + text + "'");
      }
      checkArgument(n > 0, "expected a positive LA number, got '%s'", text);
      out.add(n);
    }
    return List.copyOf(out);
  }

  /** The number written as 1 to 9 ASCII digits and nothing else, or -1. */
  private static int plainNumber(String text) {
    int n = text.length();
    if (n == 0 || n > 9) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  @Override
  public Level level() {
    return Level.LOCAL_AUTHORITY;
  }

  /** The latest ONS code, as published. */
  @Override
  public String code() {
    return codes.get(codes.size() - 1);
  }

  /** The latest name, as published. */
  @Override
  public String label() {
    return names.get(names.size() - 1);
  }

  /**
   * The same as {@link #label()}: the name as published.
   *
   * @return the latest published name
   */
  public String name() {
    return label();
  }

  /**
   * The LA number(s) as published: {@code "860"}, {@code "314 / 318"}.
   *
   * @return the LA numbers joined by {@code " / "}
   */
  public String laNumber() {
    StringBuilder sb = new StringBuilder();
    for (int n : laNumbers) {
      if (sb.length() > 0) {
        sb.append(" / ");
      }
      sb.append(n);
    }
    return sb.toString();
  }

  /**
   * Whether this is a combined return, such as Kingston upon Thames with Richmond upon Thames.
   *
   * @return true for a combined return of two or more authorities
   */
  public boolean isCombined() {
    return laNumbers.size() > 1;
  }

  /**
   * Every single ONS code the authority has had, with combined codes split: for {@code 314 / 318}
   * both {@code E09000021} and {@code E09000027}.
   *
   * @return the codes, oldest first, without repeats
   */
  public Set<String> allCodes() {
    Set<String> out = new LinkedHashSet<>();
    for (String c : codes) {
      out.addAll(Names.splitSlash(c));
    }
    return Collections.unmodifiableSet(out);
  }

  /** The same authority with another code and name added to its history, if new. */
  Authority merge(Authority later) {
    checkArgument(laNumbers.equals(later.laNumbers), "cannot merge %s into %s", later, this);
    if (codes.containsAll(later.codes) && names.containsAll(later.names)
        && region == later.region) {
      return this;
    }
    return new Authority(laNumbers, union(codes, later.codes), union(names, later.names),
        later.region);
  }

  private static List<String> union(List<String> a, List<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  /**
   * Equal when the LA numbers are equal: an authority's identity is its DfE LA number(s), and its
   * names, ONS codes and region are its history. Two copies of an authority with different
   * histories are equal, so maps and sets keyed by authority are safe.
   */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Authority a && laNumbers.equals(a.laNumbers));
  }

  /** The hash of the LA numbers. */
  @Override
  public int hashCode() {
    return laNumbers.hashCode();
  }

  /** True when the other authority has the same LA numbers, codes, names and region. */
  boolean sameHistory(Authority o) {
    return laNumbers.equals(o.laNumbers) && codes.equals(o.codes) && names.equals(o.names)
        && region.equals(o.region);
  }

  /** The name followed by the LA number, for example {@code "Staffordshire (860)"}. */
  @Override
  public String toString() {
    return name() + " (" + laNumber() + ")";
  }
}
