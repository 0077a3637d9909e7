package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.iolaunch.LoadOne;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile inputs of issue 12 (cases 1 to 7; case 7 for the workforce and indicator readers)
 * read in a child JVM with a small heap: each ends with its {@code LoadException}, never an
 * {@link OutOfMemoryError}. No timing is asserted.
 */
class HeapBoundTest {
  private static final String SHEET = "sheet '" + OfstedReader.LATEST_SHEET + "'";

  @TempDir
  Path tmp;

  /** The directories and jars csww needs at run time, and the launcher's. */
  private static String classPath() throws Exception {
    List<String> out = CswwRuntime.entries();
    out.add(Path.of(LoadOne.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString());
    return String.join(File.pathSeparator, out);
  }

  private static String run(String heap, String reader, Path file) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classPath(),
        LoadOne.class.getName(), reader, file.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(output).doesNotContain("OutOfMemoryError");
    assertThat(p.exitValue()).as(output).isEqualTo(1);
    return output.lines().findFirst().orElse("");
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(tmp.resolve(name), bytes);
  }

  /** Case 7: a file of one 70 MB line with no line break. */
  private Path seventyMegabyteLine() throws IOException {
    Path f = tmp.resolve("line.csv");
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'a');
    try (OutputStream out = Files.newOutputStream(f)) {
      for (int i = 0; i < 70; i++) {
        out.write(chunk);
      }
    }
    return f;
  }

  @Test
  void ofsted_repeatAttributes_endWithTheCellLimitIn256m() throws Exception {
    Path f = write("repeats.ods", Hostile.odsRepeats());
    assertThat(run("256m", "ofsted", f)).isEqualTo("LoadException: " + f + ": " + SHEET
        + ", row 1001: the sheet holds more than 1000000 cells up to this row, counting "
        + "repeated rows and cells; the limit is 1000000 (OdsLimits.maxCellsPerSheet)");
  }

  @Test
  void ofsted_hugeSpaceCounts_endWithTheCellTextLimitIn256m() throws Exception {
    Path f = write("spaces.ods", Hostile.odsSpaces());
    assertThat(run("256m", "ofsted", f)).startsWith("LoadException: " + f + ": " + SHEET
        + ", row 1, column 1: a cell's text reaches 1000000001 characters");
  }

  @Test
  void ofsted_blankCellsPastIntRange_endWithTheColumnLimitIn256m() throws Exception {
    Path f = write("blanks.ods", Hostile.odsBlankRepeats());
    assertThat(run("256m", "ofsted", f)).isEqualTo("LoadException: " + f + ": " + SHEET
        + ", row 1, column 1025: text in column 4000000001; the limit is column 1024 "
        + "(OdsLimits.maxRepeatedColumns)");
  }

  @Test
  void ofsted_entryNameNotUtf8_endsWithALoadExceptionIn256m() throws Exception {
    Path f = write("names.ods", Hostile.odsBadEntryName());
    assertThat(run("256m", "ofsted", f)).startsWith("LoadException: " + f + ": is not a "
        + "readable ZIP archive, so not an ODS workbook: the name of ZIP entry 2 is not UTF-8");
  }

  @Test
  void ofsted_truncatedEntry_endsWithALoadExceptionIn256m() throws Exception {
    Path f = write("cut.ods", Hostile.odsTruncated());
    assertThat(run("256m", "ofsted", f)).isEqualTo("LoadException: " + f + ": is truncated: "
        + "the ZIP archive ends inside the entry content.xml; is the download complete?");
  }

  @Test
  void json_yearBeyondLong_endsWithALoadExceptionIn256m() throws Exception {
    Path f = write("year.json", Hostile.jsonHugeYear().getBytes(StandardCharsets.UTF_8));
    assertThat(run("256m", "workforce", f)).isEqualTo("LoadException: " + f + ":2:12: "
        + "snapshots[0].year: expected a reporting year between 1900 and 2999, found "
        + "18446744073709553633");
  }

  @Test
  void csv_seventyMegabyteLine_endsWithTheRowLimitIn64m() throws Exception {
    Path f = seventyMegabyteLine();
    assertThat(run("64m", "workforce", f)).isEqualTo("LoadException: " + f + ":1:1: a row "
        + "longer than 1 MiB, the limit (LoadLimits.maxRowBytes) (an unterminated quote?); is "
        + "this a CSV file?");
  }

  @Test
  void indicators_seventyMegabyteLine_endsWithTheRowLimitIn64m() throws Exception {
    Path f = seventyMegabyteLine();
    assertThat(run("64m", "indicators", f)).isEqualTo("LoadException: " + f + ":1:1: a row "
        + "longer than 1 MiB, the limit (LoadLimits.maxRowBytes) (an unterminated quote?); is "
        + "this a CSV file?");
  }

  @Test
  void csv_sparseThirteenGigabytes_endsWithTheFileLimitIn256m() throws Exception {
    Path f = tmp.resolve("sparse.csv");
    try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
      r.setLength(13L << 30);
    }
    assertThat(run("256m", "workforce", f)).isEqualTo("LoadException: " + f + ": is "
        + "13958643712 bytes, larger than 4294967296 bytes, the limit (LoadLimits.maxFileBytes); "
        + "raise it to read a larger file");
  }
}
