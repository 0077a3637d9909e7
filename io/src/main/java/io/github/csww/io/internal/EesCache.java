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

  /** A cache under a directory (created when first written). */
  public EesCache(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The cache directory. */
  public Path root() {
    return root;
  }

  /** A file of a data set, for example {@code data-set.json}. */
  public Path file(String dataSetId, String name) {
    return root.resolve(dataSetId).resolve(name);
  }

  /** A file of a concrete version, for example {@code meta.json}. */
  public Path file(String dataSetId, String version, String name) {
    return root.resolve(dataSetId).resolve(version).resolve(name);
  }

  /** The bytes of a cached file, when present. */
  public Optional<byte[]> read(Path file) throws IOException {
    return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
  }

  /** Writes bytes, replacing the file whole. */
  public void write(Path file, byte[] bytes) throws IOException {
    Path tmp = temp(file);
    try {
      Files.write(tmp, bytes);
      move(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Copies a stream into a file, replacing it whole only once the stream has ended. */
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
