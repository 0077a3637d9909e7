package io.github.csww.examples;

import io.github.csww.Metric;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a metric name as typed on the command line ({@code caseload}, {@code agency-rate}); a
 * misspelt one is answered with the closest names and the valid ones.
 */
final class MetricConverter implements ITypeConverter<Metric> {

  @Override
  public Metric convert(String text) {
    try {
      return Metric.fromName(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
