package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.base.Preconditions;
import com.google.common.base.Strings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link Checks} throws what Guava's {@code Preconditions} throws, with the same message. */
class ChecksTest {
  private static final String[] PIECES = {"%s", "%", "s", "x", " ", "%%s", "got ", "[", "]"};
  /** Arguments as call sites give them, and some that a careless format would mangle. */
  private static final Object[] ARGS = {null, "%s", "", "[x]", 'c', 1.5f, -0.0, 7, 2017L,
      "a %s b", List.of(314, 318), Metric.CASELOAD};

  /** A value whose {@code toString} fails: formatting it would throw. */
  private static final Object UNPRINTABLE = new Object() {
    @Override
    public String toString() {
      throw new AssertionError("formatted although the check passed");
    }
  };

  @Test
  void format_fillsPlaceholdersInOrderAndListsTheRestInBrackets() {
    assertThat(Checks.format("got %s and %s", 1, "two")).isEqualTo("got 1 and two");
    assertThat(Checks.format("got %s", 1, 2, 3)).isEqualTo("got 1 [2, 3]");
    assertThat(Checks.format("got %s and %s", 1)).isEqualTo("got 1 and %s");
    assertThat(Checks.format("no placeholder", (Object) null)).isEqualTo("no placeholder [null]");
    assertThat(Checks.format("got %s", "%s", "x")).isEqualTo("got %s [x]");
  }

  @Test
  void format_readsAsGuavasLenientFormat() {
    qt().forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 8),
            lists().of(integers().between(0, ARGS.length - 1)).ofSizeBetween(0, 4))
        .checkAssert((pieces, picks) -> {
          StringBuilder template = new StringBuilder();
          for (int p : pieces) {
            template.append(PIECES[p]);
          }
          Object[] args = picks.stream().map(i -> ARGS[i]).toArray();
          assertThat(Checks.format(template.toString(), args))
              .isEqualTo(Strings.lenientFormat(template.toString(), args));
        });
  }

  @Test
  void format_readsNullsAsGuavaDoes() {
    assertThat(Checks.format(null, 1)).isEqualTo(Strings.lenientFormat(null, 1));
    assertThat(Checks.format("got %s", (Object[]) null))
        .isEqualTo(Strings.lenientFormat("got %s", (Object[]) null));
  }

  @Test
  void checkArgument_failsAsGuavaDoesForEveryOverload() {
    String t = "got %s";
    same(() -> Checks.checkArgument(false, "bad"),
        () -> Preconditions.checkArgument(false, "bad"));
    same(() -> Checks.checkArgument(false, t, 7), () -> Preconditions.checkArgument(false, t, 7));
    same(() -> Checks.checkArgument(false, t, 2017L),
        () -> Preconditions.checkArgument(false, t, 2017L));
    same(() -> Checks.checkArgument(false, t, 'c'),
        () -> Preconditions.checkArgument(false, t, 'c'));
    same(() -> Checks.checkArgument(false, t, 1.1f),
        () -> Preconditions.checkArgument(false, t, 1.1f));
    same(() -> Checks.checkArgument(false, t, 0.1 + 0.2),
        () -> Preconditions.checkArgument(false, t, 0.1 + 0.2));
    same(() -> Checks.checkArgument(false, t, (byte) 5),
        () -> Preconditions.checkArgument(false, t, (byte) 5));
    same(() -> Checks.checkArgument(false, t, Metric.CASELOAD),
        () -> Preconditions.checkArgument(false, t, Metric.CASELOAD));
    same(() -> Checks.checkArgument(false, t, (Object) null),
        () -> Preconditions.checkArgument(false, t, (Object) null));
    same(() -> Checks.checkArgument(false, "%s of %s, %s", 1, "b", 2.5),
        () -> Preconditions.checkArgument(false, "%s of %s, %s", 1, "b", 2.5));
  }

  @Test
  void checkNotNull_failsAsGuavaDoesAndReturnsTheReference() {
    same(() -> Checks.checkNotNull(null, "list is null"),
        () -> Preconditions.checkNotNull(null, "list is null"));
    same(() -> Checks.checkNotNull(null, "list of %s is null", 'c'),
        () -> Preconditions.checkNotNull(null, "list of %s is null", 'c'));
    same(() -> Checks.checkNotNull(null, "%s of %s is null", "list", 2),
        () -> Preconditions.checkNotNull(null, "%s of %s is null", "list", 2));
    List<String> list = List.of("a");
    assertThat(Checks.checkNotNull(list, "list is null")).isSameAs(list);
    assertThat(Checks.checkNotNull(list, "list of %s is null", 2)).isSameAs(list);
    assertThat(Checks.checkNotNull(list, "%s of %s is null", "list", 2)).isSameAs(list);
  }

  @Test
  void passingChecks_neverFormatTheirMessage() {
    Checks.checkArgument(true, "never %s", UNPRINTABLE);
    Checks.checkArgument(true, "never %s %s", UNPRINTABLE, UNPRINTABLE);
    Checks.checkNotNull("x", "never %s", UNPRINTABLE);
    Checks.checkNotNull("x", "never %s %s", UNPRINTABLE, UNPRINTABLE);
  }

  /** Both throw, the same class of exception with the same message. */
  private static void same(Executable ours, Executable guavas) {
    Throwable a = catchThrowable(ours::execute);
    Throwable b = catchThrowable(guavas::execute);
    assertThat(b).as("Guava's check").isNotNull();
    assertThat(a).as("Checks").isNotNull().hasSameClassAs(b).hasMessage(b.getMessage());
  }
}
