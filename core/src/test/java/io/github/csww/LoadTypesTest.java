package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** LoadOptions, LoadReport, SkippedRow and LoadException. */
class LoadTypesTest {

  @Test
  void loadOptions_strictAndLenient() {
    assertThat(LoadOptions.strict().isLenient()).isFalse();
    assertThat(LoadOptions.strict().skipBadRows()).isFalse();
    assertThat(LoadOptions.lenient().isLenient()).isTrue();
  }

  @Test
  void loadReport_rowsReadAreKeptPlusSkipped() {
    LoadReport r = new LoadReport("csww.csv", "EES CSV (2025 layout)", 3, 2,
        ImmutableList.of(new SkippedRow(4, 12, "column 'cases': expected a number, found '-4'")),
        ImmutableList.of());
    assertThat(r.rowsRead()).isEqualTo(3);
    assertThat(r.isClean()).isFalse();
    assertThatThrownBy(() -> new LoadReport("csww.csv", "EES CSV", 3, 3,
        ImmutableList.of(new SkippedRow(4, 12, "bad")), ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows read (3) must equal rows kept (3) + rows skipped (1)");
  }

  @Test
  void loadReport_negativeCounts_throw() {
    // Regression: rows read -1 = rows kept -1 + 0 skipped was accepted.
    assertThatThrownBy(() -> new LoadReport("a", "b", -1, -1, ImmutableList.of(),
        ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows kept must not be negative, got -1");
  }

  @Test
  void loadReport_inMemory_isClean() {
    LoadReport r = LoadReport.inMemory(5);
    assertThat(r.source()).isEqualTo("memory");
    assertThat(r.format()).isEqualTo("snapshots");
    assertThat(r.rowsRead()).isEqualTo(5);
    assertThat(r.rowsKept()).isEqualTo(5);
    assertThat(r.isClean()).isTrue();
    assertThat(new LoadReport("a", "b", 0, 0, ImmutableList.of(), ImmutableList.of("x"))
        .isClean()).isFalse();
  }

  @Test
  void skippedRow_namesLineColumnAndReason() {
    assertThat(new SkippedRow(12, 29, "column 'cases': found '-4'"))
        .hasToString("line 12, column 29: column 'cases': found '-4'");
    assertThat(new SkippedRow(3, 0, "duplicate row")).hasToString("line 3: duplicate row");
    assertThatThrownBy(() -> new SkippedRow(0, 1, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lines start at 1, got 0");
    assertThatThrownBy(() -> new SkippedRow(1, -1, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("columns start at 1 (0 for the whole row), got -1");
    assertThatThrownBy(() -> new SkippedRow(1, 1, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a skipped row needs a reason");
  }

  @Test
  void loadException_messageIsFileLineColumnAndDetail() {
    LoadException e = new LoadException("csww.csv", 12, 29, "expected a number, found '-4'");
    assertThat(e).hasMessage("csww.csv:12:29: expected a number, found '-4'")
        .isInstanceOf(IOException.class);
    assertThat(e.source()).isEqualTo("csww.csv");
    assertThat(e.line()).isEqualTo(12);
    assertThat(e.column()).isEqualTo(29);
    assertThat(e.detail()).isEqualTo("expected a number, found '-4'");
    assertThat(new LoadException("a.csv", 3, 0, "bad row")).hasMessage("a.csv:3: bad row");
    assertThat(new LoadException("a.csv", 0, 7, "bad header")).hasMessage("a.csv: bad header");
    IOException cause = new IOException("disk");
    assertThat(new LoadException("a.csv", 1, 1, "unreadable", cause)).hasCause(cause);
  }
}
