package io.github.csww.io.internal;

import io.github.csww.Authority;
import io.github.csww.Region;
import java.util.Arrays;
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
   * rarely tell apart what numbers and codes do not; {@link #find} compares every byte).
   */
  static int hash(byte[] b, int s1, int e1, int s2, int e2, int s3, int e3, Region region) {
    int h = region.hashCode() * 31 + (e3 - s3);
    h = mix(h, b, s1, e1);
    h = mix(h, b, s2, e2);
    return h ^ (h >>> 16);
  }

  private static int mix(int h, byte[] b, int s, int e) {
    for (int i = s; i < e; i++) {
      h = 31 * h + b[i];
    }
    return 31 * h + (e - s);
  }

  /** The entry for these cells, or null. */
  Entry find(int hash, byte[] b, int s1, int e1, int s2, int e2, int s3, int e3, Region region) {
    for (Entry e = table[hash & (table.length - 1)]; e != null; e = e.next) {
      if (e.hash == hash && e.region == region && e.length1 == e1 - s1
          && e.length2 == e2 - s2 && e.key.length == e.length1 + e.length2 + (e3 - s3)
          && Arrays.equals(e.key, 0, e.length1, b, s1, e1)
          && Arrays.equals(e.key, e.length1, e.length1 + e.length2, b, s2, e2)
          && Arrays.equals(e.key, e.length1 + e.length2, e.key.length, b, s3, e3)) {
        return e;
      }
    }
    return null;
  }

  /** Adds an entry for these cells. */
  Entry add(int hash, byte[] b, int s1, int e1, int s2, int e2, int s3, int e3, Region region,
      Authority authority) {
    int l1 = e1 - s1;
    int l2 = e2 - s2;
    byte[] key = new byte[l1 + l2 + (e3 - s3)];
    System.arraycopy(b, s1, key, 0, l1);
    System.arraycopy(b, s2, key, l1, l2);
    System.arraycopy(b, s3, key, l1 + l2, e3 - s3);
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
