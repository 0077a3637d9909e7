package io.github.csww.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The files of the EES client's cache directory: {@code ID/data-set.json}, {@code
 * ID/versions.json}, {@code ID/latest[-SPEC].json} and, per concrete version, {@code
 * ID/VERSION/version.json}, {@code meta.json}, {@code query-HASH.json} and {@code
 * data-set.csv}. Files are written to a temporary name beside the target and moved into place,
 * so a reader never sees half a file.
 */
public final class EesCache {
  private final Path root;

  /**
   * A cache under a directory (created when first written).
   *
   * @param root the directory
   */
  public EesCache(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * The cache directory.
   *
   * @return the absolute, normalised directory
   */
  public Path root() {
    return root;
  }

  /**
   * A file of a data set.
   *
   * @param dataSetId the data set id
   * @param name the file name, for example {@code data-set.json}
   * @return the path
   */
  public Path file(String dataSetId, String name) {
    return root.resolve(dataSetId).resolve(name);
  }

  /**
   * A file of a concrete version.
   *
   * @param dataSetId the data set id
   * @param version the concrete version number
   * @param name the file name, for example {@code meta.json}
   * @return the path
   */
  public Path file(String dataSetId, String version, String name) {
    return root.resolve(dataSetId).resolve(version).resolve(name);
  }

  /**
   * The bytes of a cached file, when present.
   *
   * @param file the file
   * @return its bytes, or empty when absent
   * @throws IOException if it cannot be read
   */
  public Optional<byte[]> read(Path file) throws IOException {
    return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
  }

  /**
   * Writes bytes, replacing the file whole.
   *
   * @param file the file
   * @param bytes the content
   * @throws IOException if it cannot be written
   */
  public void write(Path file, byte[] bytes) throws IOException {
    Path tmp = temp(file);
    try {
      Files.write(tmp, bytes);
      move(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Copies a stream into a file, replacing it whole only once the stream has ended.
   *
   * @param file the file
   * @param in the content, read to its end (the caller closes it)
   * @throws IOException if it cannot be read or written
   */
  public void write(Path file, InputStream in) throws IOException {
    Path tmp = temp(file);
    try {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      move(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static Path temp(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
