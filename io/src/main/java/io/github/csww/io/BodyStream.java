package io.github.csww.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A response body as an {@link InputStream} that gives up when no byte arrives for the idle
 * timeout: {@link HttpResponse.BodyHandlers#ofInputStream()} waits for ever on a server that
 * sent its headers and then stalled, and {@link java.net.http.HttpRequest#timeout} covers only
 * the wait for the headers. A stall or a broken connection is a {@link Failed}, which {@link
 * EesTransport} retries as it retries a failed connection.
 */
final class BodyStream extends InputStream implements HttpResponse.BodySubscriber<InputStream> {
  private static final Object END = new Object();

  /** Reading the body failed: it stalled or the connection broke off. */
  static final class Failed extends IOException {
    private static final long serialVersionUID = 1L;
    private final boolean stalled;

    Failed(String message, boolean stalled, Throwable cause) {
      super(message, cause);
      this.stalled = stalled;
    }

    /** Whether no byte came for the idle timeout (else the connection broke off). */
    boolean stalled() {
      return stalled;
    }
  }

  private final URI uri;
  private final Duration idle;
  private final BlockingQueue<Object> signals = new LinkedBlockingQueue<>();
  private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
  private Iterator<ByteBuffer> items = Collections.emptyIterator();
  private ByteBuffer current;
  private boolean ended;
  private long count;

  /**
   * A body stream.
   *
   * @param uri the address, for messages
   * @param idle the longest wait for the next bytes
   */
  BodyStream(URI uri, Duration idle) {
    this.uri = uri;
    this.idle = idle;
  }

  /** A handler giving the body of a request to {@code uri} with an idle timeout. */
  static HttpResponse.BodyHandler<InputStream> handler(URI uri, Duration idle) {
    return info -> new BodyStream(uri, idle);
  }

  // ---------------------------------------------------------------- subscriber

  @Override
  public void onSubscribe(Flow.Subscription s) {
    if (!subscription.compareAndSet(null, s)) {
      s.cancel();
      return;
    }
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    signals.add(item);
  }

  @Override
  public void onError(Throwable t) {
    signals.add(t);
  }

  @Override
  public void onComplete() {
    signals.add(END);
  }

  @Override
  public CompletionStage<InputStream> getBody() {
    return CompletableFuture.completedFuture(this);
  }

  // ---------------------------------------------------------------- stream

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    java.util.Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, current.remaining());
    current.get(b, off, n);
    count += n;
    return n;
  }

  @Override
  public int available() {
    return current == null ? 0 : current.remaining();
  }

  /** Makes {@code current} hold bytes; false at the end of the body. */
  @SuppressWarnings("unchecked")
  private boolean fill() throws IOException {
    while (current == null || !current.hasRemaining()) {
      if (items.hasNext()) {
        current = items.next();
        continue;
      }
      if (ended) {
        return false;
      }
      Object signal;
      try {
        signal = signals.poll(idle.toNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        cancel();
        InterruptedIOException ie = new InterruptedIOException("interrupted reading " + uri);
        ie.initCause(e);
        throw ie;
      }
      if (signal == null) {
        cancel();
        ended = true;
        throw new Failed("no data for " + seconds(idle) + " after " + count + " bytes", true,
            null);
      }
      if (signal == END) {
        ended = true;
        return false;
      }
      if (signal instanceof Throwable t) {
        ended = true;
        throw new Failed("after " + count + " bytes: " + t, false, t);
      }
      items = ((List<ByteBuffer>) signal).iterator();
      Flow.Subscription s = subscription.get();
      if (s != null) {
        s.request(1);
      }
    }
    return true;
  }

  private void cancel() {
    Flow.Subscription s = subscription.get();
    if (s != null) {
      s.cancel();
    }
  }

  @Override
  public void close() {
    if (!ended) {
      ended = true;
      cancel();
    }
  }

  /** A duration for people: {@code 1 h}, {@code 5 min}, {@code 3 s}, {@code 0.5 s}. */
  static String seconds(Duration d) {
    if (!d.isZero() && d.toMillis() % 3_600_000 == 0) {
      return d.toHours() + " h";
    }
    if (!d.isZero() && d.toMillis() % 60_000 == 0) {
      return d.toMinutes() + " min";
    }
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
  }
}
