package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReorganisationTest {
  /** The combined return of the 2021 successors. */
  private static final Authority NORTHANTS = Authority.of("940 / 941", "E06000061 / E06000062",
      "North Northamptonshire / West Northamptonshire", Region.EAST_MIDLANDS);

  @Test
  void known_holdsTheThreeReorganisationsOfThePublishedFiles() {
    assertThat(Reorganisation.known()).extracting(Reorganisation::year)
        .containsExactly(2019, 2021, 2023);
    assertThat(Reorganisation.known().get(0).successors()).containsExactly(838, 839);
    assertThat(Reorganisation.known().get(1).predecessors()).containsExactly(928);
  }

  @Test
  void known_linksEachPredecessorToTheSuccessorsThatTookItsArea() {
    Reorganisation dorset = Reorganisation.known().get(0);
    assertThat(dorset.links()).containsExactly(entry(835, List.of(838, 839)),
        entry(836, List.of(839)), entry(837, List.of(839)));
    assertThat(dorset.successorsOf(835)).containsExactly(838, 839);
    assertThat(dorset.successorsOf(836)).containsExactly(839);
    assertThat(dorset.successorsOf(837)).containsExactly(839);
    assertThat(dorset.predecessorsOf(838)).containsExactly(835);
    assertThat(dorset.predecessorsOf(839)).containsExactly(835, 836, 837);
    assertThat(dorset.successorsOf(838)).isEmpty();
    assertThat(dorset.predecessorsOf(835)).isEmpty();
    assertThat(dorset.predecessorsOf(860)).isEmpty();
    // the event as a whole: the geography that is the same before and after
    assertThat(dorset.predecessors()).containsExactly(835, 836, 837);
    assertThat(dorset.successors()).containsExactly(838, 839);
    Reorganisation northants = Reorganisation.known().get(1);
    assertThat(northants.links()).containsExactly(entry(928, List.of(940, 941)));
    assertThat(northants.predecessorsOf(NORTHANTS)).containsExactly(928);
    Reorganisation cumbria = Reorganisation.known().get(2);
    assertThat(cumbria.links()).containsExactly(entry(909, List.of(942, 943)));
    assertThat(cumbria.predecessorsOf(943)).containsExactly(909);
  }

  @Test
  void seriesBreaks_poole_namesBcpAloneAndDorsetBothSuccessors() {
    Authority poole = Authority.of("836", "E06000029", "Poole", Region.SOUTH_WEST);
    Authority oldDorset = Authority.of("835", "E10000009", "Dorset", Region.SOUTH_WEST);
    Authority newDorset = Authority.of("838", "E06000059", "Dorset", Region.SOUTH_WEST);
    Authority bcp = Authority.of("839", "E06000058", "Bournemouth, Christchurch and Poole",
        Region.SOUTH_WEST);
    assertThat(Reorganisation.seriesBreaks(poole)).singleElement().asString()
        .startsWith("The series stops at 2018: from 2019 Poole was replaced by Bournemouth, "
            + "Christchurch and Poole (839) (");
    assertThat(Reorganisation.seriesBreaks(oldDorset)).singleElement().asString()
        .startsWith("The series stops at 2018: from 2019 Dorset was replaced by Dorset (838) and "
            + "Bournemouth, Christchurch and Poole (839) (");
    assertThat(Reorganisation.seriesBreaks(newDorset)).singleElement().asString()
        .startsWith("The series starts in 2019, when Dorset was created; before it: Dorset (835) (");
    assertThat(Reorganisation.seriesBreaks(bcp)).singleElement().asString()
        .startsWith("The series starts in 2019, when Bournemouth, Christchurch and Poole was "
            + "created; before it: Dorset (835), Poole (836) and Bournemouth (837) (");
    assertThat(Reorganisation.notExisting(poole, 2019)).contains(
        "Poole (836) did not exist in 2019: replaced in 2019 by Bournemouth, Christchurch and "
            + "Poole (839)");
    assertThat(Reorganisation.notExisting(newDorset, 2018)).contains(
        "Dorset (838) did not exist in 2018: created in 2019 from Dorset (835)");
    assertThat(Reorganisation.involving(poole)).containsExactly(Reorganisation.known().get(0));
    assertThat(Reorganisation.notExisting(NORTHANTS, 2020)).contains("North Northamptonshire / "
        + "West Northamptonshire (940 / 941) did not exist in 2020: created in 2021 from "
        + "Northamptonshire (928)");
  }

  @Test
  void constructor_ordersLinksAndTheShortFormLinksEveryToEvery() {
    Map<Integer, List<Integer>> links = new LinkedHashMap<>();
    links.put(2, List.of(12, 11));
    links.put(1, List.of(11));
    Reorganisation r = new Reorganisation(2030, links, "made up");
    assertThat(r.links()).containsExactly(entry(1, List.of(11)), entry(2, List.of(11, 12)));
    assertThat(r.predecessors()).containsExactly(1, 2);
    assertThat(r.successors()).containsExactly(11, 12);
    assertThat(new Reorganisation(2030, List.of(1), List.of(12, 11), "split").links())
        .containsExactly(entry(1, List.of(11, 12)));
    assertThat(new Reorganisation(2030, List.of(2, 1), List.of(11), "merger").links())
        .containsExactly(entry(1, List.of(11)), entry(2, List.of(11)));
    assertThat(new Reorganisation(2030, links, "made up"))
        .isEqualTo(new Reorganisation(2030, Map.of(1, List.of(11), 2, List.of(11, 12)),
            "made up"));
  }

  @Test
  void constructor_severalToSeveralWithoutLinks_isRefused() {
    assertThatThrownBy(() -> new Reorganisation(2030, List.of(1, 2), List.of(11, 12), "both"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("several predecessors [1, 2] and several successors [11, 12]: give the "
            + "links, which predecessor went to which successors");
    assertThatThrownBy(() -> new Reorganisation(2030, Map.of(1, List.of()), "none"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a reorganisation needs predecessors and successors");
    assertThatThrownBy(() -> new Reorganisation(2030, Map.of(), "none"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a reorganisation needs predecessors and successors");
    assertThatThrownBy(() -> new Reorganisation(2030, Map.of(1, List.of(1)), "self"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an LA number cannot succeed itself: 1");
    assertThatThrownBy(() -> new Reorganisation(2030, Map.of(1, List.of(2), 2, List.of(3)),
        "chain")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an LA number cannot be both a predecessor and a successor: 2");
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
