package io.github.csww.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighestAndLowestTest {

  static String print() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HighestAndLowest.print(Sample.workforce(), 5, new PrintStream(out, true,
        StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  static List<String> namesInOrder(String text, List<String> candidates) {
    List<String> found = new ArrayList<>();
    for (String line : text.split("\n")) {
      for (String c : candidates) {
        if (line.contains(c) && !found.contains(c)) {
          found.add(c);
        }
      }
    }
    return found;
  }

  @Test
  void print_onSample_listsHighestThenLowestInPublishedOrder() {
    String text = print();
    String[] parts = text.split("Lowest average caseload");
    assertThat(parts).hasSize(2);

    assertThat(parts[0]).startsWith("Highest average caseload, 30 September 2017");
    assertThat(namesInOrder(parts[0], List.of("Staffordshire", "Shropshire",
        "Kingston upon Hull", "Southampton", "Blackburn with Darwen", "Sutton")))
        .containsExactly("Staffordshire", "Shropshire", "Kingston upon Hull", "Southampton",
            "Blackburn with Darwen");
    assertThat(namesInOrder(parts[1], List.of("Kingston upon Thames", "Kensington and Chelsea",
        "Hertfordshire", "Darlington", "Sutton", "Staffordshire")))
        .containsExactly("Kingston upon Thames", "Kensington and Chelsea", "Hertfordshire",
            "Darlington", "Sutton");
  }

  @Test
  void print_onSample_showsCaseHoldersAndEngland() {
    String text = print();

    assertThat(text).containsPattern("Staffordshire +199.4 +26.4");
    assertThat(text).contains("England average caseload: 17.8 cases per FTE");
  }
}
