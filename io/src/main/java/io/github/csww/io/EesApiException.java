package io.github.csww.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A request to the Explore Education Statistics (EES) public data API that failed: an error
 * status, a body that is not what the API describes, a timeout after the last retry, or, offline,
 * a response that is not in the cache. The message names the HTTP status (where there was one),
 * the data set, the version and the API's own error title, detail and validation errors.
 *
 * <pre>{@code
 * try {
 *   client.meta("5b4a29f0-9e8a-4d84-8f19-6b8d52a01fbd", "9.9");
 * } catch (EesApiException e) {
 *   e.status();     // OptionalInt[404]
 *   e.title();      // the API's "title", for example "Not Found"
 * }
 * }</pre>
 */
public class EesApiException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status, 0 when there was no response. */
  private final int status;
  /** The data set asked for. */
  private final String dataSetId;
  /** The version asked for, {@code ""} for the latest. */
  private final String version;
  /** The API's error title, or {@code ""}. */
  private final String title;
  /** The API's error detail, or {@code ""}. */
  private final String detail;
  /** The API's validation errors. */
  private final ImmutableList<String> errors;
  /** Whether asking again later may succeed. */
  private final boolean isTransient;

  /**
   * A failed request.
   *
   * @param message what failed, for people; the status, data set, version, title, detail and
   *     errors are added to it
   * @param status the HTTP status, or {@code 0} when there was no response (timeout, connection
   *     refused, offline)
   * @param dataSetId the data set asked for
   * @param version the version asked for, or {@code ""} when none was named
   * @param title the error title from the API's error body, or {@code ""}
   * @param detail the error detail from the API's error body, or {@code ""}
   * @param errors the API's validation errors, each as {@code path: message (code)}
   * @param cause the underlying failure, or {@code null}
   */
  public EesApiException(String message, int status, String dataSetId, String version,
      String title, String detail, List<String> errors, Throwable cause) {
    this(message, status, dataSetId, version, title, detail, errors, cause,
        status == 429 || status >= 500);
  }

  /**
   * A failed request that may or may not be {@linkplain #isTransient() transient}, whatever its
   * status: the transport's timeouts, failed connections and bodies that stall or break off.
   */
  EesApiException(String message, int status, String dataSetId, String version, String title,
      String detail, List<String> errors, Throwable cause, boolean isTransient) {
    super(compose(message, status, dataSetId, version, title, detail, errors), cause);
    this.isTransient = isTransient;
    this.status = status;
    this.dataSetId = Objects.requireNonNull(dataSetId, "dataSetId");
    this.version = Objects.requireNonNull(version, "version");
    this.title = Objects.requireNonNull(title, "title");
    this.detail = Objects.requireNonNull(detail, "detail");
    this.errors = ImmutableList.copyOf(errors);
  }

  private static String compose(String message, int status, String dataSetId, String version,
      String title, String detail, List<String> errors) {
    StringBuilder b = new StringBuilder("EES API: ").append(message);
    if (status > 0) {
      b.append(" (HTTP ").append(status).append(')');
    }
    b.append("; data set ").append(dataSetId);
    b.append(version.isEmpty() ? ", latest version" : ", version " + version);
    if (!title.isEmpty()) {
      b.append("; ").append(title);
    }
    if (!detail.isEmpty()) {
      b.append(": ").append(detail);
    }
    if (!errors.isEmpty()) {
      b.append("; errors: ").append(String.join("; ", errors));
    }
    return b.toString();
  }

  /**
   * The HTTP status of the response that failed.
   *
   * @return the status, or empty when no response came (timeout, connection failure, offline)
   */
  public OptionalInt status() {
    return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
  }

  /**
   * The data set the request was for.
   *
   * @return the data set id as given
   */
  public String dataSetId() {
    return dataSetId;
  }

  /**
   * The version the request was for.
   *
   * @return the version as given ({@code 1.0}, {@code 2.*}), or empty for the latest
   */
  public Optional<String> version() {
    return version.isEmpty() ? Optional.empty() : Optional.of(version);
  }

  /**
   * The {@code title} of the API's error body.
   *
   * @return the title, or {@code ""} when the body had none
   */
  public String title() {
    return title;
  }

  /**
   * The {@code detail} of the API's error body.
   *
   * @return the detail, or {@code ""} when the body had none
   */
  public String detail() {
    return detail;
  }

  /**
   * The validation errors of a {@code 400} response, each as {@code path: message (code)}.
   *
   * @return the errors, empty when there were none
   */
  public List<String> errors() {
    return errors;
  }

  /**
   * Whether the failure may pass if the request is made again later: no response came (a
   * timeout or a failed connection), the API was overloaded or failed ({@code 429} or a {@code
   * 5xx} status), or the body stalled or broke off, in each case after the client's retries.
   * False for an answer that would not change by asking again: a {@code 4xx} status other than
   * {@code 429}, a response that is not what the API describes, or, offline, a response that is
   * not in the cache.
   *
   * @return true when asking again later may succeed
   */
  public boolean isTransient() {
    return isTransient;
  }
}
