package io.github.csww.examples;

import io.github.csww.Judgements;
import io.github.csww.StatisticalNeighbours;
import io.github.csww.Workforce;
import io.github.csww.io.StatisticalNeighboursReader;
import java.io.IOException;
import java.io.InputStream;

/**
 * The published files bundled, unchanged, in the examples jar: the command line's default data.
 * Each constant opens its file and gives its source line for charts and tables; the files' source
 * and licence are in the {@code README.md} and {@code NOTICE} beside them.
 *
 * <pre>{@code
 * Workforce wf = BundledData.workforce();                // 2017 to 2025, England, regions and LAs
 * Judgements ofsted = BundledData.judgements();          // Ofsted, as at 31 March 2025
 * StatisticalNeighbours sn = BundledData.neighbours();   // DfE's 2025 model
 * String source = BundledData.WORKFORCE.sourceLine();    // "Source: Department for Education, ..."
 * try (InputStream in = BundledData.WORKFORCE.open()) { ... }
 * }</pre>
 */
public enum BundledData {
  /** DfE, Children's social work workforce, 2025 release (Explore Education Statistics). */
  WORKFORCE("csww_indicators_2017_to_2025.csv", "Department for Education",
      "Children's social work workforce", "2025 release"),
  /** Ofsted, Local authority inspection outcomes as at 31 March 2025. */
  OFSTED("LA_Inspection_Outcomes_as_at_31_March_2025.ods", "Ofsted",
      "Local authority inspection outcomes", "as at 31 March 2025"),
  /** DfE, children's services statistical neighbour model, 2025. */
  NEIGHBOURS("sn_model_2025_wide.csv", "Department for Education",
      "Children's services statistical neighbour model", "2025");

  /** The licence line every chart or table made from the bundled data carries. */
  public static final String LICENCE_LINE =
      "Contains public sector information licensed under the Open Government Licence v3.0.";

  private static final String FOLDER = "/io/github/csww/examples/data/";

  private final String fileName;
  private final String publisher;
  private final String publication;
  private final String release;

  BundledData(String fileName, String publisher, String publication, String release) {
    this.fileName = fileName;
    this.publisher = publisher;
    this.publication = publication;
    this.release = release;
  }

  /**
   * The file's name as published, for example {@code csww_indicators_2017_to_2025.csv}. Readers
   * use it to tell the file's format, so it is the name to pass with the stream from {@link
   * #open()}.
   *
   * @return the published file name, without a folder
   */
  public String fileName() {
    return fileName;
  }

  /**
   * The class-path resource name, for example {@code /io/github/csww/examples/data/...csv}.
   *
   * @return the absolute resource name of the bundled file in the examples jar
   */
  public String resource() {
    return FOLDER + fileName;
  }

  /**
   * The publisher, for example {@code Department for Education}.
   *
   * @return the organisation that publishes the file, as named in the source line
   */
  public String publisher() {
    return publisher;
  }

  /**
   * The publication's title, for example {@code Children's social work workforce}.
   *
   * @return the title of the publication the file belongs to
   */
  public String publication() {
    return publication;
  }

  /**
   * The release, for example {@code 2025 release} or {@code as at 31 March 2025}.
   *
   * @return which release of the publication is bundled
   */
  public String release() {
    return release;
  }

  /**
   * The source and licence line for a chart or table: {@code Source: Department for Education,
   * Children's social work workforce, 2025 release. Contains public sector information licensed
   * under the Open Government Licence v3.0.}
   *
   * @return {@code Source: }, the publisher, publication and release, then {@link #LICENCE_LINE};
   *     ready to pass as the source of a chart's {@code Titles}
   */
  public String sourceLine() {
    return "Source: " + publisher + ", " + publication + ", " + release + ". " + LICENCE_LINE;
  }

  /**
   * Opens the bundled file; the caller closes the stream.
   *
   * @return a new stream over the file's bytes, unchanged from the publisher's, positioned at the
   *     start
   * @throws IllegalStateException if the resource is missing from the jar
   */
  public InputStream open() {
    InputStream in = BundledData.class.getResourceAsStream(resource());
    if (in == null) {
      throw new IllegalStateException("bundled resource " + resource() + " is missing from the jar");
    }
    return in;
  }

  /**
   * The bundled workforce file read strictly: England, regions and local authorities, 2017 to
   * 2025.
   *
   * @return a new {@code Workforce} holding every snapshot of the file
   * @throws IllegalStateException if the resource is missing from the jar, or no workforce reader
   *     is installed
   * @throws io.github.csww.LoadException naming the line and column of data that cannot be read
   * @throws IOException if the resource cannot be read
   */
  public static Workforce workforce() throws IOException {
    try (InputStream in = WORKFORCE.open()) {
      return Workforce.load(in, WORKFORCE.fileName());
    }
  }

  /**
   * Ofsted's judgements from the bundled workbook (latest judgements and ILACS history). They
   * are read from a small file derived from the workbook and bundled beside it ({@code
   * LA_Inspection_Outcomes_as_at_31_March_2025.judgements.tsv}, see the data folder's {@code
   * README.md}), which gives judgements equal to {@code OfstedReader.read(OFSTED.open(),
   * OFSTED.fileName())} without parsing the spreadsheet; the tests check the two agree.
   *
   * @return the judgements of the workbook, as at 31 March 2025
   * @throws IllegalStateException if the resource is missing from the jar
   * @throws io.github.csww.LoadException naming the file, line and column of data that cannot be
   *     read
   * @throws IOException if the resource cannot be read
   */
  public static Judgements judgements() throws IOException {
    return BundledJudgements.bundled();
  }

  /**
   * DfE's 2025 statistical neighbour model from the bundled file.
   *
   * @return each local authority's statistical neighbours under the 2025 model
   * @throws IllegalStateException if the resource is missing from the jar
   * @throws io.github.csww.LoadException naming the line and column of data that cannot be read
   * @throws IOException if the resource cannot be read
   */
  public static StatisticalNeighbours neighbours() throws IOException {
    try (InputStream in = NEIGHBOURS.open()) {
      return StatisticalNeighboursReader.read(in, NEIGHBOURS.fileName());
    }
  }
}
