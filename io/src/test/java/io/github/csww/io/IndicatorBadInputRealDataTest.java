package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.csww.IndicatorPair;
import io.github.csww.Indicators;
import io.github.csww.LoadException;
import io.github.csww.LoadOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published children in need file with the edits a spreadsheet or a hand makes: an empty
 * row, a long name, a renamed rate column. Skipped when ../shared/data is absent.
 */
class IndicatorBadInputRealDataTest {
  @TempDir Path dir;

  private String c1() throws IOException {
    return Files.readString(SharedData.file(IndicatorsIntegrationTest.C1),
        StandardCharsets.UTF_8);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static int columns(String text) {
    return text.substring(0, text.indexOf('\n')).split(",", -1).length;
  }

  @Test
  void load_c1WithAnExcelEmptyRowAtTheEnd_readsAsBeforeAndNotesIt() throws IOException {
    String text = c1();
    String end = text.endsWith("\n") ? "" : "\n";
    Path f = write("c1_blankend1.csv", text + end + ",".repeat(columns(text) - 1) + "\n");

    for (LoadOptions o : List.of(LoadOptions.strict(), LoadOptions.lenient())) {
      Indicators cin = IndicatorReader.standard().options(o).read(f);

      assertThat(cin.report().rowsRead()).isEqualTo(2132);
      assertThat(cin.report().rowsKept()).isEqualTo(2132);
      assertThat(cin.report().isClean()).isTrue();
      assertThat(cin.notes()).contains("1 blank row (every cell empty) not read: line 2134");
      assertThat(cin.pairs()).hasSize(4);
    }
  }

  @Test
  void load_c1WithAnotherCategoryOnOneRow_namesTheRow() throws IOException {
    String[] lines = c1().split("\n", -1);
    lines[500] = lines[500].replace("Referrals and Re-referrals", "Referrals");
    Path f = write("c1_cat.csv", String.join("\n", lines));

    LoadException e = catchThrowableOfType(LoadException.class, () -> IndicatorReader.load(f));

    assertThat(e).hasMessage(f + ":501:11: filter column 'category' has 2 values ('Referrals "
        + "and Re-referrals' first on line 2, 'Referrals' on line 501 only): choose one with "
        + "filter(\"category\", value)");
  }

  @Test
  void load_c1WithA5000CharacterName_isRefusedAtTheCell() throws IOException {
    String text = c1();
    String[] lines = text.split("\n", -1);
    int at = 0;
    while (!lines[at].contains(",Local authority,")) {
      at++;
    }
    String[] cells = lines[at].split(",", -1);
    String name = cells[9];
    lines[at] = lines[at].replace("," + name + ",", "," + "A".repeat(5000) + ",");
    Path f = write("c1_longname.csv", String.join("\n", lines));

    LoadException e = catchThrowableOfType(LoadException.class, () -> IndicatorReader.load(f));

    assertThat(e).hasMessage(f + ":" + (at + 1) + ":10: column 'la_name': expected the "
        + "authority's name, found a name of 5000 characters; the limit is 256 "
        + "(LoadLimits.maxNameLength)");
  }

  @Test
  void load_c1WithARenamedRateColumn_notesThatItHasNoPair() throws IOException {
    Path f = write("c1_renamed.csv", c1().replaceFirst("rereferral_percent",
        "Rereferral percent"));

    Indicators cin = IndicatorReader.load(f);

    assertThat(cin.pairs()).extracting(IndicatorPair::rate).containsExactly(
        "no_further_action_percent", "not_in_need_percent", "rereferral_child_percent");
    assertThat(cin.notes()).contains("no pair for rereferral percent: a rate by its name, but "
        + "pairs are detected only for a column S_percent or S_rate beside a count S_count, so "
        + "combined returns and aggregates cannot recompute it; declare the pair to use it");
  }
}
