package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One Ofsted inspection judgement of a local authority's children's services, as Ofsted
 * published it.
 *
 * <p>Ofsted names authorities by ONS code only, and by the current code even for inspections
 * made before a code change (a 2022 inspection of Somerset is filed under E06000066), and spells
 * names its own way ({@code "Bournemouth, Christchurch & Poole"}). So {@link Judgements} matches
 * a judgement to an authority through every code the authority has had ({@link
 * Authority#allCodes()}), never through the name.
 *
 * <pre>{@code
 * Judgement j = new Judgement("E10000028", "Staffordshire", Grade.REQUIRES_IMPROVEMENT,
 *     Map.of(Judgement.CHILDREN_IN_CARE, Grade.GOOD),
 *     LocalDate.of(2023, 11, 6), Optional.empty(), LocalDate.of(2024, 1, 12),
 *     "ILACS", Optional.of("ILACS Short Inspection"));
 * j.overall().label();                        // "Requires improvement to be good"
 * j.subJudgement(Judgement.CHILDREN_IN_CARE); // Optional[Good]
 * j.isPublishedBy(LocalDate.of(2024, 9, 30)); // true
 * }</pre>
 *
 * @param code the ONS code as Ofsted published it, for example {@code E10000028}
 * @param name the authority's name as Ofsted spells it
 * @param overall the overall effectiveness grade
 * @param subJudgements the sub-judgements published with it, by Ofsted's wording of each (see the
 *     constants of this class), in the order published; empty when none were published
 * @param inspected the inspection date as published (the first day of the inspection)
 * @param inspectionEnd the last day of the inspection, where the source gives one
 * @param published the date the report was published
 * @param framework the inspection framework, for example {@code "ILACS"} or {@code "SIF"}
 * @param inspectionType the type of inspection as published, for example {@code "ILACS Short
 *     Inspection"}, where the source gives one
 */
public record Judgement(
    String code,
    String name,
    Grade overall,
    Map<String, Grade> subJudgements,
    LocalDate inspected,
    Optional<LocalDate> inspectionEnd,
    LocalDate published,
    String framework,
    Optional<String> inspectionType) {

  /** The ILACS sub-judgement on leaders, in Ofsted's wording. */
  public static final String LEADERS =
      "The impact of leaders on social work practice with children and families";
  /** The ILACS sub-judgement on children who need help and protection, in Ofsted's wording. */
  public static final String HELP_AND_PROTECTION =
      "The experiences and progress of children who need help and protection";
  /** The ILACS sub-judgement on children in care, in Ofsted's wording (from 2023). */
  public static final String CHILDREN_IN_CARE =
      "The experiences and progress of children in care";
  /** The ILACS sub-judgement on care leavers, introduced on 1 January 2023. */
  public static final String CARE_LEAVERS = "The experiences and progress of care leavers";


  /**
   * Checks and copies the parts.
   *
   * @param code the ONS code as Ofsted published it: a capital letter and eight digits, for
   *     example {@code E10000028}
   * @param name the authority's name as Ofsted spells it, not blank
   * @param overall the overall effectiveness grade
   * @param subJudgements the sub-judgements by Ofsted's wording, none with a blank name; empty
   *     when none were published
   * @param inspected the first day of the inspection
   * @param inspectionEnd the last day of the inspection, not before {@code inspected}, or empty
   * @param published the date the report was published, not before {@code inspected}
   * @param framework the inspection framework, for example {@code "ILACS"}; not blank
   * @param inspectionType the type of inspection as published, or empty
   * @throws IllegalArgumentException if the code is not an ONS code, the name, the framework or a
   *     sub-judgement's name is blank, or the publication date or inspection end falls before the
   *     inspection date
   */
  public Judgement {
    checkNotNull(code, "code is null");
    checkArgument(isOnsCode(code), "expected an ONS code such as E10000028, got '%s'", code);
    checkNotNull(name, "name is null");
    checkArgument(!name.isBlank(), "judgement for %s needs a name", code);
    checkNotNull(overall, "judgement for %s needs an overall grade", code);
    checkNotNull(subJudgements, "subJudgements is null: use an empty map");
    Map<String, Grade> subs = new LinkedHashMap<>(subJudgements);
    for (Map.Entry<String, Grade> e : subs.entrySet()) {
      checkNotNull(e.getKey(), "judgement for %s has a null sub-judgement name", code);
      checkNotNull(e.getValue(), "judgement for %s has a null grade for %s", code, e.getKey());
      checkArgument(!e.getKey().isBlank(), "judgement for %s has a blank sub-judgement name", code);
    }
    subJudgements = Collections.unmodifiableMap(subs);
    checkNotNull(inspected, "judgement for %s needs an inspection date", code);
    checkNotNull(inspectionEnd, "inspectionEnd is null: use Optional.empty()");
    checkNotNull(published, "judgement for %s needs a publication date", code);
    checkArgument(!published.isBefore(inspected),
        "judgement for %s published on %s, before its inspection on %s", code, published,
        inspected);
    if (inspectionEnd.isPresent()) {
      checkArgument(!inspectionEnd.get().isBefore(inspected),
          "judgement for %s: inspection ends on %s, before it starts on %s", code,
          inspectionEnd.get(), inspected);
    }
    checkNotNull(framework, "framework is null");
    checkArgument(!framework.isBlank(), "judgement for %s needs a framework",
        code);
    checkNotNull(inspectionType, "inspectionType is null: use Optional.empty()");
  }

  /**
   * A capital letter and eight ASCII digits, checked without a regular expression: compiling one
   * spins lambda classes; with {@link Grade}'s pattern, regular expressions took 14% of the
   * profiler's samples of the command line reading its 271 bundled judgements.
   */
  private static boolean isOnsCode(String code) {
    if (code.length() != 9 || code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < 9; i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A sub-judgement by Ofsted's wording (see the constants).
   *
   * @param wording the sub-judgement's name exactly as Ofsted words it, for example {@link
   *     #CHILDREN_IN_CARE}
   * @return its grade, or empty when it was not published with this judgement
   */
  public Optional<Grade> subJudgement(String wording) {
    return Optional.ofNullable(subJudgements.get(wording));
  }

  /**
   * Whether the judgement was public at a date.
   *
   * @param date the date, for example a census date
   * @return true when the judgement was published on or before the date
   */
  public boolean isPublishedBy(LocalDate date) {
    return !published.isAfter(date);
  }

  /**
   * For example {@code Staffordshire (E10000028): Requires improvement to be good, inspected
   * 2023-11-06, published 2024-01-12, ILACS}.
   */
  @Override
  public String toString() {
    return name + " (" + code + "): " + overall.label() + ", inspected " + inspected
        + ", published " + published + ", " + framework;
  }
}
