package io.github.csww.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * What a file argument {@code ees:ID} or {@code ees:ID@VERSION} names (see {@link
 * EesClient#resolve(String)}): a data set id and a version, {@link EesClient#LATEST} when none is
 * given. Neither is checked here; the client checks both when it asks for them.
 *
 * @param dataSetId the text between {@code ees:} and the first {@code @}
 * @param version the text after the first {@code @}, or {@link EesClient#LATEST}
 */
record EesReference(String dataSetId, String version) {

  /**
   * Splits a reference.
   *
   * @param reference {@code ees:ID} or {@code ees:ID@VERSION}
   * @return its id and version
   * @throws IllegalArgumentException if it does not start with {@value EesClient#FILE_PREFIX}
   */
  static EesReference parse(String reference) {
    requireNonNull(reference, "reference");
    checkArgument(EesClient.isReference(reference),
        "an EES reference is ees:DATASET_ID or ees:DATASET_ID@VERSION, got \"%s\"", reference);
    String rest = reference.substring(EesClient.FILE_PREFIX.length());
    int at = rest.indexOf('@');
    return at < 0 ? new EesReference(rest, EesClient.LATEST)
        : new EesReference(rest.substring(0, at), rest.substring(at + 1));
  }
}
