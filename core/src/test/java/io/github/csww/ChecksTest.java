package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.base.Strings;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {
  private static final String[] PIECES = {"%s", "%", "s", "x", " ", "%%s", "got "};

  @Test
  void format_fillsPlaceholdersInOrderAndListsTheRestInBrackets() {
    assertThat(Checks.format("got %s and %s", 1, "two")).isEqualTo("got 1 and two");
    assertThat(Checks.format("got %s", 1, 2, 3)).isEqualTo("got 1 [2, 3]");
    assertThat(Checks.format("got %s and %s", 1)).isEqualTo("got 1 and %s");
    assertThat(Checks.format("no placeholder", (Object) null)).isEqualTo("no placeholder [null]");
  }

  @Test
  void format_readsAsGuavasLenientFormat() {
    qt().forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 8),
            lists().of(integers().between(-3, 3)).ofSizeBetween(0, 4))
        .checkAssert((pieces, args) -> {
          StringBuilder template = new StringBuilder();
          for (int p : pieces) {
            template.append(PIECES[p]);
          }
          Object[] a = args.toArray();
          assertThat(Checks.format(template.toString(), a))
              .isEqualTo(Strings.lenientFormat(template.toString(), a));
        });
  }

  @Test
  void checkNotNull_returnsTheReferenceOrThrowsWithTheMessage() {
    List<String> list = List.of("a");
    assertThat(Checks.checkNotNull(list, "list is null")).isSameAs(list);
    assertThat(Checks.checkNotNull(list, "list of %s is null", 2)).isSameAs(list);
    assertThat(Checks.checkNotNull(list, "%s of %s is null", "list", 2)).isSameAs(list);
    assertThatThrownBy(() -> Checks.checkNotNull(null, "list is null"))
        .isInstanceOf(NullPointerException.class).hasMessage("list is null");
    assertThatThrownBy(() -> Checks.checkNotNull(null, "list of %s is null", 2))
        .isInstanceOf(NullPointerException.class).hasMessage("list of 2 is null");
    assertThatThrownBy(() -> Checks.checkNotNull(null, "%s of %s is null", "list", 2))
        .isInstanceOf(NullPointerException.class).hasMessage("list of 2 is null");
  }

  @Test
  void checkArgument_throwsOnlyWhenFalse() {
    Checks.checkArgument(true, "never");
    Checks.checkArgument(true, "never %s", 1L);
    Checks.checkArgument(true, "never %s", 1.5);
    Checks.checkArgument(true, "never %s", "x");
    Checks.checkArgument(true, "never %s %s", "x", 2);
    assertThatThrownBy(() -> Checks.checkArgument(false, "bad"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bad");
    assertThatThrownBy(() -> Checks.checkArgument(false, "got %s", 7))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("got 7");
    assertThatThrownBy(() -> Checks.checkArgument(false, "got %s", 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("got 0.5");
    assertThatThrownBy(() -> Checks.checkArgument(false, "got %s", Metric.CASELOAD))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("got " + Metric.CASELOAD);
    assertThatThrownBy(() -> Checks.checkArgument(false, "got %s and %s", 1, "b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("got 1 and b");
  }
}
