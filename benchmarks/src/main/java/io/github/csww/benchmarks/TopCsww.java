package io.github.csww.benchmarks;

import io.github.csww.Metric;
import io.github.csww.Ranked;
import io.github.csww.Workforce;
import java.nio.file.Path;

/**
 * Start to answer with csww: loads the published file and prints the five authorities with the
 * highest average caseload (caseload_fte) in 2017. The same question {@link TopFastCsv},
 * {@link TopTablesaw} and {@code top_pandas.py} answer, for {@code alternatives.sh}.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.csww.benchmarks.TopCsww \
 *     ../shared/data/csww_indicators_2017_to_2025.csv
 * }</pre>
 */
public final class TopCsww {
  private TopCsww() {}

  /** Prints rank, authority and caseload, one line each. */
  public static void main(String[] args) throws Exception {
    Workforce wf = Workforce.load(Path.of(args[0]));
    for (Ranked r : wf.year(2017).rankBy(Metric.CASELOAD).top(5)) {
      System.out.printf("%d %s %s%n", r.rank(), r.area().label(), r.value());
    }
  }
}
