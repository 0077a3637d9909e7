package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.csww.LoadException;
import io.github.csww.LoadOptions;
import io.github.csww.LoadReport;
import io.github.csww.Workforce;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * Coverage-guided fuzz tests of every reader, with Jazzer. A reader may throw only what it
 * documents: a {@link LoadException} naming the file, or an {@link IOException}; never an
 * {@link OutOfMemoryError}, a hang or an undeclared runtime exception (Jazzer reports those). A
 * lenient load keeps rows read = rows kept + rows skipped.
 *
 * <p>In {@code mvn verify} each test replays its corpus, {@code
 * src/test/resources/io/github/csww/io/ReadersFuzzTestInputs/<method>/}: small valid inputs built
 * from the first lines of the published files, and every crasher found so far. With {@code
 * JAZZER_FUZZ=1} one test fuzzes for {@code maxDuration}; see {@code io/FUZZING.md}.
 */
class ReadersFuzzTest {

  /** Reads a workforce strictly and leniently under the given name (its extension picks the reader). */
  private static void workforce(byte[] data, String name) throws IOException {
    documented(name, () -> Workforce.load(new ByteArrayInputStream(data), name,
        LoadOptions.strict()));
    documented(name, () -> {
      Workforce wf = Workforce.load(new ByteArrayInputStream(data), name, LoadOptions.lenient());
      LoadReport r = wf.report();
      assertThat(r.rowsRead()).as("rows read = kept + skipped")
          .isEqualTo(r.rowsKept() + r.skipped().size());
      assertThat((long) wf.snapshots().size()).isEqualTo(r.rowsKept());
    });
  }

  private interface Read {
    void run() throws IOException;
  }

  /** Runs a read; a LoadException must name the file, and any other IOException is allowed. */
  private static void documented(String name, Read read) {
    try {
      read.run();
    } catch (LoadException e) {
      assertThat(e.source()).isEqualTo(name);
      assertThat(e.getMessage()).startsWith(name);
    } catch (IOException e) {
      // documented: a stream that cannot be read
    }
  }

  /** EES CSV, either layout. */
  @FuzzTest(maxDuration = "60s")
  void eesCsv(byte[] data) throws IOException {
    workforce(data, "fuzz.csv");
  }

  /** csww JSON. */
  @FuzzTest(maxDuration = "60s")
  void json(byte[] data) throws IOException {
    workforce(data, "fuzz.json");
  }

  /** Ofsted's workbook: the fuzzed bytes are content.xml, zipped with an ODS mimetype. */
  @FuzzTest(maxDuration = "60s")
  void ofstedOds(byte[] data) {
    byte[] ods = TestOds.zip(TestOds.MIMETYPE, Map.of("content.xml", data));
    documented("fuzz.ods", () -> OfstedReader.read(new ByteArrayInputStream(ods), "fuzz.ods"));
  }

  /** Ofsted's workbook as raw ZIP bytes: truncated, corrupt, odd entries. */
  @FuzzTest(maxDuration = "60s")
  void ofstedOdsArchive(byte[] data) {
    documented("fuzz.ods", () -> OfstedReader.read(new ByteArrayInputStream(data), "fuzz.ods"));
  }

  /** Ofsted's table saved as CSV. */
  @FuzzTest(maxDuration = "60s")
  void ofstedCsv(byte[] data) {
    documented("fuzz.csv", () -> OfstedReader.read(new ByteArrayInputStream(data), "fuzz.csv"));
  }

  /** Statistical neighbours, 2021 groupings layout (the corpus holds that layout). */
  @FuzzTest(maxDuration = "60s")
  void neighbours2021(byte[] data) {
    documented("fuzz.csv", () -> StatisticalNeighboursReader.read(
        new ByteArrayInputStream(data), "fuzz.csv"));
  }

  /** Statistical neighbours, 2025 wide layout (the corpus holds that layout). */
  @FuzzTest(maxDuration = "60s")
  void neighbours2025(byte[] data) {
    documented("fuzz.csv", () -> StatisticalNeighboursReader.read(
        new ByteArrayInputStream(data), "fuzz.csv"));
  }

  /** Any EES standard-layout file as indicators, strictly and leniently. */
  @FuzzTest(maxDuration = "60s")
  void indicators(byte[] data) {
    documented("fuzz.csv", () -> IndicatorReader.standard()
        .read(new ByteArrayInputStream(data), "fuzz.csv"));
    documented("fuzz.csv", () -> {
      io.github.csww.Indicators in = IndicatorReader.standard().options(LoadOptions.lenient())
          .read(new ByteArrayInputStream(data), "fuzz.csv");
      LoadReport r = in.report();
      assertThat(r.rowsRead()).as("rows read = kept + skipped")
          .isEqualTo(r.rowsKept() + r.skipped().size());
    });
  }
}
