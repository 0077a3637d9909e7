package io.github.csww.io.internal;

import io.github.csww.Authority;
import io.github.csww.Region;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * The authorities of a file, found by the bytes of their {@code old_la_code}, {@code
 * new_la_code} and {@code la_name} cells and their region, so a row of a known authority costs
 * no string and no object.
 */
final class AuthorityTable {

  /** One distinct (LA number, code, name, region) as written in the file. */
  static final class Entry {
    final int hash;
    final byte[] key;
    final int length1;
    final int length2;
    final Region region;
    final Authority authority;
    /** Shared by every entry with the same LA number(s): the area a duplicate is judged by. */
    final YearLines years;
    /** The records of its LA numbers for the partner-row check, once its first row is read. */
    PartnerRows.Number[] partners;
    /** True when {@link CombinedReturns#fold} may fold its rows into a combined return. */
    final boolean mayFold;
    Entry next;

    Entry(int hash, byte[] key, int length1, int length2, Region region, Authority authority,
        YearLines years) {
      this.hash = hash;
      this.key = key;
      this.length1 = length1;
      this.length2 = length2;
      this.region = region;
      this.authority = authority;
      this.years = years;
      this.mayFold = CombinedReturns.mayFold(authority);
    }
  }

  private Entry[] table = new Entry[256];
  private int size;
  private final Map<List<Integer>, YearLines> byNumbers = new HashMap<>();

  /**
   * A hash of the LA number and code cells, the length of the name cell and the region (names
   * rarely tell apart what numbers and codes do not; {@link #find} compares every byte), read
   * from a record's LA number, code and name fields {@code c1}, {@code c2} and {@code c3}.
   */
  static int hash(CsvRecord r, int c1, int c2, int c3, Region region) {
    byte[] b = r.buffer();
    int h = region.hashCode() * 31 + (r.end(c3) - r.start(c3));
    h = mix(h, b, r.start(c1), r.end(c1));
    h = mix(h, b, r.start(c2), r.end(c2));
    return h ^ (h >>> 16);
  }

  private static int mix(int h, byte[] b, int s, int e) {
    for (int i = s; i < e; i++) {
      h = 31 * h + b[i];
    }
    return 31 * h + (e - s);
  }

  /** The entry for a record's LA number, code and name fields and the region, or null. */
  Entry find(int hash, CsvRecord r, int c1, int c2, int c3, Region region) {
    byte[] b = r.buffer();
    for (Entry e = table[hash & (table.length - 1)]; e != null; e = e.next) {
      if (e.hash == hash && e.region == region && e.length1 == r.end(c1) - r.start(c1)
          && e.length2 == r.end(c2) - r.start(c2)
          && e.key.length == e.length1 + e.length2 + r.end(c3) - r.start(c3)
          && same(e.key, 0, b, r.start(c1), e.length1)
          && same(e.key, e.length1, b, r.start(c2), e.length2)
          && same(e.key, e.length1 + e.length2, b, r.start(c3),
              e.key.length - e.length1 - e.length2)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Whether {@code length} bytes of {@code key} from {@code k} equal those of {@code b} from
   * {@code s}. A plain loop: the cells are a few bytes long, and a file of a few thousand rows
   * is read before the compiler has made {@code Arrays.equals}'s vectorised comparison fast
   * (with it, the look-up took 3.8 ms of the published file's load, with this loop 1.3).
   */
  private static boolean same(byte[] key, int k, byte[] b, int s, int length) {
    for (int i = 0; i < length; i++) {
      if (key[k + i] != b[s + i]) {
        return false;
      }
    }
    return true;
  }

  /** Adds an entry for a record's LA number, code and name fields and the region. */
  Entry add(int hash, CsvRecord r, int c1, int c2, int c3, Region region, Authority authority) {
    int l1 = r.end(c1) - r.start(c1);
    int l2 = r.end(c2) - r.start(c2);
    byte[] key = new byte[l1 + l2 + r.end(c3) - r.start(c3)];
    System.arraycopy(r.buffer(), r.start(c1), key, 0, l1);
    System.arraycopy(r.buffer(), r.start(c2), key, l1, l2);
    System.arraycopy(r.buffer(), r.start(c3), key, l1 + l2, key.length - l1 - l2);
    YearLines years = byNumbers.get(authority.laNumbers());
    if (years == null) {
      years = new YearLines();
      byNumbers.put(authority.laNumbers(), years);
    }
    Entry e = new Entry(hash, key, l1, l2, region, authority, years);
    if (size >= table.length * 3 / 4) {
      resize();
    }
    int i = hash & (table.length - 1);
    e.next = table[i];
    table[i] = e;
    size++;
    return e;
  }

  private void resize() {
    Entry[] old = table;
    table = new Entry[old.length * 2];
    for (Entry head : old) {
      Entry e = head;
      while (e != null) {
        Entry next = e.next;
        int i = e.hash & (table.length - 1);
        e.next = table[i];
        table[i] = e;
        e = next;
      }
    }
  }
}
