package io.github.csww.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.Authority;
import io.github.csww.Region;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The look-up of an authority by the bytes of its LA number, code and name cells. */
class AuthorityTableTest {

  /** A record of three cells: LA number, code, name. */
  private static CsvScanner record(String line) throws IOException {
    CsvScanner s = new CsvScanner(new ByteArrayInputStream(
        line.getBytes(StandardCharsets.UTF_8)), "test.csv", 64);
    assertThat(s.next()).isTrue();
    return s;
  }

  private static AuthorityTable.Entry find(AuthorityTable t, String line, Region region)
      throws IOException {
    CsvScanner r = record(line);
    return t.find(AuthorityTable.hash(r, 0, 1, 2, region), r, 0, 1, 2, region);
  }

  private static AuthorityTable.Entry add(AuthorityTable t, String line, Region region)
      throws IOException {
    CsvScanner r = record(line);
    Authority a = Authority.of(r.text(0), r.text(1), r.text(2), region);
    return t.add(AuthorityTable.hash(r, 0, 1, 2, region), r, 0, 1, 2, region, a);
  }

  /** Adds the cells of a line as the key of an authority given apart from them. */
  private static AuthorityTable.Entry add(AuthorityTable t, String line, Region region,
      Authority a) throws IOException {
    CsvScanner r = record(line);
    return t.add(AuthorityTable.hash(r, 0, 1, 2, region), r, 0, 1, 2, region, a);
  }

  private static int hash(String line, Region region) throws IOException {
    return AuthorityTable.hash(record(line), 0, 1, 2, region);
  }

  @Test
  void findsEachSpellingByEveryByte_ofNumberCodeAndName() throws IOException {
    AuthorityTable t = new AuthorityTable();
    // Same LA number, code, region and name length: only the name's bytes tell them apart, and
    // the hash does not read the name.
    AuthorityTable.Entry bristol = add(t, "801,E06000023,Bristol\n", Region.SOUTH_WEST);
    AuthorityTable.Entry bristel = add(t, "801,E06000023,Bristel\n", Region.SOUTH_WEST);

    assertThat(find(t, "801,E06000023,Bristol\n", Region.SOUTH_WEST)).isSameAs(bristol);
    assertThat(find(t, "801,E06000023,Bristel\n", Region.SOUTH_WEST)).isSameAs(bristel);
    assertThat(find(t, "801,E06000023,Bristal\n", Region.SOUTH_WEST)).isNull();
    assertThat(find(t, "801,E06000023,bristol\n", Region.SOUTH_WEST)).isNull();
    assertThat(find(t, "801,E06000024,Bristol\n", Region.SOUTH_WEST)).isNull();
    assertThat(find(t, "802,E06000023,Bristol\n", Region.SOUTH_WEST)).isNull();
    assertThat(find(t, "801,E06000023,Bristol\n", Region.LONDON)).isNull();
    // The same bytes split differently between the cells are another authority.
    assertThat(find(t, "801,E0600002,3Bristol\n", Region.SOUTH_WEST)).isNull();
    assertThat(bristol.years).isSameAs(bristel.years);
  }

  @Test
  void tellsApartNumbersAndCodesWhoseHashesCollide() throws IOException {
    // "Aa" and "BB" hash alike (65 * 31 + 97 == 66 * 31 + 66): entries that differ only there
    // have the same hash and lengths, so only the byte comparison of that cell tells them apart.
    Authority a = Authority.of("801", "E06000023", "Bristol", Region.SOUTH_WEST);
    Authority b = Authority.of("802", "E06000024", "Bristel", Region.SOUTH_WEST);
    String[][] pairs = {{"8Aa,E06000023,Bristol\n", "8BB,E06000023,Bristol\n"},
        {"801,E0600Aa23,Bristol\n", "801,E0600BB23,Bristol\n"}};
    for (String[] pair : pairs) {
      assertThat(hash(pair[0], Region.SOUTH_WEST)).as(pair[0])
          .isEqualTo(hash(pair[1], Region.SOUTH_WEST));
      AuthorityTable t = new AuthorityTable();
      AuthorityTable.Entry first = add(t, pair[0], Region.SOUTH_WEST, a);
      AuthorityTable.Entry second = add(t, pair[1], Region.SOUTH_WEST, b);
      assertThat(find(t, pair[0], Region.SOUTH_WEST)).as(pair[0]).isSameAs(first);
      assertThat(find(t, pair[1], Region.SOUTH_WEST)).as(pair[1]).isSameAs(second);
      assertThat(find(t, pair[1].replace('B', 'C'), Region.SOUTH_WEST)).isNull();
    }
  }

  @Test
  void findsEveryOneOfManyEntries_afterTheTableGrows() throws IOException {
    AuthorityTable t = new AuthorityTable();
    AuthorityTable.Entry[] added = new AuthorityTable.Entry[1000];
    for (int i = 0; i < added.length; i++) {
      added[i] = add(t, (100 + i) + ",E0600" + (1000 + i) + ",Town " + i + "\n", Region.LONDON);
    }
    for (int i = 0; i < added.length; i++) {
      assertThat(find(t, (100 + i) + ",E0600" + (1000 + i) + ",Town " + i + "\n",
          Region.LONDON)).as("entry %s", i).isSameAs(added[i]);
    }
  }
}
