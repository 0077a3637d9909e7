package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.csww.LoadException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Ofsted and statistical neighbour readers name a path that is missing or a directory. */
class ReaderPathTest {
  @TempDir Path dir;

  @Test
  void ofstedRead_missingFile_namesThePath() {
    Path missing = dir.resolve("ofsted.ods");
    assertThatThrownBy(() -> OfstedReader.read(missing))
        .isInstanceOf(LoadException.class).hasMessage(missing + ": no such file");
  }

  @Test
  void ofstedRead_directory_saysWhatWasExpected() {
    assertThatThrownBy(() -> OfstedReader.read(dir))
        .isInstanceOf(LoadException.class)
        .hasMessage(dir + ": is a directory, expected an Ofsted inspection outcomes file (ODS or CSV)");
  }

  @Test
  void neighboursRead_missingFile_namesThePath() {
    Path missing = dir.resolve("sn.csv");
    assertThatThrownBy(() -> StatisticalNeighboursReader.read(missing))
        .isInstanceOf(LoadException.class).hasMessage(missing + ": no such file");
  }

  @Test
  void neighboursRead_directory_saysWhatWasExpected() {
    assertThatThrownBy(() -> StatisticalNeighboursReader.read(dir))
        .isInstanceOf(LoadException.class)
        .hasMessage(dir + ": is a directory, expected a statistical neighbours file");
  }

  @Test
  void readers_nullPath_throwNullPointerException() {
    assertThatThrownBy(() -> OfstedReader.read((Path) null))
        .isInstanceOf(NullPointerException.class).hasMessage("path is null");
    assertThatThrownBy(() -> StatisticalNeighboursReader.read((Path) null))
        .isInstanceOf(NullPointerException.class).hasMessage("path is null");
    assertThatThrownBy(() -> EesCsv.read((Path) null))
        .isInstanceOf(NullPointerException.class).hasMessage("path is null");
  }
}
