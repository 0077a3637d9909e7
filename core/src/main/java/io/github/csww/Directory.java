package io.github.csww;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds authorities by name, LA number or ONS code. Names match ignoring case and punctuation;
 * "Kingston upon Hull" finds "Kingston upon Hull, City of"; either partner of a combined return
 * finds the return. Last, a query that is whole words of a name (or partner's name) of one
 * authority alone finds it: "Richmond" finds "Kingston upon Thames / Richmond upon Thames",
 * "Furness" finds "Westmorland and Furness"; "Kingston", in two authorities' names, finds neither
 * and suggests both.
 */
final class Directory {
  private static final Pattern ONS_CODE = Pattern.compile("[A-Za-z]\\d{8}");
  private static final Pattern LA_NUMBERS = Pattern.compile("\\d+(\\s*/\\s*\\d+)*");

  private final List<Authority> authorities;
  /** Full normalised names (every name ever held). */
  private final Map<String, Set<Authority>> exact = new HashMap<>();
  /** Partner names of combined returns, and names without a ", City of" style suffix. */
  private final Map<String, Set<Authority>> partial = new HashMap<>();
  private final Map<Integer, Set<Authority>> byNumber = new HashMap<>();
  private final Map<String, Set<Authority>> byCode = new HashMap<>();

  /** Common short names that no published name contains. */
  private static final Map<String, String> ALIASES = Map.of("hull", "kingston upon hull");
  /** A ", City of" or ", County of" at the end of a name ("Bristol, City of"). */
  private static final Pattern SUFFIX =
      Pattern.compile(",\\s*(city|county) of\\s*$", Pattern.CASE_INSENSITIVE);
  /** Words of many names, which alone name no authority. */
  private static final Set<String> COMMON_WORDS = Set.of("city", "county", "of", "upon", "and",
      "the", "on", "borough", "council", "north", "south", "east", "west", "central");

  /** The years each authority reported, to settle a name two authorities have held. */
  private final Map<Authority, SortedSet<Integer>> yearsOf;

  Directory(Collection<Authority> authorities) {
    this(authorities, Map.of());
  }

  Directory(Collection<Authority> authorities, Map<Authority, SortedSet<Integer>> yearsOf) {
    this.authorities = List.copyOf(authorities);
    this.yearsOf = Map.copyOf(yearsOf);
    for (Authority a : this.authorities) {
      for (String name : a.names()) {
        put(exact, Names.normalise(name), a);
        for (String part : Names.splitSlash(name)) {
          put(partial, Names.normalise(part), a);
          int comma = part.indexOf(',');
          if (comma > 0) {
            put(partial, Names.normalise(part.substring(0, comma)), a);
          }
        }
      }
      for (int n : a.laNumbers()) {
        byNumber.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(a);
      }
      for (String c : a.allCodes()) {
        put(byCode, c.toUpperCase(java.util.Locale.ROOT), a);
      }
    }
  }

  private static <K> void put(Map<K, Set<Authority>> map, K key, Authority a) {
    map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(a);
  }

  List<Authority> authorities() {
    return authorities;
  }

  /**
   * The authority a query names in the whole directory, whatever years: a name two authorities
   * have held (Dorset 835 and 838) matches both.
   *
   * @throws UnknownAreaException if none matches (with the closest names) or several do
   */
  Authority resolve(String query) {
    return resolve(query, Set.of());
  }

  /**
   * The authority a query names, as of a view's years: among authorities that have held a name,
   * the one that reported in those years ("Dorset" in 2017 is 835, from 2019 838). With no years
   * (a view that names none covers every year) or years in which several of them reported, all of
   * them match, and the query is ambiguous.
   *
   * @throws UnknownAreaException if none matches (with the closest names) or several do
   */
  Authority resolve(String query, Set<Integer> years) {
    Set<Authority> found = candidates(query, years);
    if (found.size() == 1) {
      return found.iterator().next();
    }
    if (found.isEmpty()) {
      List<String> close = suggestions(query);
      throw new UnknownAreaException("no authority matches '" + query + "'"
          + Names.didYouMean(close), query, close, false);
    }
    List<String> names = new ArrayList<>();
    for (Authority a : found) {
      SortedSet<Integer> ys = yearsOf.getOrDefault(a, new TreeSet<>());
      names.add(a + (ys.isEmpty() ? "" : ys.size() == 1 ? ", reporting " + ys.first()
          : ", reporting " + ys.first() + " to " + ys.last()));
    }
    throw new UnknownAreaException("'" + query + "' could mean " + String.join("; or ", names)
        + ": use an LA number or ONS code, or a view of one year", query, names, true);
  }

  /**
   * Any area a query names: England ({@code England}, {@code E92000001}), a region by name or
   * code, or an authority as {@link #resolve(String, Set)} finds it.
   *
   * @throws UnknownAreaException if none matches or several authorities do
   */
  Area resolveArea(String query, Set<Integer> years) {
    String q = query.strip();
    if (Names.normalise(q).equals("england") || q.equalsIgnoreCase(England.CODE)) {
      return England.INSTANCE;
    }
    Optional<Region> region = Region.fromCode(q).or(() -> Region.fromName(q));
    if (region.isPresent()) {
      return region.get();
    }
    return resolve(query, years);
  }

  /**
   * A region by its name (any case and punctuation) or ONS code.
   *
   * @throws UnknownAreaException if none matches, with the closest names and every region's
   */
  static Region region(String nameOrCode) {
    Optional<Region> r = Region.fromName(nameOrCode).or(() -> Region.fromCode(nameOrCode));
    if (r.isPresent()) {
      return r.get();
    }
    String q = Names.normalise(nameOrCode);
    List<Region> near = new ArrayList<>();
    for (Region x : Region.values()) {
      if (Names.close(q, Names.distance(q, Names.normalise(x.label())))) {
        near.add(x);
      }
    }
    near.sort(Comparator.comparingInt(x -> Names.distance(q, Names.normalise(x.label()))));
    List<String> close = new ArrayList<>();
    near.forEach(x -> close.add(x.label()));
    List<String> all = new ArrayList<>();
    for (Region x : Region.values()) {
      all.add(x.label());
    }
    throw new UnknownAreaException("no region '" + nameOrCode + "'" + Names.didYouMean(close)
        + " Regions: " + String.join(", ", all), nameOrCode, close, false);
  }

  /**
   * The directory's own authority equal to the given one (with the same LA numbers).
   *
   * @throws UnknownAreaException if it holds none
   */
  Authority own(Authority a) {
    for (Authority own : authorities) {
      if (own.equals(a)) {
        return own;
      }
    }
    throw new UnknownAreaException(a + " is not in this workforce; it holds "
        + authorities.size() + " authorities", a.laNumber(), List.of(), false);
  }

  /**
   * The authority whose one LA number is the given one, else the first that has it among its
   * numbers (a combined return), else empty.
   */
  Optional<Authority> withNumber(int laNumber) {
    Authority partOf = null;
    for (Authority a : authorities) {
      if (a.laNumbers().size() == 1 && a.laNumbers().get(0) == laNumber) {
        return Optional.of(a);
      }
      if (partOf == null && a.laNumbers().contains(laNumber)) {
        partOf = a;
      }
    }
    return Optional.ofNullable(partOf);
  }

  Optional<Authority> find(String query) {
    Set<Authority> found = candidates(query, Set.of());
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  private Set<Authority> candidates(String query, Set<Integer> years) {
    String q = query.strip();
    if (q.isEmpty()) {
      return Set.of();
    }
    if (LA_NUMBERS.matcher(q).matches()) {
      List<Integer> numbers = new ArrayList<>();
      for (String p : Names.splitSlash(q)) {
        try {
          numbers.add(Integer.parseInt(p));
        } catch (NumberFormatException e) {
          return Set.of();
        }
      }
      Set<Authority> out = new LinkedHashSet<>();
      for (Authority a : byNumber.getOrDefault(numbers.get(0), Set.of())) {
        if (a.laNumbers().containsAll(numbers)) {
          out.add(a);
        }
      }
      if (out.size() > 1) {
        // "314" names both 314 and "314 / 318": prefer the exact unit.
        for (Authority a : out) {
          if (a.laNumbers().equals(numbers)) {
            return Set.of(a);
          }
        }
      }
      return out;
    }
    if (ONS_CODE.matcher(q).matches()) {
      return byCode.getOrDefault(q.toUpperCase(java.util.Locale.ROOT), Set.of());
    }
    List<String> codes = Names.splitSlash(q);
    if (codes.size() > 1 && codes.stream().allMatch(c -> ONS_CODE.matcher(c).matches())) {
      // A combined return's code as published: "E09000021 / E09000027".
      Set<Authority> out = null;
      for (String c : codes) {
        Set<Authority> found = byCode.getOrDefault(c.toUpperCase(java.util.Locale.ROOT), Set.of());
        if (out == null) {
          out = new LinkedHashSet<>(found);
        } else {
          out.retainAll(found);
        }
      }
      return out;
    }
    String n = Names.normalise(q);
    n = ALIASES.getOrDefault(n, n);
    Set<Authority> full = exact.getOrDefault(n, Set.of());
    Set<Authority> found = full.isEmpty() ? partial.getOrDefault(n, Set.of()) : full;
    if (found.isEmpty()) {
      found = byWords(n);
    }
    if (found.size() > 1 && !years.isEmpty()) {
      Set<Authority> inYears = new LinkedHashSet<>();
      for (Authority a : found) {
        for (int y : yearsOf.getOrDefault(a, new TreeSet<>())) {
          if (years.contains(y)) {
            inYears.add(a);
          }
        }
      }
      return inYears.isEmpty() ? found : inYears;
    }
    return found;
  }

  /**
   * The one authority with a name (any it has held, a partner's name in a combined return, without
   * a ", City of" or ", County of" suffix) that holds the normalised query as whole words:
   * "richmond" is in "richmond upon thames", "christchurch" in "bournemouth christchurch and
   * poole"; "hull city" is in no name. Empty when none does or several do (a word of several
   * names, "kingston", is no name of one), when the query names England or a region ("London"
   * is the region, not the City of London), or when it is only common words ("city", "upon").
   */
  private Set<Authority> byWords(String query) {
    if (query.equals("england") || Region.fromName(query).isPresent()
        || COMMON_WORDS.containsAll(List.of(query.split(" ")))) {
      return Set.of();
    }
    String words = " " + query + " ";
    Authority one = null;
    for (Authority a : authorities) {
      for (String name : a.names()) {
        for (String part : Names.splitSlash(name)) {
          String n = Names.normalise(SUFFIX.matcher(part).replaceFirst(""));
          if ((" " + n + " ").contains(words)) {
            if (one != null && !one.equals(a)) {
              return Set.of();
            }
            one = a;
          }
        }
      }
    }
    return one == null ? Set.of() : Set.of(one);
  }

  /**
   * How far a normalised query is from a normalised name: the edit distance, or 1 when the name
   * starts with the query or holds all its words ("Kingston" is close to "Kingston upon Hull").
   */
  private static int closeness(String query, String name) {
    int d = Names.distance(query, name);
    if (d > 1 && !query.isEmpty() && (name.startsWith(query)
        || List.of(name.split(" ")).containsAll(List.of(query.split(" "))))) {
      return 1;
    }
    return d;
  }

  /** The names of up to three authorities close to the query; empty when none is close. */
  private List<String> suggestions(String query) {
    String q = Names.normalise(query);
    record Scored(String name, int distance) {}
    List<Scored> scored = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Authority a : authorities) {
      if (seen.add(a.name())) {
        String n = Names.normalise(a.name());
        int d = closeness(q, n);
        for (String part : Names.splitSlash(a.name())) {
          d = Math.min(d, closeness(q, Names.normalise(part)));
        }
        scored.add(new Scored(a.name(), d));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
    List<String> best = new ArrayList<>();
    for (Scored sc : scored) {
      if (best.size() < 3 && Names.close(q, sc.distance())) {
        best.add(sc.name());
      }
    }
    return best;
  }
}
