package io.github.csww;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How each kind of {@link Measure} is computed for a snapshot, and how a table shows it. */
final class Measures {
  private Measures() {}

  /** Finds an area's snapshot in a year of the whole workforce. */
  @FunctionalInterface
  interface Finder {
    Optional<Snapshot> find(Area area, int year);
  }

  /** A measure's number for one snapshot, or why there is none. */
  record Eval(double value, Optional<Suppression> suppression, String reason) {
    static Eval of(double v) {
      return new Eval(v, Optional.empty(), "");
    }

    static Eval suppressed(Metric m, int year, Suppression s, boolean sayWhich) {
      return new Eval(Double.NaN, Optional.of(s),
          sayWhich ? m.columnName() + " " + year + " " + s.describe() : s.describe());
    }

    static Eval missing(String reason) {
      return new Eval(Double.NaN, Optional.empty(), reason);
    }

    boolean ok() {
      return reason.isEmpty();
    }
  }

  /** The year whose snapshots a ranking by the measure holds, if the measure names one. */
  static Optional<Integer> year(Measure m) {
    return m instanceof Measure.Change c ? Optional.of(c.to()) : Optional.empty();
  }

  /**
   * The number a {@code low} ranks as: above an exact zero, below every positive published
   * figure, equal to every other {@code low}.
   */
  static final double LOW = Double.MIN_VALUE;

  static boolean isLow(Value v) {
    return v.suppression().orElse(null) == Suppression.ROUNDS_TO_ZERO;
  }

  static Eval evaluate(Measure measure, Snapshot s, Finder finder) {
    if (measure instanceof Metric m) {
      Value v = s.value(m);
      if (isLow(v)) {
        return Eval.of(LOW);
      }
      return v.isPresent() ? Eval.of(v.doubleValue())
          : Eval.suppressed(m, s.year(), v.suppression().orElseThrow(), false);
    }
    if (measure instanceof Measure.Ratio r) {
      Value n = s.value(r.numerator());
      Value d = s.value(r.denominator());
      if (isLow(n) && d.isPresent() && d.doubleValue() > 0) {
        return Eval.of(LOW);
      }
      if (!n.isPresent()) {
        return Eval.suppressed(r.numerator(), s.year(), n.suppression().orElseThrow(), true);
      }
      if (!d.isPresent()) {
        return Eval.suppressed(r.denominator(), s.year(), d.suppression().orElseThrow(), true);
      }
      if (d.doubleValue() == 0) {
        return Eval.missing(r.denominator().columnName() + " is 0");
      }
      return Eval.of(quotient(n.doubleValue(), d.doubleValue(), false));
    }
    if (measure instanceof Measure.EarlierBase eb) {
      Optional<Snapshot> earlier = finder.find(s.area(), s.year() - 1);
      if (earlier.isEmpty()) {
        return Eval.missing("no figures for " + (s.year() - 1));
      }
      Value n = s.value(eb.numerator());
      Value d = earlier.get().value(eb.denominator());
      if (!n.isPresent()) {
        return Eval.suppressed(eb.numerator(), s.year(), n.suppression().orElseThrow(), true);
      }
      if (!d.isPresent()) {
        return Eval.suppressed(eb.denominator(), s.year() - 1, d.suppression().orElseThrow(),
            true);
      }
      if (d.doubleValue() == 0) {
        return Eval.missing(eb.denominator().columnName() + " " + (s.year() - 1) + " is 0");
      }
      return Eval.of(quotient(n.doubleValue(), d.doubleValue(), true));
    }
    Measure.Change c = (Measure.Change) measure;
    Optional<Snapshot> before = finder.find(s.area(), c.from());
    if (before.isEmpty()) {
      return Eval.missing("no figures for " + c.from());
    }
    Value a = before.get().value(c.metric());
    Value b = s.value(c.metric());
    if (!a.isPresent()) {
      return Eval.suppressed(c.metric(), c.from(), a.suppression().orElseThrow(), true);
    }
    if (!b.isPresent()) {
      return Eval.suppressed(c.metric(), c.to(), b.suppression().orElseThrow(), true);
    }
    // The difference of the published decimals, exactly: 19.4 - 15.9 in doubles is
    // 3.4999999999999982, which would rank below another authority's 13.1 - 9.6 = 3.5.
    double absolute = BigDecimal.valueOf(b.doubleValue())
        .subtract(BigDecimal.valueOf(a.doubleValue())).doubleValue();
    if (!c.percent()) {
      return Eval.of(absolute);
    }
    if (a.doubleValue() == 0) {
      return Eval.missing(c.metric().columnName() + " " + c.from() + " is 0");
    }
    return Eval.of(quotient(absolute, a.doubleValue(), true));
  }

