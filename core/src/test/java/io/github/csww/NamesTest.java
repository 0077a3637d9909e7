package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void splitSlash_stripsPartsAndLeavesOutEmptyOnes() {
    assertThat(Names.splitSlash("314 / 318")).containsExactly("314", "318");
    assertThat(Names.splitSlash("860")).containsExactly("860");
    assertThat(Names.splitSlash(" / a //b/ ")).containsExactly("a", "b");
    assertThat(Names.splitSlash("")).isEmpty();
    assertThat(Names.splitSlash("/")).isEmpty();
    assertThat(Names.splitSlash("Kingston upon Thames / Richmond upon Thames"))
        .containsExactly("Kingston upon Thames", "Richmond upon Thames");
  }
}
