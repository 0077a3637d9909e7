package io.github.csww;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Core alone has no reader: {@code load} must say which artifact to add. */
class LoadWithoutReaderTest {

  @TempDir Path dir;

  @Test
  void load_withoutCswwIo_namesTheArtifact() throws IOException {
    Path file = Files.writeString(dir.resolve("csww.csv"), "time_period\n2017\n");

    assertThatThrownBy(() -> Workforce.load(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("io.github.csww:csww-io")
        .hasMessageContaining("csww.csv");
  }

  @Test
  void loadStream_withoutCswwIo_namesTheArtifact() {
    ByteArrayInputStream in =
        new ByteArrayInputStream("time_period\n2017\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> Workforce.load(in, "sample.csv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("io.github.csww:csww-io")
        .hasMessageContaining("sample.csv");
  }

  @Test
  void load_missingFile_namesThePath() {
    Path missing = dir.resolve("nope.csv");

    assertThatThrownBy(() -> Workforce.load(missing))
        .isInstanceOf(LoadException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void load_directory_saysItIsADirectory() {
    assertThatThrownBy(() -> Workforce.load(dir))
        .isInstanceOf(LoadException.class)
        .hasMessage(dir + ": is a directory, expected a workforce file");
  }
}