  /**
   * {@code n / d}, or {@code 100 n / d} as a percentage, of published decimals, rounded once to
   * 16 significant digits: equal quotients are equal numbers (43 / 34 as 12.9 / 10.2 and as 17.2 /
   * 13.6, which in doubles differ in the last bit and so would rank apart and split a tie), and
   * a quotient that is exactly a decimal, such as 106.25, stays that decimal for half-up display.
   */
  static double quotient(double n, double d, boolean percent) {
    BigDecimal top = BigDecimal.valueOf(n);
    if (percent) {
      top = top.scaleByPowerOfTen(2);
    }
    return top.divide(BigDecimal.valueOf(d), java.math.MathContext.DECIMAL64).doubleValue();
  }

  /** The columns a table shows for a measure: its inputs, then the measure itself. */
  static List<Column> columns(Measure measure) {
    List<Column> out = new ArrayList<>();
    if (measure instanceof Measure.Change c) {
      Column base = Column.of(c.metric());
      out.add(base.renamed(base.name().replace("_%", "") + "_" + c.from(),
          c.metric().label() + ", " + c.from()));
      out.add(base.renamed(base.name().replace("_%", "") + "_" + c.to(),
          c.metric().label() + ", " + c.to()));
    } else if (measure instanceof Measure.Ratio r) {
      out.add(Column.of(r.numerator()));
      out.add(Column.of(r.denominator()));
    } else if (measure instanceof Measure.EarlierBase eb) {
      out.add(Column.of(eb.numerator()));
      Column base = Column.of(eb.denominator());
      out.add(base.renamed(base.name() + "_previous_year", base.label() + ", a year before"));
    }
    out.add(measure instanceof Metric m ? Column.of(m)
        : Column.number(measure.columnName(), measure.label(), measure.unit().decimals(),
            measure.unit().symbol()));
    return out;
  }

  /** The cells of {@link #columns(Measure)} for one snapshot. */
  static List<Cell> cells(Measure measure, Snapshot s, Finder finder) {
    List<Cell> out = new ArrayList<>();
    if (measure instanceof Measure.Change c) {
      out.add(finder.find(s.area(), c.from()).map(b -> Cell.of(b.value(c.metric())))
          .orElse(Cell.blank()));
      out.add(Cell.of(s.value(c.metric())));
    } else if (measure instanceof Measure.Ratio r) {
      out.add(Cell.of(s.value(r.numerator())));
      out.add(Cell.of(s.value(r.denominator())));
    } else if (measure instanceof Measure.EarlierBase eb) {
      out.add(Cell.of(s.value(eb.numerator())));
      out.add(finder.find(s.area(), s.year() - 1).map(b -> Cell.of(b.value(eb.denominator())))
          .orElse(Cell.blank()));
    }
    if (measure instanceof Metric m) {
      out.add(Cell.of(s.value(m)));
    } else {
      Eval e = evaluate(measure, s, finder);
      out.add(e.ok() && e.value() == LOW ? Cell.of(Value.suppressed(Suppression.ROUNDS_TO_ZERO))
          : e.ok() ? Cell.of(e.value()) : e.suppression().map(x -> Cell.of(Value.suppressed(x)))
          .orElse(Cell.blank()));
    }
    return out;
  }
}
