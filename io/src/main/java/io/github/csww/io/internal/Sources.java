package io.github.csww.io.internal;

import io.github.csww.LoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Checks a path before it is opened, so a missing file or a folder gets a clear message. */
public final class Sources {
  private Sources() {}

  /**
   * Checks that the path is a readable regular file.
   *
   * @throws LoadException naming the path when it does not exist or is a directory
   */
  public static void checkFile(Path path) throws IOException {
    checkFile(path, "a workforce file");
  }

  /**
   * Checks that the path is a readable regular file.
   *
   * @param what what the file should be, for the message: {@code "an Ofsted outcomes file"}
   * @throws LoadException naming the path when it does not exist or is a directory
   */
  public static void checkFile(Path path, String what) throws IOException {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new LoadException(name, 0, 0, "is a directory, expected " + what);
    }
    if (!Files.exists(path)) {
      throw new LoadException(name, 0, 0, "no such file",
          new NoSuchFileException(name, null, "no such file"));
    }
  }

  /**
   * A guess at the number of rows of a CSV file of this size, to size lists once. Capped at
   * {@value #MAX_EXPECTED_ROWS}: a file's size is what it declares, not what it holds (a sparse
   * file of 13 GB holds nothing), so it may size a list only up to a few megabytes.
   */
  public static int expectedRows(Path path) {
    try {
      long rows = Files.size(path) / 190;
      return (int) Math.min(rows, MAX_EXPECTED_ROWS);
    } catch (IOException e) {
      return 0;
    }
  }

  /** The most rows a list is sized for before any is read. */
  static final int MAX_EXPECTED_ROWS = 1 << 20;

  /**
   * Checks that a file is no larger than a bound, before it is read.
   *
   * @param path the file
   * @param limit the most bytes allowed
   * @param what the bound's name, for the message
   * @throws LoadException naming the file, its size and the bound when it is larger
   */
  public static void checkSize(Path path, long limit, String what) throws IOException {
    long size = Files.size(path);
    if (size > limit) {
      throw new LoadException(path.toString(), 0, 0, "is " + size + " bytes, larger than "
          + limit + " bytes, the limit (" + what + "); raise it to read a larger file");
    }
  }

  /** True when the name ends with the extension, ignoring case: {@code endsWith(n, ".csv")}. */
  public static boolean hasExtension(String name, String extension) {
    return name.regionMatches(true, name.length() - extension.length(), extension, 0,
        extension.length());
  }

  /** The head of a source without a UTF-8 byte order mark and leading white space. */
  public static int firstSignificant(byte[] head) {
    int i = 0;
    if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB
        && head[2] == (byte) 0xBF) {
      i = 3;
    }
    while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r'
        || head[i] == '\n')) {
      i++;
    }
    return i;
  }
}
