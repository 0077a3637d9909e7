package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReorganisationTest {

  @Test
  void known_holdsTheThreeReorganisationsOfThePublishedFiles() {
    assertThat(Reorganisation.known()).extracting(Reorganisation::year)
        .containsExactly(2019, 2021, 2023);
    assertThat(Reorganisation.known().get(0).successors()).containsExactly(838, 839);
    assertThat(Reorganisation.known().get(1).predecessors()).containsExactly(928);
  }

  @Test
  void notExisting_cumberlandBefore2023_namesItsPredecessor() {
    Authority cumberland = Authority.of("942", "E06000063", "Cumberland", Region.NORTH_WEST);
    assertThat(Reorganisation.notExisting(cumberland, 2022)).contains(
        "Cumberland (942) did not exist in 2022: created in 2023 from Cumbria (909)");
    assertThat(Reorganisation.notExisting(cumberland, 2023)).isEmpty();
  }

  @Test
  void notExisting_unaffectedAuthority_isEmpty() {
    Authority staffs = Authority.of("860", "E10000028", "Staffordshire", Region.WEST_MIDLANDS);
    assertThat(Reorganisation.involving(staffs)).isEmpty();
    assertThat(Reorganisation.notExisting(staffs, 2017)).isEmpty();
    assertThat(Reorganisation.seriesBreaks(staffs)).isEmpty();
  }

  @Test
  void constructor_withoutSuccessors_isRefused() {
    assertThatThrownBy(() -> new Reorganisation(2030, List.of(1), List.of(), "gone"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a reorganisation needs predecessors and successors");
    assertThatThrownBy(() -> new Reorganisation(2030, List.of(1), List.of(2), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a reorganisation needs a description");
  }
}
