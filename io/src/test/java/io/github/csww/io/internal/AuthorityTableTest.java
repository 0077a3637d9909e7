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
