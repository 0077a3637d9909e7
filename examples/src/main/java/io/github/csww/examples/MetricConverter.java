package io.github.csww.examples;

import io.github.csww.Metric;
import io.github.csww.UnknownMetricException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a metric name as typed on the command line: its command-line name ({@code agency-rate}),
 * enum name ({@code AGENCY_RATE}) or column name in either layout ({@code agency_rate_fte},
 * {@code agency_worker_rate_fte_%}); an unknown one is answered with the closest names, when
 * any is close, and the valid ones.
 */
final class MetricConverter implements ITypeConverter<Metric> {

  @Override
  public Metric convert(String text) {
    try {
      return Metric.fromName(text);
    } catch (UnknownMetricException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
