package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateDecimalTest {

  @Test
  void aggregate_countsOfTenths_sumWithoutBinaryNoise() {
    List<Snapshot> rows = new ArrayList<>();
    double[] fte = {0.1, 0.2, 233.8, 101.3, 346.7, 17.6};
    for (int i = 0; i < fte.length; i++) {
      Authority a = Authority.of(Integer.toString(800 + i), "E0600000" + i, "LA " + i,
          Region.NORTH_EAST);
      rows.add(Snapshot.builder(a, 2017).set(Metric.SOCIAL_WORKERS, fte[i]).build());
    }

    Aggregate sum = Workforce.of(rows).aggregate(Metric.SOCIAL_WORKERS);

    assertThat(sum.value()).isEqualTo(Value.of(699.7));
    assertThat(sum.value().toString()).isEqualTo("699.7");
  }
}
