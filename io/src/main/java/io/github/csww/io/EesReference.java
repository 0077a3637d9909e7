package io.github.csww.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * What a file argument {@code ees:ID} or {@code ees:ID@VERSION} names (see {@link
 * EesClient#resolve(String)}): a data set id and a version, {@link EesClient#LATEST} when none
 * is given. Both are checked when the reference is made, without a request, so a program can
 * refuse a malformed reference as a mistake in its arguments before it asks the API for
 * anything.
 *
 * <pre>{@code
 * EesReference r = EesReference.parse("ees:7588c2d6-9e8a-4d84-8f19-6b8d52a01fbd@2.*");
 * r.dataSetId();   // "7588c2d6-9e8a-4d84-8f19-6b8d52a01fbd"
 * r.version();     // "2.*"
 * EesReference.parse("ees:abc@v2");   // IllegalArgumentException: ... got "v2"
 * }</pre>
 *
 * @param dataSetId the data set id: letters, digits and hyphens (a GUID)
 * @param version a version number such as {@code 2.0}, a wildcard such as {@code 2.*}, or
 *     {@link EesClient#LATEST}
 */
public record EesReference(String dataSetId, String version) {

  /**
   * A reference, checked.
   *
   * @param dataSetId the data set id: letters, digits and hyphens
   * @param version a version number, a wildcard or {@code latest}; empty means {@code latest}
   * @throws IllegalArgumentException if the id is not letters, digits and hyphens, or the
   *     version is not a number, a wildcard or {@code latest}, naming the value
   */
  public EesReference {
    EesRequests.checkId(dataSetId);
    requireNonNull(version, "version");
    version = version.isEmpty() ? EesClient.LATEST : version;
    EesVersionResolver.checkVersion(version);
  }

  /**
   * Splits and checks a reference.
   *
   * @param reference {@code ees:ID} or {@code ees:ID@VERSION}
   * @return its id and version
   * @throws IllegalArgumentException if it does not start with {@value EesClient#FILE_PREFIX},
   *     or its id or version is malformed; the message names the reference
   */
  public static EesReference parse(String reference) {
    requireNonNull(reference, "reference");
    checkArgument(EesClient.isReference(reference),
        "an EES reference is ees:DATASET_ID or ees:DATASET_ID@VERSION, got \"%s\"", reference);
    String rest = reference.substring(EesClient.FILE_PREFIX.length());
    int at = rest.indexOf('@');
    try {
      return at < 0 ? new EesReference(rest, EesClient.LATEST)
          : new EesReference(rest.substring(0, at), rest.substring(at + 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"" + reference + "\" is not ees:DATASET_ID or "
          + "ees:DATASET_ID@VERSION: " + e.getMessage(), e);
    }
  }

  /**
   * The reference in full, {@code ees:ID@VERSION}: {@code ees:abc} reads as {@code ees:abc@latest}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return EesClient.FILE_PREFIX + dataSetId + "@" + version;
  }
}
