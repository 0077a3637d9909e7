package io.github.csww.examples;

import io.github.csww.Judgements;
import io.github.csww.Workforce;
import io.github.csww.io.OfstedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The bundled sample data, and the choice between it and a file the user names.
 *
 * <p>The sample is two small files written from published figures (their README, beside them in
 * the jar, gives sources and licence): the workforce figures of ten authorities and England on 30
 * September 2017, and the Ofsted judgements in force for those ten in February 2018. {@link
 * #workforce()} returns the figures alone; join the judgements where you want them, and look them
 * up on {@link #JUDGEMENTS_AS_AT}: the sample's judgement dates are placeholders meaning "in force
 * by February 2018", so on the census date none is in force yet.
 *
 * <pre>{@code
 * Workforce sample = Sample.workforce();   // ten authorities and England, 2017
 * Ranking r = sample.withJudgements(Sample.judgements()).rankBy(Metric.CASELOAD)
 *     .judgementsAt(Sample.JUDGEMENTS_AS_AT);
 * r.top(1).rows().get(0).judgement();             // Optional[Staffordshire (E10000028): Good, ...]
 * Workforce mine = Sample.workforce(Optional.of(Path.of("csww.csv")));
 * }</pre>
 */
public final class Sample {
  /** The class-path resource holding the sample workforce, in the 2025 EES layout. */
  public static final String WORKFORCE_RESOURCE = "sample/csww_sample_2017.csv";

  /** The class-path resource holding the sample judgements, in {@link OfstedReader}'s CSV. */
  public static final String JUDGEMENTS_RESOURCE = "sample/ofsted_sample_2018.csv";

  /**
   * The date to look the sample judgements up on: 28 February 2018. They are the judgements in
   * force in February 2018, when the 2017 figures were published, and their dates are
   * placeholders (2018-01-31) that say no more than that.
   */
  public static final LocalDate JUDGEMENTS_AS_AT = LocalDate.of(2018, 2, 28);

  private Sample() {}

  /**
   * The bundled sample: ten authorities and England on 30 September 2017 (and England 2016),
   * without judgements.
   *
   * @return the sample workforce
   */
  public static Workforce workforce() {
    try (InputStream in = open(WORKFORCE_RESOURCE)) {
      return Workforce.load(in, "csww_sample_2017.csv");
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled sample could not be read", e);
    }
  }

  /**
   * The bundled sample judgements: the Ofsted judgement in force in February 2018 for each of the
   * ten sample authorities (eleven rows: Kingston upon Thames and Richmond upon Thames, one
   * workforce return, are inspected separately). Look them up on {@link #JUDGEMENTS_AS_AT}.
   *
   * @return the sample judgements
   */
  public static Judgements judgements() {
    try (InputStream in = open(JUDGEMENTS_RESOURCE)) {
      return OfstedReader.read(in, "ofsted_sample_2018.csv");
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled sample judgements could not be read", e);
    }
  }

  /**
   * The file if one is given, else the bundled sample.
   *
   * @param file a workforce file (EES CSV or csww JSON), or empty for the sample
   * @return the file's workforce, or the sample
   * @throws IOException if the file cannot be read
   */
  public static Workforce workforce(Optional<Path> file) throws IOException {
    return file.isPresent() ? Workforce.load(file.get()) : workforce();
  }

  static InputStream open(String resource) {
    InputStream in = Sample.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("bundled resource " + resource + " is missing from the jar");
    }
    return in;
  }
}
