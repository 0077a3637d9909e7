/**
 * csww core: the domain model of England's children's social work workforce statistics and the
 * fluent API that ranks, filters and aggregates it.
 *
 * <pre>{@code
 * Workforce wf = Workforce.load(Path.of("csww_indicators_2017_to_2025.csv"));
 * Ranking worst = wf.rankBy(Metric.CASELOAD).top(5);
 * }</pre>
 */
module io.github.csww {
  requires com.google.common;

  exports io.github.csww;
  exports io.github.csww.spi;

  uses io.github.csww.spi.WorkforceReader;
}
