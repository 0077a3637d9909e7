package io.github.csww;

import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable collection of Ofsted {@link Judgement}s, and the look-ups that join them to
 * authorities: the judgement in force at a date, an authority's history, and the judgements no
 * authority of a workforce holds.
 *
 * <p>Judgements are matched to an authority through every ONS code it has had ({@link
 * Authority#allCodes()}), never through names: Ofsted files the 2022 inspection of Somerset under
 * E06000066, the code Somerset took in 2023, and the LA-number keyed {@link Authority} of Somerset
 * holds both E10000027 and E06000066.
 *
 * <pre>{@code
 * Judgements ofsted = OfstedReader.read(Path.of("LA_Inspection_Outcomes_as_at_31_March_2025.ods"));
 * Authority staffs = workforce.authority("Staffordshire").authority();
 * Optional<Judgement> j = ofsted.inForce(staffs, LocalDate.of(2025, 9, 30));
 * j.map(Judgement::overall);                    // Optional[Requires improvement to be good]
 * ofsted.history(staffs);                       // every inspection, oldest first
 * ofsted.unmatched(workforce);                  // judgements whose code no authority holds
 * }</pre>
 */
public final class Judgements {
  /** Publication date, then inspection date, then code: the order "latest" is judged by. */
  static final Comparator<Judgement> ORDER = new Comparator<>() {
    @Override
    public int compare(Judgement a, Judgement b) {
      int c = a.published().compareTo(b.published());
      c = c != 0 ? c : a.inspected().compareTo(b.inspected());
      return c != 0 ? c : a.code().compareTo(b.code());
    }
  };

  /** By publication date, then code, then {@link #ORDER}: one code's judgements of a day together. */
  private static final Comparator<Judgement> BY_DAY_AND_CODE = new Comparator<>() {
    @Override
    public int compare(Judgement a, Judgement b) {
      int c = a.published().compareTo(b.published());
      c = c != 0 ? c : a.code().compareTo(b.code());
      return c != 0 ? c : a.inspected().compareTo(b.inspected());
    }
  };

  private static final Judgements EMPTY = new Judgements(ImmutableList.of());

  private final ImmutableList<Judgement> all;
  private final ImmutableListMultimap<String, Judgement> byCode;

  private Judgements(ImmutableList<Judgement> all) {
    this.all = all;
    ImmutableListMultimap.Builder<String, Judgement> b = ImmutableListMultimap.builder();
    for (Judgement j : all) {
      b.put(j.code(), j);
    }
    this.byCode = b.build();
  }

  /**
   * No judgements.
   *
   * @return the empty collection; one shared instance
   */
  public static Judgements empty() {
    return EMPTY;
  }

  /**
   * The given judgements, ordered by publication date. Equal judgements count once.
   *
   * @param judgements the judgements, in any order; none {@code null}
   * @return the judgements ordered by publication date, then inspection date, then code
   * @throws IllegalArgumentException if two different judgements share an ONS code and a
   *     publication date, naming both
   */
  public static Judgements of(Collection<Judgement> judgements) {
    checkNotNull(judgements, "judgements is null");
    List<Judgement> sorted = new ArrayList<>(judgements.size());
    for (Judgement j : judgements) {
      sorted.add(checkNotNull(j, "judgements must not contain null"));
    }
    // Sorted by day and code, equal judgements and judgements of one code and day are neighbours:
    // each is kept once, or refused, comparing neighbours only (no hash of every judgement).
    sorted.sort(BY_DAY_AND_CODE);
    List<Judgement> kept = new ArrayList<>(sorted.size());
    for (Judgement j : sorted) {
      if (!kept.isEmpty() && sameDay(kept.get(kept.size() - 1), j)) {
        Judgement other = kept.get(kept.size() - 1);
        if (other.equals(j)) {
          continue;
        }
        throw new IllegalArgumentException("two different judgements for " + j.code()
            + " published on " + j.published() + ": " + other + " and " + j);
      }
      kept.add(j);
    }
    kept.sort(ORDER);
    return kept.isEmpty() ? EMPTY : new Judgements(ImmutableList.copyOf(kept));
  }

  private static boolean sameDay(Judgement a, Judgement b) {
    return a.published().equals(b.published()) && a.code().equals(b.code());
  }

  /**
   * Every judgement, by publication date (then inspection date, then code).
   *
   * @return the judgements; an immutable list
   */
  public List<Judgement> all() {
    return all;
  }

  /**
   * How many judgements there are.
   *
   * @return the number of judgements, equal ones counted once
   */
  public int size() {
    return all.size();
  }

  /**
   * Whether there are no judgements.
   *
   * @return true when there are none
   */
  public boolean isEmpty() {
    return all.isEmpty();
  }

  /**
   * The earliest publication date among the judgements: before it, the collection cannot say
   * which judgement was in force. Ofsted's outcomes workbook holds the ILACS inspections
   * published from 12 March 2018, so a judgement of an older (SIF) inspection still in force
   * later is not in it either.
   *
   * @return the first publication date; empty when there are no judgements
   */
  public Optional<LocalDate> firstPublished() {
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).published());
  }

  /**
   * The latest publication date among the judgements: after it, an inspection published since
   * may have replaced a judgement the collection shows as in force.
   *
   * @return the last publication date; empty when there are no judgements
   */
  public Optional<LocalDate> lastPublished() {
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).published());
  }

  /**
   * Whether a date judgements are looked up on falls outside the collection's dates: before
   * {@link #firstPublished()}, or after {@link #lastPublished()}. Every result that looks the
   * collection's judgements up on the date carries the gap's {@link JudgementGap#note()} among
   * its notes.
   *
   * <pre>{@code
   * ofsted.gap(LocalDate.of(2017, 9, 30)); // Optional[JudgementGap[date=2017-09-30,
   *                                        //   side=BEFORE_FIRST, boundary=2018-03-12]]
   * ofsted.gap(LocalDate.of(2020, 9, 30)); // Optional.empty: within the file's dates
   * }</pre>
   *
   * @param date the date judgements are looked up on, for example a census date
   * @return the gap; empty when the date is within the collection's dates (or it is empty)
   */
  public Optional<JudgementGap> gap(LocalDate date) {
    checkNotNull(date, "date is null");
    if (all.isEmpty()) {
      return Optional.empty();
    }
    LocalDate first = all.get(0).published();
    LocalDate last = all.get(all.size() - 1).published();
    if (date.isBefore(first)) {
      return Optional.of(new JudgementGap(date, JudgementGap.Side.BEFORE_FIRST, first));
    }
    if (date.isAfter(last)) {
      return Optional.of(new JudgementGap(date, JudgementGap.Side.AFTER_LAST, last));
    }
    return Optional.empty();
  }

  /**
   * What a result that looks judgements up on a date says about the collection's coverage of it:
   * the {@link JudgementGap#note()} of {@link #gap(LocalDate)}, in the words every result's table
   * uses (dates in ISO form), for example
   *
   * <pre>{@code
   * Ofsted judgements on 2017-09-30: not covered by the judgements file, whose earliest judgement
   * was published on 2018-03-12; a judgement in force then is not in it, so an authority shown
   * with none in force may have had one.
   * }</pre>
   *
   * <p>To tell which kind of gap it is, or to say it in other words, use {@link #gap(LocalDate)}.
   *
   * @param date the date judgements are looked up on, for example a census date
   * @return the note; empty when the date is within the collection's dates (or it is empty)
   */
  public Optional<String> coverageNote(LocalDate date) {
    return gap(date).map(JudgementGap::note);
  }

  /**
   * The ONS codes the judgements are filed under.
   *
   * @return the codes as Ofsted published them, in the order first published; an immutable set
   */
  public Set<String> codes() {
    return byCode.keySet();
  }

  /**
   * The judgements filed under one ONS code (ignoring case and surrounding spaces), oldest
   * first.
   *
   * @param code an ONS code, for example {@code E10000028}
   * @return the judgements by publication date; empty when none is filed under the code
   */
  public List<Judgement> forCode(String code) {
    checkNotNull(code, "code is null");
    return byCode.get(code.strip().toUpperCase(Locale.ROOT));
  }

  /**
   * Every judgement of an authority, through every ONS code it has had, by publication date. For
   * a combined return ({@code 314 / 318}) the partners' judgements are merged.
   *
   * @param authority the authority, with its code history
   * @return the judgements, oldest first; empty when Ofsted has published none under its codes
   */
  public List<Judgement> history(Authority authority) {
    checkNotNull(authority, "authority is null");
    List<Judgement> out = new ArrayList<>();
    for (String code : authority.allCodes()) {
      out.addAll(forCode(code));
    }
    out.sort(ORDER);
    return ImmutableList.copyOf(out);
  }

  /**
   * The judgement in force for an authority at a date: the latest one published on or before
   * it, matched through every ONS code the authority has had; empty when none was published by
   * then. "Latest" is by publication date, then inspection date, then code.
   *
   * <p>For a combined return whose partners Ofsted inspects separately ({@code 314 / 318}) this
   * is the latest among the partners; {@link #inForceByCode(Authority, LocalDate)} gives one per
   * partner.
   *
   * @param authority the authority, with its code history
   * @param date the date, for example a census date
   * @return the judgement in force, or empty when none was published by the date
   */
  public Optional<Judgement> inForce(Authority authority, LocalDate date) {
    checkNotNull(authority, "authority is null");
    checkNotNull(date, "date is null");
    Judgement best = null;
    for (String code : authority.allCodes()) {
      Optional<Judgement> j = latestByCode(code, date);
      if (j.isPresent() && (best == null || ORDER.compare(j.get(), best) > 0)) {
        best = j.get();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * For each ONS code of an authority that has a judgement in force at the date, that judgement,
   * in the order of {@link Authority#allCodes()}: one entry per partner of a combined return.
   *
   * @param authority the authority, with its code history
   * @param date the date, for example a census date
   * @return the judgement in force under each code, keyed by code; codes with none are left out
   */
  public Map<String, Judgement> inForceByCode(Authority authority, LocalDate date) {
    checkNotNull(authority, "authority is null");
    checkNotNull(date, "date is null");
    ImmutableMap.Builder<String, Judgement> out = ImmutableMap.builder();
    for (String code : authority.allCodes()) {
      latestByCode(code, date).ifPresent(j -> out.put(code, j));
    }
    return out.buildOrThrow();
  }

  /**
   * The latest judgement of an authority, whenever published.
   *
   * @param authority the authority, with its code history
   * @return the latest judgement under any of its codes; empty when it has none
   */
  public Optional<Judgement> latest(Authority authority) {
    return inForce(authority, LocalDate.MAX);
  }

  /**
   * The judgements whose ONS code no authority of the workforce has ever had (in any year of the
   * whole workforce, whatever the view selects), by publication date: what a join would
   * otherwise drop in silence.
   *
   * @param workforce the workforce to match against; every authority it holds counts
   * @return the unmatched judgements by publication date; empty when every one matches
   */
  public List<Judgement> unmatched(Workforce workforce) {
    checkNotNull(workforce, "workforce is null");
    Set<String> held = new HashSet<>();
    for (Authority a : workforce.authorities()) {
      for (String c : a.allCodes()) {
        held.add(c.toUpperCase(Locale.ROOT));
      }
    }
    ImmutableList.Builder<Judgement> out = ImmutableList.builder();
    for (Judgement j : all) {
      if (!held.contains(j.code())) {
        out.add(j);
      }
    }
    return out.build();
  }

  private Optional<Judgement> latestByCode(String code, LocalDate date) {
    ImmutableList<Judgement> list = byCode.get(code.toUpperCase(Locale.ROOT));
    for (int i = list.size() - 1; i >= 0; i--) {
      if (list.get(i).isPublishedBy(date)) {
        return Optional.of(list.get(i));
      }
    }
    return Optional.empty();
  }

  /** Equal when they hold the same judgements. */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Judgements j && all.equals(j.all));
  }

  /** The hash of the judgements. */
  @Override
  public int hashCode() {
    return all.hashCode();
  }

  /** For example {@code Judgements[271 judgements, published 2018-03-12 to 2025-05-14]}. */
  @Override
  public String toString() {
    return "Judgements[" + all.size() + " judgements"
        + (all.isEmpty() ? "" : ", published " + all.get(0).published() + " to "
            + all.get(all.size() - 1).published())
        + "]";
  }
}
