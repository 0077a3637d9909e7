package io.github.csww.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The records of a {@link CsvScanner}, split on another thread: the scanner runs ahead and copies
 * each record into one of a few batches, while the caller builds rows from the batch before. On
 * two cores the split and the rows then take the time of the slower of the two, not their sum.
 *
 * <p>The caller sees exactly what the scanner would give, in the same order, with the same line
 * numbers: a scanner error (an unterminated quote, a row too long, a file over its size limit)
 * arrives after every record before it, where the scanner itself would have thrown it. {@link
 * #close()} stops the reading thread and waits for it; the caller must call it, also after a
 * failure. Used for large files only: a thread is not worth starting for the published files'
 * few thousand rows.
 */
final class PipelinedRecords extends CsvRecord {
  /** Bytes a batch holds before it is handed over. */
  static final int BATCH_BYTES = 1 << 19;
  private final int batchBytes;
  /** Batches in flight: one being filled, one being read, one waiting. */
  private static final int BATCHES = 3;

  /** A run of records copied out of the scanner. */
  private static final class Batch {
    byte[] bytes;
    int used;
    int[] starts;
    int[] ends;
    byte[] flags;
    int fields;
    /** Per record: its first field, its field count, its line and its flags. */
    int[] first = new int[1 << 12];
    int[] counts = new int[1 << 12];
    long[] lines = new long[1 << 12];
    int[] recordFlags = new int[1 << 12];
    /** Per record, the codes of its metric cells ({@link MetricCells#decode}). */
    int[] codes;
    int records;
    /** Set on the last batch: why the scanner stopped, or null at the end of the input. */
    Throwable failure;
    boolean last;

    Batch(int size) {
      bytes = new byte[size];
      // Room for fields of 6 bytes on average without growing (published rows average 9).
      int fields = Math.max(64, size / 6);
      starts = new int[fields];
      ends = new int[fields];
      flags = new byte[fields];
    }

    void clear() {
      used = 0;
      fields = 0;
      records = 0;
    }
  }

  private final CsvScanner scanner;
  /** The metric columns; their number. */
  private final int[] metricCols;
  private final int metrics;
  /**
   * The reading thread decodes the last quarter of each record's metric cells, from this one;
   * the caller decodes the rest. Measured on the 1M-row file (benchmarks/RESULTS.md), this
   * split keeps both threads about equally busy: the reader also splits every record.
   */
  private final int decodeFrom;
  /** The fields a record must have for its cells to be decoded (else the reader refuses it). */
  private final int columns;
  private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES);
  private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
  private final Thread reader;
  private volatile boolean stopped;
  private Batch current;
  private int record;

  /**
   * Starts reading the scanner's records after the one it is on (the header) on a thread of its
   * own; the parameters are the constructor's. Typed as a {@link CsvRecord}, so that the parser,
   * which assigns it to a {@code CsvRecord} field, need not load this class to verify the
   * assignment: a file too small to split never loads it.
   *
   * @return the records; {@link #close()} stops the thread
   */
  static CsvRecord start(CsvScanner scanner, int batchBytes, int columns, int[] metricCols) {
    return new PipelinedRecords(scanner, batchBytes, columns, metricCols);
  }

  /**
   * Starts reading the scanner's records after the one it is on (the header).
   *
   * @param scanner a scanner whose header has been read and named; read only by the new thread
   *     from now on
   * @param batchBytes the bytes a batch holds before it is handed over ({@link #BATCH_BYTES};
   *     tests use a few)
   * @param columns the fields of a well-formed record
   * @param metricCols the fields holding metric cells, decoded on the reading thread
   */
  private PipelinedRecords(CsvScanner scanner, int batchBytes, int columns, int[] metricCols) {
    super(scanner.source, null, null, null);
    this.scanner = scanner;
    this.columns = columns;
    this.metricCols = metricCols.clone();
    this.metrics = metricCols.length;
    this.decodeFrom = metrics - (metrics + 3) / 4;
    this.batchBytes = batchBytes;
    this.names = scanner.names;
    for (int i = 0; i < BATCHES; i++) {
      Batch b = new Batch(batchBytes);
      b.codes = new int[b.first.length * metrics];
      free.add(b);
    }
    reader = new Thread(this::fill, "csww-csv-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** The reading thread: fills batches until the input ends, fails or the caller stops. */
  private void fill() {
    Batch b = null;
    try {
      while (!stopped) {
        b = free.poll(100, TimeUnit.MILLISECONDS);
        if (b == null) {
          continue;
        }
        b.clear();
        boolean more = true;
        while (b.used < batchBytes - (batchBytes >> 3) && (more = scanner.next())) {
          copy(b);
        }
        b.last = !more;
        Batch handed = b;
        b = null;
        hand(handed);
        if (handed.last) {
          return;
        }
      }
    } catch (Throwable t) {
      Batch failed = b != null ? b : new Batch(16);
      failed.failure = t;
      failed.last = true;
      try {
        hand(failed);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void hand(Batch b) throws InterruptedException {
    while (!stopped && !full.offer(b, 100, TimeUnit.MILLISECONDS)) {
      // the caller is busy with the batches before this one
    }
  }

  /** Copies the scanner's current record to the end of the batch. */
  private void copy(Batch b) {
    CsvScanner s = scanner;
    int n = s.count;
    int from = n == 0 ? 0 : s.starts[0];
    int to = n == 0 ? 0 : s.ends[n - 1];
    int length = to - from;
    if (b.used + length > b.bytes.length) {
      b.bytes = Arrays.copyOf(b.bytes, Math.max(b.bytes.length * 2, b.used + length));
    }
    if (b.fields + n > b.starts.length) {
      int size = Math.max(b.starts.length * 2, b.fields + n);
      b.starts = Arrays.copyOf(b.starts, size);
      b.ends = Arrays.copyOf(b.ends, size);
      b.flags = Arrays.copyOf(b.flags, size);
    }
    if (b.records == b.first.length) {
      int size = b.records * 2;
      b.first = Arrays.copyOf(b.first, size);
      b.counts = Arrays.copyOf(b.counts, size);
      b.lines = Arrays.copyOf(b.lines, size);
      b.recordFlags = Arrays.copyOf(b.recordFlags, size);
      b.codes = Arrays.copyOf(b.codes, size * metrics);
    }
    System.arraycopy(s.buf, from, b.bytes, b.used, length);
    int shift = b.used - from;
    for (int i = 0; i < n; i++) {
      b.starts[b.fields + i] = s.starts[i] + shift;
      b.ends[b.fields + i] = s.ends[i] + shift;
    }
    System.arraycopy(s.flags, 0, b.flags, b.fields, n);
    b.first[b.records] = b.fields;
    b.counts[b.records] = n;
    b.lines[b.records] = s.recordLine;
    b.recordFlags[b.records] = s.recordFlags;
    int at = b.records * metrics;
    if (n == columns) {
      Arrays.fill(b.codes, at, at + decodeFrom, MetricCells.UNREAD);
      for (int k = decodeFrom; k < metrics; k++) {
        int col = metricCols[k];
        b.codes[at + k] = MetricCells.decode(s.buf, s.starts[col], s.ends[col]);
      }
    } else {
      Arrays.fill(b.codes, at, at + metrics, MetricCells.UNREAD);
    }
    b.records++;
    b.fields += n;
    b.used += length;
  }

  @Override
  boolean next() throws IOException {
    while (current == null || record >= current.records) {
      if (current != null) {
        if (current.last) {
          return finish(current);
        }
        free.add(current);
        current = null;
      }
      try {
        current = full.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while reading " + source, e);
      }
      record = 0;
      buf = current.bytes;
      starts = current.starts;
      ends = current.ends;
      flags = current.flags;
      codes = current.codes;
    }
    Batch b = current;
    base = b.first[record];
    count = b.counts[record];
    recordLine = b.lines[record];
    recordFlags = b.recordFlags[record];
    codeBase = record * metrics;
    record++;
    return true;
  }

  /** At the last batch: the end of the input, or the scanner's failure rethrown. */
  private boolean finish(Batch b) throws IOException {
    Throwable t = b.failure;
    if (t == null) {
      return false;
    }
    if (t instanceof IOException e) {
      throw e;
    }
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new UncheckedIOException(new IOException(t));
  }

  /** Stops the reading thread and waits for it to end. */
  @Override
  public void close() {
    stopped = true;
    boolean interrupted = false;
    while (reader.isAlive()) {
      try {
        reader.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
