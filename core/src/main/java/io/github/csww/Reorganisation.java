package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A local government reorganisation that ended some authorities and created others: which
 * predecessor's area went to which successors, so a series can stop at the break and name who
 * came before and after.
 *
 * <p>The links are per predecessor: in 2019 Bournemouth (837) and Poole (836) went wholly into
 * Bournemouth, Christchurch and Poole (839), and the old Dorset county (835) into the new Dorset
 * (838) and, for its district of Christchurch, into BCP (839). So {@link #successorsOf(int)
 * successorsOf(836)} is {@code [839]}, {@code successorsOf(835)} is {@code [838, 839]} and {@link
 * #predecessorsOf(int) predecessorsOf(838)} is {@code [835]}. {@link #predecessors()} and {@link
 * #successors()} are the whole event, every authority it ended and created: the geography that
 * stays the same across the break, which {@link Workforce#comparableGeography()} re-aggregates.
 *
 * <p>{@link #known()} ships the reorganisations of the published files: 2019 Dorset, Bournemouth
 * and Poole; 2021 Northamptonshire; 2023 Cumbria.
 *
 * <pre>{@code
 * Reorganisation.notExisting(workforce.find("838").orElseThrow(), 2017);
 * // Optional["Dorset (838) did not exist in 2017: created in 2019 from Dorset (835)"]
 * Reorganisation.notExisting(workforce.find("836").orElseThrow(), 2019);
 * // Optional["Poole (836) did not exist in 2019: replaced in 2019 by Bournemouth, Christchurch
 * //  and Poole (839)"]
 * }</pre>
 *
 * @param year the first reporting year of the successors
 * @param links each predecessor's LA number, ascending, to the LA numbers of the successors that
 *     took its area (all or part of it), ascending
 * @param description what happened, in words
 */
public record Reorganisation(int year, Map<Integer, List<Integer>> links, String description) {

  private static final Map<Integer, String> NAMES = ImmutableMap.<Integer, String>builder()
      .put(835, "Dorset").put(836, "Poole").put(837, "Bournemouth")
      .put(838, "Dorset").put(839, "Bournemouth, Christchurch and Poole")
      .put(928, "Northamptonshire").put(940, "North Northamptonshire")
      .put(941, "West Northamptonshire").put(909, "Cumbria").put(942, "Cumberland")
      .put(943, "Westmorland and Furness").build();

  private static final List<Reorganisation> KNOWN = ImmutableList.of(
      new Reorganisation(2019, Map.of(835, List.of(838, 839), 836, List.of(839),
          837, List.of(839)),
          "Bournemouth (837) and Poole (836) became Bournemouth, Christchurch and Poole (839), "
              + "with Christchurch from Dorset (835); the rest of Dorset (835) became Dorset "
              + "(838)"),
      new Reorganisation(2021, List.of(928), List.of(940, 941),
          "Northamptonshire (928) became North Northamptonshire (940) and West Northamptonshire "
              + "(941), which report as one combined return"),
      new Reorganisation(2023, List.of(909), List.of(942, 943),
          "Cumbria (909) became Cumberland (942) and Westmorland and Furness (943)"));

  /**
   * Checks and copies the parts, the predecessors and each one's successors in ascending order
   * whatever the map's order.
   *
   * @param year the year
   * @param links each predecessor's LA number to the successors that took its area
   * @param description the description
   * @throws IllegalArgumentException if there are no links, a predecessor has no successors or
   *     is also a successor, or the description is blank
   */
  public Reorganisation {
    checkNotNull(links, "links is null");
    checkNotNull(description, "description is null");
    checkArgument(!links.isEmpty(), "a reorganisation needs predecessors and successors");
    ImmutableSortedMap.Builder<Integer, List<Integer>> copy = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<Integer, List<Integer>> e : links.entrySet()) {
      Integer from = checkNotNull(e.getKey(), "a predecessor is null");
      List<Integer> to = checkNotNull(e.getValue(), "the successors of %s are null", from);
      checkArgument(!to.isEmpty(), "a reorganisation needs predecessors and successors");
      checkArgument(!to.contains(from), "an LA number cannot succeed itself: %s", from);
      copy.put(from, ImmutableSortedSet.copyOf(to).asList());
    }
    links = copy.build();
    checkArgument(!description.isBlank(), "a reorganisation needs a description");
    for (Integer n : successorsIn(links)) {
      checkArgument(!links.containsKey(n),
          "an LA number cannot be both a predecessor and a successor: %s", n);
    }
  }

  /**
   * A reorganisation in which every predecessor's area went to every successor: true of a split
   * (one predecessor, such as Cumbria) and of a merger (one successor). Where several
   * predecessors became several successors, say which went where with the {@linkplain
   * #Reorganisation(int, Map, String) links}.
   *
   * @param year the first reporting year of the successors
   * @param predecessors the LA numbers that ended
   * @param successors the LA numbers that began
   * @param description what happened, in words
   * @throws IllegalArgumentException if a list is empty, both have several LA numbers, or the
   *     description is blank
   */
  public Reorganisation(int year, List<Integer> predecessors, List<Integer> successors,
      String description) {
    this(year, everyToEvery(predecessors, successors), description);
  }

  private static Map<Integer, List<Integer>> everyToEvery(List<Integer> predecessors,
      List<Integer> successors) {
    checkNotNull(predecessors, "predecessors is null");
    checkNotNull(successors, "successors is null");
    checkArgument(!predecessors.isEmpty() && !successors.isEmpty(),
        "a reorganisation needs predecessors and successors");
    checkArgument(predecessors.size() == 1 || successors.size() == 1, "several predecessors %s "
        + "and several successors %s: give the links, which predecessor went to which successors",
        predecessors, successors);
    Map<Integer, List<Integer>> out = new LinkedHashMap<>();
    predecessors.forEach(p -> out.put(checkNotNull(p, "a predecessor is null"), successors));
    return out;
  }

  private static List<Integer> successorsIn(Map<Integer, List<Integer>> links) {
    SortedSet<Integer> out = new TreeSet<>();
    links.values().forEach(out::addAll);
    return List.copyOf(out);
  }

  /**
   * Every LA number the reorganisation ended, ascending.
   *
   * @return the predecessors
   */
  public List<Integer> predecessors() {
    return List.copyOf(links.keySet());
  }

  /**
   * Every LA number the reorganisation created, ascending: with {@link #predecessors()}, an area
   * that is the same before and after.
   *
   * @return the successors
   */
  public List<Integer> successors() {
    return successorsIn(links);
  }

  /**
   * The successors that took all or part of a predecessor's area: for Poole (836) in 2019,
   * Bournemouth, Christchurch and Poole (839) only.
   *
   * @param laNumber a predecessor's LA number
   * @return the successors' LA numbers, ascending; empty when it is no predecessor of this one
   */
  public List<Integer> successorsOf(int laNumber) {
    return links.getOrDefault(laNumber, List.of());
  }

  /**
   * The predecessors whose area, or part of it, a successor took: for the new Dorset (838),
   * Dorset (835) only; for Bournemouth, Christchurch and Poole (839), 835, 836 and 837.
   *
   * @param laNumber a successor's LA number
   * @return the predecessors' LA numbers, ascending; empty when it is no successor of this one
   */
  public List<Integer> predecessorsOf(int laNumber) {
    List<Integer> out = new ArrayList<>();
    links.forEach((from, to) -> {
      if (to.contains(laNumber)) {
        out.add(from);
      }
    });
    return List.copyOf(out);
  }

  /**
   * The successors of any of an authority's LA numbers (a combined return has several), as
   * {@link #successorsOf(int)}.
   *
   * @param authority the authority
   * @return the successors' LA numbers, ascending; empty when it is no predecessor
   */
  public List<Integer> successorsOf(Authority authority) {
    checkNotNull(authority, "authority is null");
    SortedSet<Integer> out = new TreeSet<>();
    authority.laNumbers().forEach(n -> out.addAll(successorsOf(n)));
    return List.copyOf(out);
  }

  /**
   * The predecessors of any of an authority's LA numbers (a combined return has several), as
   * {@link #predecessorsOf(int)}: for North Northamptonshire / West Northamptonshire (940 / 941),
   * Northamptonshire (928).
   *
   * @param authority the authority
   * @return the predecessors' LA numbers, ascending; empty when it is no successor
   */
  public List<Integer> predecessorsOf(Authority authority) {
    checkNotNull(authority, "authority is null");
    SortedSet<Integer> out = new TreeSet<>();
    authority.laNumbers().forEach(n -> out.addAll(predecessorsOf(n)));
    return List.copyOf(out);
  }

  /**
   * The reorganisations of the published files, oldest first.
   *
   * @return the reorganisations
   */
  public static List<Reorganisation> known() {
    return KNOWN;
  }

  /**
   * The known reorganisations that ended or created an authority (any of its LA numbers). Each
   * is the whole event: {@link #successorsOf(Authority)} and {@link #predecessorsOf(Authority)}
   * say which of its authorities are linked to this one.
   *
   * @param authority the authority
   * @return the reorganisations, oldest first
   */
  public static List<Reorganisation> involving(Authority authority) {
    checkNotNull(authority, "authority is null");
    List<Reorganisation> out = new ArrayList<>();
    for (Reorganisation r : KNOWN) {
      if (!r.successorsOf(authority).isEmpty() || !r.predecessorsOf(authority).isEmpty()) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Why an authority has no row in a year because it did not exist then: created by a later
   * reorganisation, or ended by an earlier one, naming the authorities it was created from or
   * replaced by. Empty when it existed.
   *
   * @param authority the authority
   * @param year the reporting year
   * @return for example {@code "Dorset (838) did not exist in 2017: created in 2019 from Dorset
   *     (835)"}; empty for a unit of {@link Workforce#comparableGeography()}, which spans its
   *     reorganisation
   */
  public static Optional<String> notExisting(Authority authority, int year) {
    checkNotNull(authority, "authority is null");
    if (ComparableGeography.isDerived(authority)) {
      return Optional.empty();
    }
    for (Reorganisation r : involving(authority)) {
      List<Integer> successors = r.successors();
      boolean created = authority.laNumbers().stream().allMatch(successors::contains);
      boolean ended = authority.laNumbers().stream().allMatch(r.links::containsKey);
      if (created && year < r.year) {
        return Optional.of(authority + " did not exist in " + year + ": created in " + r.year
            + " from " + names(r.predecessorsOf(authority)));
      }
      if (ended && year >= r.year) {
        return Optional.of(authority + " did not exist in " + year + ": replaced in " + r.year
            + " by " + names(r.successorsOf(authority)));
      }
    }
    return Optional.empty();
  }

  /**
   * What a series of the authority cannot cross: where it starts or stops at a reorganisation,
   * naming its own predecessors or successors (Poole's series stops at 2018 and names Bournemouth,
   * Christchurch and Poole (839) alone), then the whole event in words.
   *
   * @param authority the authority
   * @return one sentence per reorganisation; empty when none involves it, and for a unit of
   *     {@link Workforce#comparableGeography()}, whose series runs across its reorganisation
   */
  public static List<String> seriesBreaks(Authority authority) {
    checkNotNull(authority, "authority is null");
    if (ComparableGeography.isDerived(authority)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Reorganisation r : involving(authority)) {
      List<Integer> before = r.predecessorsOf(authority);
      if (!before.isEmpty()) {
        out.add("The series starts in " + r.year + ", when " + authority.name()
            + " was created; before it: " + names(before) + " (" + r.description + ").");
      } else {
        out.add("The series stops at " + (r.year - 1) + ": from " + r.year + " "
            + authority.name() + " was replaced by " + names(r.successorsOf(authority)) + " ("
            + r.description + ").");
      }
    }
    return List.copyOf(out);
  }

  private static String names(List<Integer> numbers) {
    List<String> out = new ArrayList<>();
    for (int n : numbers) {
      out.add(NAMES.getOrDefault(n, "LA") + " (" + n + ")");
    }
    return Names.andList(out);
  }

  /** For example {@code 2019: Bournemouth (837) and Poole (836) became ...}. */
  @Override
  public String toString() {
    return year + ": " + description;
  }
}
