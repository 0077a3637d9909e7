package io.github.csww;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Ofsted judgements in force for each council of an authority on a date. A combined return
 * ({@code 314 / 318}, Kingston upon Thames with Richmond upon Thames) is one workforce unit, but
 * Ofsted inspects each council separately, so each partner has its own judgement: this keeps one
 * per partner, named, instead of the latest of theirs.
 *
 * <p>A single authority is one partner, whose judgement is {@link Judgements#inForce} through
 * every ONS code it has had. A combined return's partners are the parts of its latest code
 * ({@code E09000021 / E09000027}), named by the parts of its latest name; a code of its history
 * that is not one of them (none in the published files) is a partner of its own, named as Ofsted
 * names it.
 *
 * <p>How results use it: a table's judgement cell shows one judgement, with its dates, when the
 * partners agree (each has one in force, of the same grade, inspected and published on the same
 * days); otherwise it names each partner's grade ({@link #describe()}) and leaves the Inspected
 * and Published date cells blank, since no one date is the unit's, and a note gives each
 * partner's dates ({@link #inWords()}). The cell leaves the dates out to stay within the 80
 * characters a text table shows of a cell.
 */
final class PartnerJudgements {
  /** One council and the judgement in force for it, if any. */
  record Partner(String code, String name, Optional<Judgement> judgement) {}

  private final Authority authority;
  private final LocalDate date;
  private final List<Partner> partners;

  private PartnerJudgements(Authority authority, LocalDate date, List<Partner> partners) {
    this.authority = authority;
    this.date = date;
    this.partners = List.copyOf(partners);
  }

  /** The judgements in force for each partner of the authority on the date. */
  static PartnerJudgements of(Judgements judgements, Authority authority, LocalDate date) {
    if (!authority.isCombined()) {
      return new PartnerJudgements(authority, date, List.of(new Partner(authority.code(),
          authority.name(), judgements.inForce(authority, date))));
    }
    List<String> codes = Names.splitSlash(authority.code());
    List<String> names = Names.splitSlash(authority.name());
    List<Partner> out = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      Optional<Judgement> j = inForce(judgements, code, date);
      String name = names.size() == codes.size() ? names.get(i)
          : j.map(Judgement::name).orElse(code);
      out.add(new Partner(code, name, j));
    }
    for (String code : authority.allCodes()) {
      if (!codes.contains(code)) {
        Optional<Judgement> j = inForce(judgements, code, date);
        if (j.isPresent()) {
          out.add(new Partner(code, j.get().name(), j));
        }
      }
    }
    return new PartnerJudgements(authority, date, out);
  }

  /** The latest judgement of the council with the code published by the date. */
  private static Optional<Judgement> inForce(Judgements judgements, String code, LocalDate date) {
    return judgements.forCode(code).stream().filter(x -> x.isPublishedBy(date))
        .reduce((a, b) -> b);
  }

  List<Partner> partners() {
    return partners;
  }

  /** Whether the authority is a combined return of councils Ofsted judges separately. */
  boolean isCombined() {
    return partners.size() > 1;
  }

  /** True when no partner has a judgement in force. */
  boolean noneInForce() {
    return partners.stream().allMatch(p -> p.judgement().isEmpty());
  }

  /**
   * The one judgement that stands for the whole unit: a single authority's, or a combined
   * return's when every partner has one in force of the same grade, inspected and published on
   * the same days (the first partner's, whose dates and grade are all of theirs).
   */
  Optional<Judgement> single() {
    Optional<Judgement> first = partners.get(0).judgement();
    if (first.isEmpty()) {
      return Optional.empty();
    }
    for (Partner p : partners) {
      if (p.judgement().isEmpty() || !sameGradeAndDates(first.get(), p.judgement().get())) {
        return Optional.empty();
      }
    }
    return first;
  }

  /** The grade of every partner when each has one in force and all are the same grade. */
  Optional<Grade> commonGrade() {
    Grade g = null;
    for (Partner p : partners) {
      if (p.judgement().isEmpty() || (g != null && p.judgement().get().overall() != g)) {
        return Optional.empty();
      }
      g = p.judgement().get().overall();
    }
    return Optional.ofNullable(g);
  }

  /** Whether a combined return's partners differ: some have one in force and the grades or
   * dates are not all the same, or some partners have none. */
  boolean differ() {
    return isCombined() && !noneInForce() && single().isEmpty();
  }

  /** True when every partner has a judgement in force whose grade is one of the grades. */
  boolean allGraded(Set<Grade> grades) {
    for (Partner p : partners) {
      if (p.judgement().isEmpty() || !grades.contains(p.judgement().get().overall())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text of the Ofsted judgement cell: the grade when one judgement stands for the unit;
   * {@code Good (both councils)} when every partner has one of the same grade, on different
   * dates; else each partner's grade, for example {@code Kingston upon Thames: Outstanding;
   * Richmond upon Thames: Good}, a partner with none saying {@code none in force}; empty when
   * no partner has one.
   */
  String describe() {
    Optional<Judgement> one = single();
    if (one.isPresent()) {
      return one.get().overall().label();
    }
    if (noneInForce()) {
      return "";
    }
    Optional<Grade> common = commonGrade();
    if (common.isPresent()) {
      return common.get().label() + " (" + councils() + ")";
    }
    List<String> parts = new ArrayList<>();
    for (Partner p : partners) {
      parts.add(p.name() + ": " + p.judgement().map(j -> j.overall().label())
          .orElse("none in force"));
    }
    return String.join("; ", parts);
  }

  /**
   * The partners' judgements with their dates, for a note: {@code both Requires improvement to
   * be good (inspected 2022-10-03, published 2022-11-25)} when one judgement stands for the
   * unit, else each partner's, for example {@code Kingston upon Thames Outstanding (inspected
   * 2019-10-21, published 2019-12-19), Richmond upon Thames Good (inspected 2022-01-31,
   * published 2022-03-18)}, a partner with none saying {@code none in force}.
   */
  String inWords() {
    Optional<Judgement> one = single();
    if (one.isPresent()) {
      return (isCombined() ? (partners.size() == 2 ? "both " : "all ") : "") + withDates(one.get());
    }
    List<String> parts = new ArrayList<>();
    for (Partner p : partners) {
      parts.add(p.name() + " " + p.judgement().map(PartnerJudgements::withDates)
          .orElse("none in force"));
    }
    return String.join(", ", parts);
  }

  /** {@code both councils}, or {@code all 3 councils}. */
  private String councils() {
    return partners.size() == 2 ? "both councils" : "all " + partners.size() + " councils";
  }

  /** The Ofsted judgement, Inspected and Published cells. */
  List<Cell> cells() {
    Optional<Judgement> one = single();
    if (one.isPresent()) {
      return AreaCells.judgement(one);
    }
    if (noneInForce()) {
      return AreaCells.judgement(Optional.empty());
    }
    return List.of(Cell.text(describe()), Cell.blank(), Cell.blank());
  }

  /** For example {@code Outstanding (inspected 2019-10-21, published 2019-12-19)}. */
  static String withDates(Judgement j) {
    return j.overall().label() + " (inspected " + j.inspected() + ", published " + j.published()
        + ")";
  }

  private static boolean sameGradeAndDates(Judgement a, Judgement b) {
    return a.overall() == b.overall() && a.inspected().equals(b.inspected())
        && a.published().equals(b.published());
  }

  /** For example {@code 314 / 318 Kingston upon Thames / Richmond upon Thames on 2022-09-30}. */
  String where() {
    return authority.laNumber() + " " + authority.name() + " on " + date;
  }
}
