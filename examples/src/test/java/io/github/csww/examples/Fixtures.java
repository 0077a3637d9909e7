package io.github.csww.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small files written by tests: a neighbour model and Ofsted judgements for the sample. */
final class Fixtures {
  /** The LA numbers of the sample, 314 and 318 being the one combined return. */
  static final List<Integer> SAMPLE_LA_NUMBERS =
      List.of(860, 893, 810, 852, 889, 314, 318, 207, 919, 841, 319);

  private Fixtures() {}

  /**
   * A statistical neighbour model in the 2025 wide layout where each sample LA number has the
   * other ten as neighbours, in the order of {@link #SAMPLE_LA_NUMBERS}, all "Close".
   */
  static Path sampleNeighbours(Path dir) throws IOException {
    StringBuilder sb = new StringBuilder("\uFEFFold_la_code,la_name,region_ind,region_name");
    for (int k = 1; k <= 10; k++) {
      sb.append(",SN_").append(k).append(",SN_").append(k).append('P');
    }
    sb.append('\n');
    for (int la : SAMPLE_LA_NUMBERS) {
      sb.append(la).append(",LA ").append(la).append(",1,Somewhere");
      List<Integer> others = new ArrayList<>(SAMPLE_LA_NUMBERS);
      others.remove(Integer.valueOf(la));
      for (int n : others) {
        sb.append(',').append(n).append(",Close ");
      }
      sb.append('\n');
    }
    Path f = dir.resolve("sample_neighbours.csv");
    Files.writeString(f, sb.toString());
    return f;
  }

  /**
   * Ofsted judgements for Staffordshire (Good) and Shropshire (Inadequate) published before the
   * sample's census date, with test-made dates.
   */
  static Path judgementsBeforeCensus(Path dir) throws IOException {
    Path f = dir.resolve("judgements.csv");
    Files.writeString(f, String.join("\n",
        "Local authority area code,Local authority name,Inspection date,Publication date,"
            + "Overall effectiveness",
        "E10000028,Staffordshire,2017-03-01,2017-04-01,Good",
        "E06000051,Shropshire,2017-05-01,2017-06-01,Inadequate",
        ""));
    return f;
  }
}
