package io.github.csww.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.csww.Judgement;
import io.github.csww.Judgements;
import io.github.csww.LoadException;
import io.github.csww.io.OfstedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The derived judgements file bundled beside Ofsted's workbook: it gives exactly the workbook's
 * judgements, it is exactly what {@link BundledJudgements} writes from the workbook (so it cannot
 * drift from it), and a changed file fails naming the file, line and column.
 */
class BundledJudgementsTest {
  private static Judgements fromWorkbook;
  private static byte[] workbook;
  private static String derived;

  @TempDir Path dir;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = BundledData.OFSTED.open()) {
      workbook = in.readAllBytes();
    }
    fromWorkbook = OfstedReader.read(new ByteArrayInputStream(workbook),
        BundledData.OFSTED.fileName());
    try (InputStream in = BundledJudgements.class.getResourceAsStream(
        BundledJudgements.RESOURCE)) {
      derived = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void derivedFile_givesTheWorkbooksJudgementsField_forField() throws IOException {
    Judgements fromFile = BundledJudgements.bundled();

    assertThat(fromFile).isEqualTo(fromWorkbook);
    assertThat(fromFile.all()).containsExactlyElementsOf(fromWorkbook.all());
    for (int i = 0; i < fromFile.size(); i++) {
      Judgement a = fromFile.all().get(i);
      Judgement b = fromWorkbook.all().get(i);
      // the record's equality ignores the order of sub-judgements; the file keeps it too
      assertThat(new ArrayList<>(a.subJudgements().entrySet()))
          .as("%s", b).isEqualTo(new ArrayList<>(b.subJudgements().entrySet()));
      assertThat(a.inspectionType()).isEqualTo(b.inspectionType());
      assertThat(a.inspectionEnd()).isEqualTo(b.inspectionEnd());
    }
    assertThat(BundledData.judgements()).isEqualTo(fromWorkbook);
  }

  @Test
  void derivedFile_isWhatTheGeneratorWritesFromTheBundledWorkbook() throws IOException {
    StringBuilder written = new StringBuilder();
    BundledJudgements.write(fromWorkbook, BundledData.OFSTED.fileName(),
        BundledJudgements.sha256(workbook), written);

    assertThat(derived).isEqualTo(written.toString());
    assertThat(derived).contains("(SHA-256 " + BundledJudgements.sha256(workbook) + ")");
  }

  @Test
  void main_writesTheBundledFileFromTheWorkbook() throws IOException {
    Path ods = dir.resolve(BundledData.OFSTED.fileName());
    Files.write(ods, workbook);
    Path out = dir.resolve(BundledJudgements.FILE_NAME);

    BundledJudgements.main(new String[] {ods.toString(), out.toString()});

    assertThat(Files.readString(out)).isEqualTo(derived);
  }

  @Test
  void aChangedGrade_failsNamingFileLineAndColumn() {
    String line = dataLine(0);
    String changed = line.replaceFirst("\t(GOOD|REQUIRES_IMPROVEMENT|INADEQUATE|OUTSTANDING)\t",
        "\tGREAT\t");
    int column = line.split("\t")[0].length() + line.split("\t")[1].length() + 3;

    assertThatThrownBy(() -> read(derived.replace(line, changed)))
        .isInstanceOf(LoadException.class)
        .hasMessage(BundledJudgements.FILE_NAME + ":5:" + column + ": expected a grade "
            + "(OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT or INADEQUATE), found 'GREAT'");
  }

  @Test
  void aBadDate_failsNamingFileLineAndColumn() {
    String line = dataLine(2);
    String[] cells = line.split("\t", -1);
    cells[5] = "2018-02-30";
    int column = 1;
    for (int i = 0; i < 5; i++) {
      column += cells[i].length() + 1;
    }

    assertThatThrownBy(() -> read(derived.replace(line, String.join("\t", cells))))
        .isInstanceOf(LoadException.class)
        .hasMessage(BundledJudgements.FILE_NAME + ":7:" + column + ": column 'published': "
            + "expected a date such as 2018-03-12, found '2018-02-30'");
  }

  @Test
  void aMissingCell_aRepeatedLineAndABadHeader_fail() {
    String line = dataLine(1);
    String cut = line.substring(0, line.lastIndexOf('\t'));
    assertThatThrownBy(() -> read(derived.replace(line, cut)))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith(BundledJudgements.FILE_NAME + ":6:" + (cut.length() + 2)
            + ": expected 12 cells, found 11");

    assertThatThrownBy(() -> read(derived.replace(line, line + "\n" + line)))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith(BundledJudgements.FILE_NAME + ":7:")
        .hasMessageContaining("a second judgement for " + line.split("\t")[0])
        .hasMessageContaining("the first is on line 6");

    assertThatThrownBy(() -> read(derived.replace("\tinspected\t", "\tinspection\t")))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith(BundledJudgements.FILE_NAME + ":4:")
        .hasMessageContaining("expected column 'inspected', found 'inspection'");

    assertThatThrownBy(() -> read("# nothing\n"))
        .isInstanceOf(LoadException.class)
        .hasMessage(BundledJudgements.FILE_NAME + ":2:1: expected a header line, found none");
  }

  @Test
  void aJudgementTheRecordRefuses_failsNamingTheLine() {
    String line = dataLine(3);
    String changed = "E123" + line.substring(line.indexOf('\t'));

    assertThatThrownBy(() -> read(derived.replace(line, changed)))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith(BundledJudgements.FILE_NAME + ":8:1: ")
        .hasMessageContaining("expected an ONS code");
  }

  /** The n-th judgement line (0 is the fifth line of the file: three comments, a header). */
  private static String dataLine(int n) {
    List<String> lines = derived.lines().toList();
    assertThat(lines.subList(0, 3)).allMatch(l -> l.startsWith("#"));
    return lines.get(4 + n);
  }

  private static Judgements read(String text) throws IOException {
    return BundledJudgements.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        BundledJudgements.FILE_NAME);
  }
}
