package io.github.csww;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds authorities by name, LA number or ONS code. Names match ignoring case and punctuation;
 * "Kingston upon Hull" finds "Kingston upon Hull, City of"; either partner of a combined return
 * finds the return.
 */
final class Directory {
  private static final Pattern ONS_CODE = Pattern.compile("[A-Za-z]\\d{8}");
  private static final Pattern LA_NUMBERS = Pattern.compile("\\d+(\\s*/\\s*\\d+)*");
  private static final Splitter SLASH = Splitter.on('/').trimResults().omitEmptyStrings();

  private final ImmutableList<Authority> authorities;
  /** Full normalised names (every name ever held). */
  private final Map<String, Set<Authority>> exact = new HashMap<>();
  /** Partner names of combined returns, and names without a ", City of" style suffix. */
  private final Map<String, Set<Authority>> partial = new HashMap<>();
  private final Map<Integer, Set<Authority>> byNumber = new HashMap<>();
  private final Map<String, Set<Authority>> byCode = new HashMap<>();

  /** The last year each authority reported, to settle a name two authorities have held. */
  private final Map<Authority, Integer> lastYear;

  Directory(Collection<Authority> authorities) {
    this(authorities, Map.of());
  }

  Directory(Collection<Authority> authorities, Map<Authority, Integer> lastYear) {
    this.authorities = ImmutableList.copyOf(authorities);
    this.lastYear = Map.copyOf(lastYear);
    for (Authority a : this.authorities) {
      for (String name : a.names()) {
        put(exact, Names.normalise(name), a);
        for (String part : SLASH.splitToList(name)) {
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

  ImmutableList<Authority> authorities() {
    return authorities;
  }

  /**
   * The authority a query names.
   *
   * @throws IllegalArgumentException if none matches (with the closest names) or several do
   */
  Authority resolve(String query) {
    Set<Authority> found = candidates(query);
    if (found.size() == 1) {
      return found.iterator().next();
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no authority matches '" + query + "'"
          + suggestions(query));
    }
    List<String> names = new ArrayList<>();
    for (Authority a : found) {
      names.add(a.toString());
    }
    throw new IllegalArgumentException("'" + query + "' matches more than one authority: "
        + String.join(", ", names) + "; use an LA number or ONS code");
  }

  Optional<Authority> find(String query) {
    Set<Authority> found = candidates(query);
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  private Set<Authority> candidates(String query) {
    String q = query.strip();
    if (q.isEmpty()) {
      return Set.of();
    }
    if (LA_NUMBERS.matcher(q).matches()) {
      List<Integer> numbers = new ArrayList<>();
      for (String p : SLASH.splitToList(q)) {
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
    List<String> codes = SLASH.splitToList(q);
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
    Set<Authority> full = exact.getOrDefault(n, Set.of());
    return latest(full.isEmpty() ? partial.getOrDefault(n, Set.of()) : full);
  }

  /**
   * Of several authorities that have held one name (Dorset 835 until 2018, Dorset 838 from 2019),
   * the one that reported last, when only one did; otherwise all of them.
   */
  private Set<Authority> latest(Set<Authority> found) {
    if (found.size() < 2 || lastYear.isEmpty()) {
      return found;
    }
    int max = Integer.MIN_VALUE;
    Authority best = null;
    int atMax = 0;
    for (Authority a : found) {
      int y = lastYear.getOrDefault(a, Integer.MIN_VALUE);
      if (y > max) {
        max = y;
        best = a;
        atMax = 1;
      } else if (y == max) {
        atMax++;
      }
    }
    return atMax == 1 ? Set.of(best) : found;
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

  private String suggestions(String query) {
    String q = Names.normalise(query);
    record Scored(String name, int distance) {}
    List<Scored> scored = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Authority a : authorities) {
      if (seen.add(a.name())) {
        String n = Names.normalise(a.name());
        int d = closeness(q, n);
        for (String part : SLASH.splitToList(a.name())) {
          d = Math.min(d, closeness(q, Names.normalise(part)));
        }
        scored.add(new Scored(a.name(), d));
      }
    }
    if (scored.isEmpty()) {
      return "; the workforce holds no local authorities";
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
    List<String> best = new ArrayList<>();
    for (int i = 0; i < Math.min(3, scored.size()); i++) {
      best.add(scored.get(i).name());
    }
    return "; did you mean " + String.join(", ", best) + "?";
  }
}
