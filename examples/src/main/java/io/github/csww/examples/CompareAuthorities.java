package io.github.csww.examples;

import io.github.csww.Comparison;
import io.github.csww.Format;
import io.github.csww.Metric;
import io.github.csww.Workforce;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Two or more authorities side by side, with their English regions and England, on the headline
 * metrics of the latest year.
 *
 * <p>Run on the bundled sample (Staffordshire and Shropshire, 2017), or on a file you downloaded
 * with the authorities you name (names, LA numbers or ONS codes):
 *
 * <pre>{@code
 * java -cp csww.jar io.github.csww.examples.CompareAuthorities
 * java -cp csww.jar io.github.csww.examples.CompareAuthorities csww_indicators_2017_to_2025.csv \
 *     Staffordshire Shropshire 865
 * }</pre>
 */
public final class CompareAuthorities {
  /** The metrics shown: staffing, turnover, agency use, vacancies, caseloads and absence. */
  public static final List<Metric> HEADLINE = List.of(Metric.SOCIAL_WORKERS,
      Metric.TURNOVER_RATE, Metric.AGENCY_RATE, Metric.VACANCY_RATE, Metric.CASE_HOLDERS,
      Metric.CASELOAD, Metric.ABSENCE_RATE);

  private CompareAuthorities() {}

  /**
   * Prints the comparison.
   *
   * @param args none for the bundled sample; else a workforce file and two or more authorities
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      print(Sample.workforce(), List.of("Staffordshire", "Shropshire"), System.out);
    } else if (args.length >= 3) {
      try {
        print(Workforce.load(Path.of(args[0])), Arrays.asList(args).subList(1, args.length),
            System.out);
      } catch (io.github.csww.QueryException | io.github.csww.LoadException e) {
        // a name that matches no authority, with the closest names; a file that cannot be read
        System.err.println("CompareAuthorities: " + e.getMessage());
        System.exit(1);
      }
    } else {
      System.err.println("usage: CompareAuthorities [FILE AUTHORITY AUTHORITY...]");
      System.exit(2);
    }
  }

  /**
   * Prints the named authorities side by side in the latest year of the workforce, with their
   * regions and England, and says which areas the file has no figures for.
   *
   * @param workforce the figures
   * @param authorities two or more names, LA numbers or ONS codes
   * @param out where to print
   * @throws IllegalArgumentException if fewer than two authorities are named, or a name matches
   *     none (the message gives the closest names)
   */
  public static void print(Workforce workforce, List<String> authorities, PrintStream out) {
    if (authorities.size() < 2) {
      throw new IllegalArgumentException("name two or more authorities to compare, got "
          + authorities);
    }
    Workforce year = workforce.year(workforce.latestYear());
    Comparison c = year.compare(authorities.get(0),
        authorities.subList(1, authorities.size()).toArray(new String[0])).metrics(HEADLINE);
    out.print(c.format(Format.TEXT)); // a note names any area with no row for the year
  }
}
