package io.github.csww.io.internal;

import io.github.csww.LoadException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that refuses to deliver more than a bound of bytes: the first read past it throws a
 * {@link LoadException} naming the source and the limit, so a stream of unknown length (or a file
 * that grows while it is read) is refused as soon as it is too large.
 */
public final class BoundedInput extends FilterInputStream {
  private final String source;
  private final long limit;
  private final String what;
  private long count;

  /**
   * Bounds a stream.
   *
   * @param in the stream; closing this closes it
   * @param source the file name, for messages
   * @param limit the most bytes allowed
   * @param what the bound's name, for messages: {@code "LoadLimits.maxFileBytes"}
   */
  public BoundedInput(InputStream in, String source, long limit, String what) {
    super(in);
    this.source = source;
    this.limit = limit;
    this.what = what;
  }

  private void add(long n) throws LoadException {
    count += n;
    if (count > limit) {
      throw tooLarge(source, limit, what);
    }
  }

  /**
   * The error for a file over its size bound.
   *
   * @param source the file name
   * @param limit the bound in bytes
   * @param what the bound's name
   * @return the exception, naming the file and the bound
   */
  public static LoadException tooLarge(String source, long limit, String what) {
    return new LoadException(source, 0, 0, "is larger than " + limit + " bytes, the limit ("
        + what + "); raise it to read a larger file");
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long k = super.skip(n);
    if (k > 0) {
      add(k);
    }
    return k;
  }
}
