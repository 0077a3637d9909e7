package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A local government reorganisation that ended some authorities and created others: the
 * successor links that let a series stop at the break and name who came before and after.
 *
 * <p>{@link #known()} ships the reorganisations of the published files: 2019 Dorset, Bournemouth
 * and Poole; 2021 Northamptonshire; 2023 Cumbria.
 *
 * <pre>{@code
 * Reorganisation.notExisting(workforce.find("838").orElseThrow(), 2017);
 * // Optional["Dorset (838) did not exist in 2017: created in 2019 from Dorset (835), Poole (836)
 * //  and Bournemouth (837)"]
 * }</pre>
 *
 * @param year the first reporting year of the successors
 * @param predecessors the LA numbers that ended
 * @param successors the LA numbers that began
 * @param description what happened, in words
 */
public record Reorganisation(int year, List<Integer> predecessors, List<Integer> successors,
    String description) {

  private static final Map<Integer, String> NAMES = ImmutableMap.<Integer, String>builder()
      .put(835, "Dorset").put(836, "Poole").put(837, "Bournemouth")
      .put(838, "Dorset").put(839, "Bournemouth, Christchurch and Poole")
      .put(928, "Northamptonshire").put(940, "North Northamptonshire")
      .put(941, "West Northamptonshire").put(909, "Cumbria").put(942, "Cumberland")
      .put(943, "Westmorland and Furness").build();

  private static final List<Reorganisation> KNOWN = ImmutableList.of(
      new Reorganisation(2019, List.of(835, 836, 837), List.of(838, 839),
          "Bournemouth (837), Poole (836) and Dorset (835) became Bournemouth, Christchurch and "
              + "Poole (839) and Dorset (838); Christchurch moved from Dorset to BCP"),
      new Reorganisation(2021, List.of(928), List.of(940, 941),
          "Northamptonshire (928) became North Northamptonshire (940) and West Northamptonshire "
              + "(941), which report as one combined return"),
      new Reorganisation(2023, List.of(909), List.of(942, 943),
          "Cumbria (909) became Cumberland (942) and Westmorland and Furness (943)"));

  /**
   * Checks and copies the parts.
   *
   * @param year the year
   * @param predecessors the LA numbers that ended
   * @param successors the LA numbers that began
   * @param description the description
   * @throws IllegalArgumentException if a list is empty or the description blank
   */
  public Reorganisation {
    predecessors = ImmutableList.copyOf(checkNotNull(predecessors, "predecessors is null"));
    successors = ImmutableList.copyOf(checkNotNull(successors, "successors is null"));
    checkNotNull(description, "description is null");
    checkArgument(!predecessors.isEmpty() && !successors.isEmpty(),
        "a reorganisation needs predecessors and successors");
    checkArgument(!description.isBlank(), "a reorganisation needs a description");
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
   * The known reorganisations that ended or created an authority (any of its LA numbers).
   *
   * @param authority the authority
   * @return the reorganisations, oldest first
   */
  public static List<Reorganisation> involving(Authority authority) {
    checkNotNull(authority, "authority is null");
    List<Reorganisation> out = new ArrayList<>();
    for (Reorganisation r : KNOWN) {
      if (authority.laNumbers().stream().anyMatch(n -> r.predecessors.contains(n)
          || r.successors.contains(n))) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Why an authority has no row in a year because it did not exist then: created by a later
   * reorganisation, or ended by an earlier one. Empty when it existed.
   *
   * @param authority the authority
   * @param year the reporting year
   * @return for example {@code "Dorset (838) did not exist in 2017: created in 2019 from ..."}
   */
  public static Optional<String> notExisting(Authority authority, int year) {
    checkNotNull(authority, "authority is null");
    for (Reorganisation r : involving(authority)) {
      boolean created = authority.laNumbers().stream().allMatch(r.successors::contains);
      boolean ended = authority.laNumbers().stream().allMatch(r.predecessors::contains);
      if (created && year < r.year) {
        return Optional.of(authority + " did not exist in " + year + ": created in " + r.year
            + " from " + names(r.predecessors));
      }
      if (ended && year >= r.year) {
        return Optional.of(authority + " did not exist in " + year + ": replaced in " + r.year
            + " by " + names(r.successors));
      }
    }
    return Optional.empty();
  }

  /**
   * What a series of the authority cannot cross: where it starts or stops at a reorganisation,
   * naming the predecessors or successors.
   *
   * @param authority the authority
   * @return one sentence per reorganisation; empty when none involves it
   */
  public static List<String> seriesBreaks(Authority authority) {
    List<String> out = new ArrayList<>();
    for (Reorganisation r : involving(authority)) {
      if (authority.laNumbers().stream().anyMatch(r.successors::contains)) {
        out.add("The series starts in " + r.year + ", when " + authority.name()
            + " was created; before it: " + names(r.predecessors) + " (" + r.description + ").");
      } else {
        out.add("The series stops at " + (r.year - 1) + ": from " + r.year + " "
            + authority.name() + " was replaced by " + names(r.successors) + " ("
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
    if (out.size() == 1) {
      return out.get(0);
    }
    return String.join(", ", out.subList(0, out.size() - 1)) + " and " + out.get(out.size() - 1);
  }

  /** For example {@code 2019: Bournemouth (837), Poole (836) and Dorset (835) became ...}. */
  @Override
  public String toString() {
    return year + ": " + description;
  }
}
