package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.csww.Closeness;
import io.github.csww.LoadException;
import io.github.csww.Neighbour;
import io.github.csww.NeighbourGroup;
import io.github.csww.StatisticalNeighbours;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticalNeighboursReaderTest {
  private static final String HEADER_2021 = "\uFEFFLA num,LA Name,LA number,GOInd,GOReg,"
      + "SN1,SNP,SN2,SNP,SN3,SNP,SN4,SNP,SN5,SNP,SN6,SNP,SN7,SNP,SN8,SNP,SN9,SNP,SN10,SNP,\r\n";
  private static final String HEADER_2025 = "\uFEFFold_la_code,la_name,region_ind,region_name,"
      + "SN_1,SN_1P,SN_2,SN_2P,SN_3,SN_3P,SN_4,SN_4P,SN_5,SN_5P,SN_6,SN_6P,SN_7,SN_7P,SN_8,SN_8P,"
      + "SN_9,SN_9P,SN_10,SN_10P\n";

  private static StatisticalNeighbours read(String text) throws IOException {
    return StatisticalNeighboursReader.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "sn.csv");
  }

  /** A 2025-layout row: LA number, name, then ten neighbours with the given band. */
  private static String row2025(int la, String name, String band, int... neighbours) {
    StringBuilder sb = new StringBuilder().append(la).append(",\"").append(name)
        .append("\",8,West Midlands");
    for (int n : neighbours) {
      sb.append(',').append(n).append(',').append(band);
    }
    return sb.append('\n').toString();
  }

  /** Eleven authorities 1..11, each with the other ten as neighbours. */
  private static String eleven2025() {
    StringBuilder sb = new StringBuilder(HEADER_2025);
    for (int la = 1; la <= 11; la++) {
      int[] ns = new int[10];
      int k = 0;
      for (int n = 1; n <= 11; n++) {
        if (n != la) {
          ns[k++] = n;
        }
      }
      sb.append(row2025(la, "LA " + la, "Close ", ns));
    }
    return sb.toString();
  }

  @Test
  void read_2021Groupings_staffordshire() throws IOException {
    StatisticalNeighbours sn = StatisticalNeighboursReader.read(
        SharedData.file("New_Statistical_Neighbour_Groupings_April_2021.csv"));

    // Read from the file: 860,Staffordshire,860,8,West Midlands,891,Extremely Close,830,Very Close,...
    NeighbourGroup staffs = sn.group(860).orElseThrow();
    assertThat(staffs.name()).isEqualTo("Staffordshire");
    assertThat(staffs.laNumbers())
        .containsExactly(891, 830, 885, 937, 881, 811, 896, 940, 909, 888);
    assertThat(staffs.neighbours()).extracting(Neighbour::closeness).containsExactly(
        Closeness.EXTREMELY_CLOSE, Closeness.VERY_CLOSE, Closeness.VERY_CLOSE,
        Closeness.VERY_CLOSE, Closeness.VERY_CLOSE, Closeness.VERY_CLOSE, Closeness.VERY_CLOSE,
        Closeness.VERY_CLOSE, Closeness.VERY_CLOSE, Closeness.VERY_CLOSE);
    // 152 current authorities, then an "Old SNs:" section of 4 reorganised ones
    assertThat(sn.size()).isEqualTo(156);
    assertThat(sn.group(928).orElseThrow().name()).isEqualTo("Northamptonshire");
    assertThat(sn.group(201).orElseThrow().neighbours().get(0))
        .isEqualTo(new Neighbour(1, 207, Closeness.NOT_CLOSE));
    assertThat(sn.groups()).allSatisfy(g -> assertThat(g.neighbours()).hasSize(10));
  }

  @Test
  void read_2025Model_staffordshire() throws IOException {
    StatisticalNeighbours sn = StatisticalNeighboursReader.read(
        SharedData.file("sn_model_2025_wide.csv"));

    // Read from the file: 860,Staffordshire,8,West Midlands,811,Very close,884,Very close,...
    NeighbourGroup staffs = sn.group(860).orElseThrow();
    assertThat(staffs.laNumbers())
        .containsExactly(811, 884, 893, 815, 933, 830, 877, 891, 943, 888);
    assertThat(staffs.neighbours())
        .allSatisfy(n -> assertThat(n.closeness()).isEqualTo(Closeness.VERY_CLOSE));
    // "Close " with its trailing space: Barnet's first neighbour is Brent (320)
    assertThat(sn.group(302).orElseThrow().neighbours().get(0))
        .isEqualTo(new Neighbour(1, 320, Closeness.CLOSE));
    assertThat(sn.size()).isEqualTo(153);
    assertThat(sn.group(909)).isEmpty();
    assertThat(sn.groups()).allSatisfy(g -> assertThat(g.neighbours()).hasSize(10));
  }

  @Test
  void read_2021Layout_withBomTrailingCommaCrlfAndOldSection() throws IOException {
    StringBuilder sb = new StringBuilder(HEADER_2021);
    for (int la = 1; la <= 11; la++) {
      sb.append(la).append(",\"LA ").append(la).append(", City of\",").append(la)
          .append(",8,West Midlands");
      for (int n = 1; n <= 11; n++) {
        if (n != la) {
          sb.append(',').append(n).append(',').append(n % 2 == 0 ? "Very Close" : "Not Close");
        }
      }
      sb.append(",\r\n");
      if (la == 10) {
        sb.append(",,,,,,,,,,,,,,,,,,,,,,,,,\r\n,Old SNs:,,,,,,,,,,,,,,,,,,,,,,,,\r\n");
      }
    }
    StatisticalNeighbours sn = read(sb.toString());

    assertThat(sn.size()).isEqualTo(11);
    assertThat(sn.group(1).orElseThrow().name()).isEqualTo("LA 1, City of");
    assertThat(sn.group(11).orElseThrow().neighbours().get(0))
        .isEqualTo(new Neighbour(1, 1, Closeness.NOT_CLOSE));
    assertThat(sn.group(1).orElseThrow().neighbours().get(0))
        .isEqualTo(new Neighbour(1, 2, Closeness.VERY_CLOSE));
    assertThat(sn.source()).isEqualTo("sn.csv");
  }

  @Test
  void read_2025Layout_synthetic() throws IOException {
    StatisticalNeighbours sn = read(eleven2025());

    assertThat(sn.size()).isEqualTo(11);
    assertThat(sn.group(5).orElseThrow().laNumbers())
        .isEqualTo(List.of(1, 2, 3, 4, 6, 7, 8, 9, 10, 11));
  }

  @Test
  void read_neitherLayout_isRefusedNamingBoth() {
    assertThatThrownBy(() -> read("time_period,la_name\n2017,Staffordshire\n"))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith("sn.csv:1: not a statistical neighbour table")
        .hasMessageContaining("2021 groupings").hasMessageContaining("2025 model");
  }

  @Test
  void read_missingColumn_isRefusedNamingIt() {
    String text = eleven2025().replace(",SN_10P\n", "\n");

    assertThatThrownBy(() -> read(text))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith("sn.csv:1: missing column 'SN_10P'");
  }

  @Test
  void read_2021BandColumnMissingAfterNeighbour_isRefused() {
    String text = HEADER_2021.replace("SN3,SNP,", "SN3,XX,") + "1,A,1,8,WM\n";

    assertThatThrownBy(() -> read(text))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("sn.csv:1:11: missing column 'SNP' (the band of SN3) after 'SN3'; "
            + "found 'XX'");
  }

  @Test
  void read_unknownBand_isRefusedWithLineAndColumn() {
    String text = eleven2025().replaceFirst("(?m)^(3,\"LA 3\",8,West Midlands,1,)Close ",
        "$1Quite close");

    assertThatThrownBy(() -> read(text))
        .isInstanceOf(LoadException.class)
        .hasMessage("sn.csv:4:6: column 'SN_1P': expected a closeness band (Extremely close, "
            + "Very close, Close, Somewhat close, Not close), found 'Quite close'");
  }

  @Test
  void read_unknownLaNumber_isRefusedWithLineAndColumn() {
    String text = eleven2025().replaceFirst("(?m)^(4,\"LA 4\",8,West Midlands,1,Close ,)2,",
        "$1999,");

    assertThatThrownBy(() -> read(text))
        .isInstanceOf(LoadException.class)
        .hasMessage("sn.csv:5:7: column 'SN_2': unknown LA number 999: it has no row of its own "
            + "in this file (11 authorities)");
  }

  @Test
  void read_malformedLaNumber_isRefusedWithLineAndColumn() {
    String text = eleven2025().replaceFirst("(?m)^6,", "6O,");

    assertThatThrownBy(() -> read(text))
        .isInstanceOf(LoadException.class)
        .hasMessage("sn.csv:7:1: column 'old_la_code': expected an LA number such as 860, "
            + "found '6O'");
  }

  @Test
  void read_authorityListedTwice_isRefused() {
    String text = eleven2025() + eleven2025().lines().skip(1).findFirst().orElseThrow() + "\n";

    assertThatThrownBy(() -> read(text))
        .isInstanceOf(LoadException.class)
        .hasMessage("sn.csv:13:1: column 'old_la_code': LA number 1 is listed twice, on lines 2 "
            + "and 13");
  }

  @Test
  void read_ownNeighbour_isRefused() {
    String text = eleven2025().replaceFirst("(?m)^(2,\"LA 2\",8,West Midlands,)1,", "$12,");

    assertThatThrownBy(() -> read(text))
        .isInstanceOf(LoadException.class)
        .hasMessage("sn.csv:3:5: column 'SN_1': LA number 2 is listed as its own neighbour");
  }

  @Test
  void read_unterminatedQuote_isRefusedWithItsLine() {
    String text = HEADER_2025 + "1,\"LA 1,8,West Midlands\n";

    assertThatThrownBy(() -> read(text))
        .isInstanceOf(LoadException.class)
        .hasMessage("sn.csv:2:2: a quoted cell is never closed: expected a closing '\"'");
  }

  @Test
  void read_empty_isRefused() {
    assertThatThrownBy(() -> read("\uFEFF\n\n"))
        .isInstanceOf(LoadException.class)
        .hasMessage("sn.csv: is empty: expected a statistical neighbour table");
  }

  @Test
  void read_notUtf8_isRefused() {
    byte[] latin1 = (HEADER_2025 + "1,Bl\u00e9,8,West Midlands\n").getBytes(
        StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> StatisticalNeighboursReader.read(new ByteArrayInputStream(latin1),
        "latin1.csv"))
        .isInstanceOf(LoadException.class)
        .hasMessage("latin1.csv:2:2: column 'la_name': not UTF-8 (byte 0xE9 at byte 3 of the "
            + "cell); save the file as CSV UTF-8");
  }

  @Test
  void read_publishedFileSavedAsCp1252_namesLineColumnAndByte() throws IOException {
    String text = Files.readString(SharedData.file("sn_model_2025_wide.csv"),
        StandardCharsets.UTF_8).replace("\uFEFF", "");   // Excel saves cp1252 without one
    String[] lines = text.split("\n", -1);
    lines[96] = lines[96].replaceFirst(",Peterborough,", ",P\u00e9terborough,");
    byte[] cp1252 = String.join("\n", lines).getBytes(Charset.forName("windows-1252"));

    assertThatThrownBy(() -> StatisticalNeighboursReader.read(new ByteArrayInputStream(cp1252),
        "sn_cp1252.csv"))
        .isInstanceOf(LoadException.class)
        .hasMessage("sn_cp1252.csv:97:2: column 'la_name': not UTF-8 (byte 0xE9 at byte 2 of "
            + "the cell); save the file as CSV UTF-8");
  }

  @Test
  void read_badByteInTheHeader_namesTheField() {
    byte[] bytes = (HEADER_2025.replace("region_name", "r\u00e9gion") + "1,B,8,W\n")
        .getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> StatisticalNeighboursReader.read(new ByteArrayInputStream(bytes),
        "h.csv"))
        .isInstanceOf(LoadException.class)
        .hasMessage("h.csv:1:4: field 4: not UTF-8 (byte 0xE9 at byte 2 of the cell); save the "
            + "file as CSV UTF-8");
  }

  @Test
  void read_utf16_isRefusedByItsByteOrderMark() {
    byte[] bytes = HEADER_2025.substring(1).getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[bytes.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(bytes, 0, withBom, 2, bytes.length);

    assertThatThrownBy(() -> StatisticalNeighboursReader.read(new ByteArrayInputStream(withBom),
        "u16.csv"))
        .isInstanceOf(LoadException.class)
        .hasMessage("u16.csv:1: not UTF-8: the file starts with a UTF-16 byte order mark; save "
            + "it as CSV UTF-8");
  }
}
