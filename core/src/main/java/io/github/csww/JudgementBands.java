package io.github.csww;

import java.util.Map;
import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A cross-tab of Ofsted judgement against quartile band for one metric in one year: how many
 * banded authorities of each judgement fall in each band. Made by {@link
 * Workforce#judgementsByBand(Metric)}. Immutable.
 *
 * <p>The bands are those of {@link Workforce#bands(Metric)} ({@link QuartileBand#A} the best
 * quarter by the metric's polarity); authorities whose value is suppressed are not banded and not
 * counted ({@link QuartileBands#leftOut()}). Each banded authority is counted once, under the
 * overall grade of the judgement in force on the census date (30 September of the year: the
 * latest one published on or before it, matched through every ONS code the authority has had),
 * or in the "no judgement" row when none was in force. So the counts of the six rows add up to
 * the number of banded authorities.
 *
 * <p>A combined return ({@code 314 / 318}, Kingston upon Thames with Richmond upon Thames) is one
 * banded unit of two councils that Ofsted inspects separately. It is counted under a grade when
 * every partner has a judgement in force of that grade; in the "no judgement" row when no partner
 * has one; and otherwise (the partners' grades differ, or one partner has none in force) in a
 * sixth row, "Partners judged differently", rather than under one partner's grade or under both
 * (which would count it twice). A note names each combined return counted there, with its band
 * and each partner's grade: in 2022, 314 / 318 (Kingston upon Thames Outstanding, Richmond upon
 * Thames Good).
 *
 * <pre>{@code
 * JudgementBands jb = workforce.withJudgements(ofsted).year(2025)
 *     .judgementsByBand(Metric.CASELOAD);
 * jb.count(Grade.INADEQUATE, QuartileBand.D);  // inadequate authorities among the highest caseloads
 * jb.countWithoutJudgement(QuartileBand.A);    // band A authorities with no judgement in force
 * jb.gradeTotal(Grade.GOOD);                   // good authorities, all bands
 * jb.bandTotal(QuartileBand.A);                // authorities in band A
 * jb.total();                                  // every banded authority
 * System.out.print(jb.format(Format.TEXT));
 * }</pre>
 */
public final class JudgementBands implements Result {
  private static final QuartileBand[] BANDS = QuartileBand.values();
  private static final Grade[] GRADES = Grade.values();

  /** The row of {@link #counts} for the combined returns whose partners are judged differently. */
  private static final int DIFFER = GRADES.length + 1;

  private final QuartileBands bands;
  private final LocalDate censusDate;
  /** The judgements joined, to say what they cover. */
  private final Judgements source;
  /** The judgement in force for each banded row, in the order of {@code bands.rows()}. */
  private final ImmutableList<Optional<Judgement>> judgements;
  /** The row of {@link #counts} each banded row is counted in, in the order of the rows. */
  private final int[] rowOf;
  /** Counts by row (the grades in order, then no judgement, then partners differ) and band. */
  private final int[][] counts;
  private final ImmutableList<Row> rows;

  private JudgementBands(QuartileBands bands, LocalDate censusDate, Judgements source,
      ImmutableList<Optional<Judgement>> judgements) {
    this.bands = bands;
    this.source = source;
    this.censusDate = censusDate;
    this.judgements = judgements;
    this.counts = new int[GRADES.length + 2][BANDS.length];
    List<Ranked> ranked = bands.rows();
    this.rowOf = new int[ranked.size()];
    for (int i = 0; i < ranked.size(); i++) {
      Authority a = (Authority) ranked.get(i).area();
      QuartileBand band = bands.bandOf(a).orElseThrow();
      int row = judgements.get(i).map(j -> j.overall().ordinal()).orElse(GRADES.length);
      if (a.isCombined() && judgements.get(i).isPresent()) {
        row = PartnerJudgements.of(source, a, censusDate).commonGrade().map(Grade::ordinal)
            .orElse(DIFFER);
      }
      rowOf[i] = row;
      counts[row][band.ordinal()]++;
    }
    ImmutableList.Builder<Row> out = ImmutableList.builder();
    for (int r = 0; r < counts.length; r++) {
      ImmutableMap.Builder<QuartileBand, Integer> byBand = ImmutableMap.builder();
      for (QuartileBand b : BANDS) {
        byBand.put(b, counts[r][b.ordinal()]);
      }
      out.add(new Row(r < GRADES.length ? Optional.of(GRADES[r]) : Optional.empty(),
          byBand.buildOrThrow(), r == DIFFER));
    }
    this.rows = out.build();
  }

  /** The cross-tab of the given bands with the judgements in force on their census date. */
  static JudgementBands of(QuartileBands bands, Judgements judgements) {
    checkNotNull(bands, "bands is null");
    checkNotNull(judgements, "judgements is null");
    LocalDate census = LocalDate.of(bands.year(), 9, 30);
    ImmutableList.Builder<Optional<Judgement>> inForce = ImmutableList.builder();
    for (Ranked r : bands.rows()) {
      checkArgument(r.snapshot().censusDate().equals(census), "%s is not of %s", r,
          bands.year());
      inForce.add(judgements.inForce((Authority) r.area(), census));
    }
    return new JudgementBands(bands, census, judgements, inForce.build());
  }

  /** The judgements joined, to say what they cover of the census date. */
  Judgements joinedJudgements() {
    return source;
  }

  /**
   * The banded metric.
   *
   * @return the metric the authorities were ranked and banded on
   */
  public Metric metric() {
    return bands.metric();
  }

  /**
   * The reporting year.
   *
   * @return the year of the bands, for example {@code 2025}
   */
  public int year() {
    return bands.year();
  }

  /**
   * The date judgements were looked up at.
   *
   * @return the census date, 30 September of the year
   */
  public LocalDate censusDate() {
    return censusDate;
  }

  /**
   * The quartile bands counted.
   *
   * @return the bands, with the authorities left out for a suppressed value
   */
  public QuartileBands bands() {
    return bands;
  }

  /**
   * One cell of the cross-tab.
   *
   * @param grade the overall grade of the judgement in force
   * @param band the quartile band
   * @return how many banded authorities had a judgement of this grade in force and are in this
   *     band; 0 when none
   */
  public int count(Grade grade, QuartileBand band) {
    checkNotNull(grade, "grade is null");
    checkNotNull(band, "band is null");
    return counts[grade.ordinal()][band.ordinal()];
  }

  /**
   * The "no judgement" cell of one band.
   *
   * @param band the quartile band
   * @return how many authorities in this band had no judgement in force on the census date
   */
  public int countWithoutJudgement(QuartileBand band) {
    checkNotNull(band, "band is null");
    return counts[GRADES.length][band.ordinal()];
  }

  /**
   * The "Partners judged differently" cell of one band: combined returns whose partner councils
   * Ofsted judged differently (different grades, or one with none in force).
   *
   * @param band the quartile band
   * @return how many combined returns in this band are counted in that row
   */
  public int countJudgedDifferently(QuartileBand band) {
    checkNotNull(band, "band is null");
    return counts[DIFFER][band.ordinal()];
  }

  /**
   * The total of the "Partners judged differently" row.
   *
   * @return how many banded combined returns had partners judged differently, over all bands
   */
  public int judgedDifferentlyTotal() {
    return sum(counts[DIFFER]);
  }

  /**
   * The total of one grade's row.
   *
   * @param grade the overall grade of the judgement in force
   * @return how many banded authorities had a judgement of this grade in force, over all bands
   */
  public int gradeTotal(Grade grade) {
    checkNotNull(grade, "grade is null");
    return sum(counts[grade.ordinal()]);
  }

  /**
   * The total of the "no judgement" row.
   *
   * @return how many banded authorities had no judgement in force, over all bands
   */
  public int withoutJudgementTotal() {
    return sum(counts[GRADES.length]);
  }

  /**
   * The total of one band's column.
   *
   * @param band the quartile band
   * @return how many authorities are in this band, whatever their judgement
   */
  public int bandTotal(QuartileBand band) {
    checkNotNull(band, "band is null");
    int n = 0;
    for (int[] row : counts) {
      n += row[band.ordinal()];
    }
    return n;
  }

  /**
   * The grand total.
   *
   * @return how many authorities are counted: every banded authority, once
   */
  public int total() {
    return bands.size();
  }

  /**
   * The judgement looked up for an authority, matched by LA number: the one in force on the
   * census date ({@link Judgements#inForce}), or empty when none was or the authority is not
   * banded. For a combined return it is the latest of its partners' judgements; which row the
   * return is counted in follows all its partners' grades (see the class description).
   *
   * @param authority the authority; any copy with the same LA numbers finds it
   * @return the judgement in force for it (for a combined return, its latest partner's, which
   *     alone does not decide its row), or empty
   */
  public Optional<Judgement> judgement(Authority authority) {
    checkNotNull(authority, "authority is null");
    List<Ranked> ranked = bands.rows();
    for (int i = 0; i < ranked.size(); i++) {
      if (ranked.get(i).area().equals(authority)) {
        return judgements.get(i);
      }
    }
    return Optional.empty();
  }

  /**
   * The banded authorities of one cell, best first.
   *
   * @param grade the grade, or empty for the authorities with no judgement in force (a combined
   *     return is in a grade's cell only when all its partners have that grade)
   * @param band the quartile band
   * @return the authorities counted in the cell, in ranking order; empty when the count is 0
   */
  public List<Ranked> members(Optional<Grade> grade, QuartileBand band) {
    checkNotNull(grade, "grade is null: use Optional.empty() for no judgement");
    checkNotNull(band, "band is null");
    ImmutableList.Builder<Ranked> out = ImmutableList.builder();
    List<Ranked> ranked = bands.rows();
    for (int i = 0; i < ranked.size(); i++) {
      Ranked r = ranked.get(i);
      if (bands.bandOf((Authority) r.area()).orElseThrow() == band
          && rowOf[i] == grade.map(Grade::ordinal).orElse(GRADES.length)) {
        out.add(r);
      }
    }
    return out.build();
  }

  /**
   * The banded combined returns of one band counted in the "Partners judged differently" row,
   * best first.
   *
   * @param band the quartile band
   * @return the combined returns, in ranking order; empty when the count is 0
   */
  public List<Ranked> membersJudgedDifferently(QuartileBand band) {
    checkNotNull(band, "band is null");
    ImmutableList.Builder<Ranked> out = ImmutableList.builder();
    List<Ranked> ranked = bands.rows();
    for (int i = 0; i < ranked.size(); i++) {
      if (rowOf[i] == DIFFER && bands.bandOf((Authority) ranked.get(i).area()).orElseThrow()
          == band) {
        out.add(ranked.get(i));
      }
    }
    return out.build();
  }

  /**
   * For each combined return counted in the "Partners judged differently" row, in ranking
   * order: its LA numbers, name, band and partners' grades, for example {@code 314 / 318
   * Kingston upon Thames / Richmond upon Thames (band B): Kingston upon Thames Outstanding,
   * Richmond upon Thames Good}.
   */
  List<String> judgedDifferently() {
    List<String> out = new java.util.ArrayList<>();
    List<Ranked> ranked = bands.rows();
    for (int i = 0; i < ranked.size(); i++) {
      if (rowOf[i] != DIFFER) {
        continue;
      }
      Authority a = (Authority) ranked.get(i).area();
      List<String> each = new java.util.ArrayList<>();
      for (PartnerJudgements.Partner p : PartnerJudgements.of(source, a, censusDate).partners()) {
        each.add(p.name() + " " + p.judgement().map(j -> j.overall().label())
            .orElse("none in force"));
      }
      out.add(a.laNumber() + " " + a.name() + " (band " + bands.bandOf(a).orElseThrow() + "): "
          + String.join(", ", each));
    }
    return out;
  }

  /**
   * The six rows of the cross-tab: one per grade, Outstanding first, then the authorities with
   * no judgement in force, then the combined returns whose partners Ofsted judged differently.
   * Every row is there, with zero counts where none fall in it.
   *
   * @return the six rows; an immutable list
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The result as a table; render it with {@link #format(Format)}.
   *
   * @return the table
   */
  @Override
  public Table table() {
    return ResultTables.judgementBands(this);
  }

  private static int sum(int[] row) {
    int n = 0;
    for (int c : row) {
      n += c;
    }
    return n;
  }

  /** Equal when the bands and the judgements counted are equal. */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof JudgementBands j && bands.equals(j.bands)
        && judgements.equals(j.judgements) && rows.equals(j.rows));
  }

  /**
   * A hash of the bands, the judgements counted and the rows (a combined return's row depends on
   * each partner's judgement, not only the one {@link #judgement} gives).
   */
  @Override
  public int hashCode() {
    return (bands.hashCode() * 31 + judgements.hashCode()) * 31 + rows.hashCode();
  }

  /**
   * For example {@code JudgementBands[CASELOAD 2025, 150 authorities, 141 with a judgement in
   * force on 2025-09-30]}.
   */
  @Override
  public String toString() {
    return "JudgementBands[" + metric() + " " + year() + ", " + total() + " authorities, "
        + (total() - withoutJudgementTotal()) + " with a judgement in force on " + censusDate
        + "]";
  }

  /**
   * One row of a {@link JudgementBands} cross-tab: a grade (or no judgement) and its count in
   * each band.
   *
   * <pre>{@code
   * for (JudgementBands.Row r : crossTab.rows()) {
   *   System.out.println(r.label() + ": " + r.counts() + ", " + r.total());
   * }
   * }</pre>
   *
   * @param grade the overall grade; empty for the authorities with no judgement in force and for
   *     the combined returns whose partners are judged differently
   * @param counts the count in each band, A to D, every band present
   * @param partnersJudgedDifferently true for the row of combined returns whose partner councils
   *     Ofsted judged differently (different grades, or one with none in force)
   */
  public record Row(Optional<Grade> grade, Map<QuartileBand, Integer> counts,
      boolean partnersJudgedDifferently) {
    /**
     * Checks and copies the parts.
     *
     * @param grade the overall grade, or empty for the authorities with no judgement in force
     *     and for the partners judged differently
     * @param counts the count in each band: every band present, none negative
     * @param partnersJudgedDifferently true for the row of combined returns whose partners are
     *     judged differently
     * @throws IllegalArgumentException if a band is missing or a count is negative, or the row
     *     of partners judged differently has a grade
     */
    public Row {
      checkArgument(!partnersJudgedDifferently || grade == null || grade.isEmpty(),
          "the row of partners judged differently has no grade, got %s", grade);
      checkNotNull(grade, "grade is null: use Optional.empty() for no judgement");
      checkNotNull(counts, "counts is null");
      counts = ImmutableMap.copyOf(counts);
      for (QuartileBand b : BANDS) {
        Integer n = counts.get(b);
        checkArgument(n != null, "a row needs a count for band %s", b);
        checkArgument(n >= 0, "a count is not negative, got %s for band %s", n, b);
      }
    }

    /**
     * A row of a grade, or of the authorities with no judgement in force.
     *
     * @param grade the overall grade, or empty for the authorities with no judgement in force
     * @param counts the count in each band: every band present, none negative
     */
    public Row(Optional<Grade> grade, Map<QuartileBand, Integer> counts) {
      this(grade, counts, false);
    }

    /**
     * The row's label.
     *
     * @return the grade's label ({@code Good}), {@code No judgement}, or {@code Partners judged
     *     differently}
     */
    public String label() {
      return partnersJudgedDifferently ? "Partners judged differently"
          : grade.map(Grade::label).orElse("No judgement");
    }

    /**
     * The count in a band.
     *
     * @param band the quartile band
     * @return how many authorities of this row are in the band
     */
    public int count(QuartileBand band) {
      checkNotNull(band, "band is null");
      return counts.get(band);
    }

    /**
     * The count over all bands.
     *
     * @return the sum of the row's counts
     */
    public int total() {
      int n = 0;
      for (int c : counts.values()) {
        n += c;
      }
      return n;
    }

    /** For example {@code Good: A=10, B=9, C=8, D=7}. */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(label()).append(':');
      for (QuartileBand b : BANDS) {
        sb.append(b == QuartileBand.A ? " " : ", ").append(b).append('=').append(counts.get(b));
      }
      return sb.toString();
    }
  }
}
