package io.github.csww;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How a {@link Ranking} puts its rows in order and numbers them: by year, then value in the
 * ranking's direction, ties in name order, each tie sharing the rank of its first row (1, 2, 2,
 * 4), with the judgement in force on each row's census date.
 */
final class RankOrder {
  private RankOrder() {}

  /** A snapshot with its number, before ranking. */
  record Entry(Snapshot snapshot, double value) {}

  /** By year, then value (in the ranking's direction), then name and code: ties in name order. */
  private static final class RowOrder implements Comparator<Entry> {
    private final boolean ascending;

    RowOrder(boolean ascending) {
      this.ascending = ascending;
    }

    @Override
    public int compare(Entry a, Entry b) {
      int c = Integer.compare(a.snapshot().year(), b.snapshot().year());
      if (c == 0) {
        c = ascending ? Double.compare(a.value(), b.value()) : Double.compare(b.value(), a.value());
      }
      if (c == 0) {
        Area x = a.snapshot().area();
        Area y = b.snapshot().area();
        c = String.CASE_INSENSITIVE_ORDER.compare(x.label(), y.label());
        c = c != 0 ? c : x.label().compareTo(y.label());
        c = c != 0 ? c : x.code().compareTo(y.code());
      }
      return c;
    }
  }

  static List<Ranked> rank(Measure measure, boolean ascending, List<Entry> entries,
      Ranking.Context context) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(new RowOrder(ascending));
    List<Ranked> out = new ArrayList<>(sorted.size());
    int rank = 0;
    int start = 0;
    for (int i = 0; i < sorted.size(); i++) {
      Entry e = sorted.get(i);
      if (i == 0 || e.snapshot().year() != sorted.get(i - 1).snapshot().year()) {
        start = i;
        rank = 1;
      } else if (Double.compare(e.value(), sorted.get(i - 1).value()) != 0) {
        rank = i - start + 1;
      }
      out.add(new Ranked(rank, e.snapshot(), measure, e.value(), judgementOf(e.snapshot(),
          context)));
    }
    return List.copyOf(out);
  }

  private static Optional<Judgement> judgementOf(Snapshot s, Ranking.Context context) {
    if (context.judgements().isEmpty() || !(s.area() instanceof Authority a)) {
      return Optional.empty();
    }
    return context.judgements().get().inForce(a, context.judgementDate().orElse(s.censusDate()));
  }
}
