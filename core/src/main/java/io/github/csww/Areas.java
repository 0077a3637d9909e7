package io.github.csww;

/** Area identity: an authority is the same authority whatever history a copy of it carries. */
final class Areas {
  private Areas() {}

  /** True for equal areas, and for two authorities with the same LA number(s). */
  static boolean same(Area a, Area b) {
    if (a instanceof Authority x && b instanceof Authority y) {
      return x.laNumbers().equals(y.laNumbers());
    }
    return a.equals(b);
  }
}
