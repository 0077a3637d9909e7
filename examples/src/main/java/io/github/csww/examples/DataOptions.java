package io.github.csww.examples;

import io.github.csww.Authority;
import io.github.csww.England;
import io.github.csww.JudgementGap;
import io.github.csww.Judgements;
import io.github.csww.LoadException;
import io.github.csww.Region;
import io.github.csww.Result;
import io.github.csww.Snapshot;
import io.github.csww.StatisticalNeighbours;
import io.github.csww.Table;
import io.github.csww.UnrecognisedFileException;
import io.github.csww.Workforce;
import io.github.csww.examples.Cli.UsageException;
import io.github.csww.io.EesApiException;
import io.github.csww.io.EesClient;
import io.github.csww.io.EesReference;
import io.github.csww.io.OfstedReader;
import io.github.csww.io.StatisticalNeighboursReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where a command's figures come from: the bundled 2025 release (the default), the 2017 sample
 * ({@code --sample}), or a file ({@code --file}, {@code -} for standard input); and the Ofsted
 * and neighbour files joined to them. Each source is named in the output.
 */
final class DataOptions {
  static final String SAMPLE_SOURCE = "Source: csww's 2017 sample, ten authorities and England "
      + "as first published in Department for Education, Children's social work workforce 2017 "
      + "(February 2018). " + BundledData.LICENCE_LINE;
  static final String SAMPLE_JUDGEMENTS_NOTE = "Ofsted judgements: the sample's, in force in "
      + "February 2018, written down by csww from Ofsted's reports, not read from Ofsted's files; "
      + "their inspected and published dates (2018-01-31) are placeholders, not the reports'.";

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December"};

  /**
   * A date as {@code 14 May 2025}, written out by hand: every {@code csww top} prints a note with
   * one, and {@link java.time.format.DateTimeFormatter}'s initialisation took 11 ms of a command's
   * start (nothing else on a command's path initialises it once {@link Cli#main} keeps picocli's
   * java.time converters out).
   */
  static String day(LocalDate date) {
    return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  String file;
  boolean sample;

  /**
   * The options, bound to this object's fields.
   *
   * @return the options, for {@link CliModel#with}
   */
  OptionSpec.Builder[] options() {
    return CliModel.options(
        CliModel.<String>option(String.class, () -> file, v -> file = v, "--file")
            .paramLabel("FILE").description("Workforce file (EES CSV in either layout, or csww "
                + "JSON); - reads standard input; ees:DATASET_ID[@VERSION] fetches it from the "
                + "EES public data API (cached). Default: the bundled 2025 release."),
        CliModel.flag("sample", () -> sample, v -> sample = v, "--sample", "Use the 2017 "
            + "sample built from the first publication instead of the bundled 2025 release."));
  }

  /** The figures, where they came from, and the notes a reader needs about them. */
  static final class Data {
    Workforce workforce;
    final List<String> sources = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    Optional<LocalDate> judgementsAt = Optional.empty();
    /**
     * Where the judgements joined do not cover the look-up date ({@link Judgements#gap}), whose
     * note every result that looks them up carries; and the words the command line prints
     * instead: dates written out, or nothing for the sample, whose note already says its dates
     * are placeholders.
     */
    Optional<JudgementGap> gap = Optional.empty();
    String gapWords;
    final boolean bundled;
    final boolean isSample;

    Data(Workforce workforce, String source, boolean bundled, boolean isSample) {
      this.workforce = workforce;
      this.sources.add(source);
      this.bundled = bundled;
      this.isSample = isSample;
    }

    /**
     * A result's table with the library's note on the judgements' cover of the look-up date in
     * the command line's words ({@code 30 September 2025}, not {@code 2025-09-30}), or without
     * it for the sample: the library says it once, so the command line does not add its own.
     */
    Table inWords(Result result) {
      Table table = result.table();
      if (gap.isEmpty()) {
        return table;
      }
      String note = gap.get().note(); // the library's results carry it verbatim
      // null for the sample: the note goes
      return Output.withNotes(table, n -> n.equals(note) ? gapWords : n);
    }
  }

  /** Loads the figures the options name. */
  Data load(Cli cli) throws IOException {
    if (sample && file != null) {
      throw new UsageException("--sample and --file both name the data: give one");
    }
    if (sample) {
      return new Data(Sample.workforce(), SAMPLE_SOURCE, false, true);
    }
    if (file == null) {
      return new Data(BundledData.workforce(), BundledData.WORKFORCE.sourceLine(), true, false);
    }
    try {
      if (file.equals("-")) {
        InputStream in = cli.in;
        return new Data(Workforce.load(in, "standard input"), "Source: standard input", false,
            false);
      }
      return new Data(Workforce.load(path(cli, file)), "Source: " + file, false, false);
    } catch (LoadException e) {
      throw spreadsheet(e);
    }
  }

  /**
   * The loader's error for a spreadsheet given as workforce figures, which names the library's
   * classes (OfstedReader, withJudgements), in command-line words: Ofsted's outcomes go with
   * {@code --judgements}. Any other error as it is.
   */
  static LoadException spreadsheet(LoadException e) {
    return spreadsheet(e, "--file takes an EES CSV, in either layout, or csww JSON; if it is "
        + "Ofsted's inspection outcomes (the .ods Ofsted publishes), give it with --judgements "
        + "FILE (top, bottom, compare and bands take it)");
  }

  /**
   * As {@link #spreadsheet(LoadException)}, saying what the command takes instead.
   *
   * @param takes what the argument takes, and where Ofsted's outcomes go
   */
  static LoadException spreadsheet(LoadException e, String takes) {
    if (!(e instanceof UnrecognisedFileException u)
        || u.content() != UnrecognisedFileException.Content.ZIP_ARCHIVE) {
      return e;
    }
    return new LoadException(e.source(), 0, 0, "is a spreadsheet (a zip archive), not "
        + "workforce figures: " + takes, e);
  }

  /**
   * The path a file argument names: the file itself, or for {@code ees:ID[@VERSION]} the data
   * set downloaded from the EES public data API into the cache (offline from the cache after).
   */
  static Path path(Cli cli, String file) throws IOException {
    if (!EesClient.isReference(file)) {
      return Path.of(file);
    }
    EesReference r;
    try {
      r = EesReference.parse(file); // checked here: a malformed reference is the command's fault
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return download(cli.ees().build(), r, "fetch it once with a network (csww fetch "
        + r.dataSetId() + " -o FILE, or this command again), and later runs read the cache");
  }

  /**
   * A data set's CSV in the cache, downloaded when missing. When the API cannot be reached and
   * nothing is cached, the error (which names the cause: an unresolved host, a refused
   * connection, a timeout) says where the cache is and what to do.
   *
   * @param then what to do, for the hint
   */
  static Path download(EesClient ees, EesReference r, String then) throws IOException {
    try {
      return ees.downloadCsv(r.dataSetId(), r.version());
    } catch (EesApiException e) {
      throw withHint(e, ees, then);
    }
  }

  /**
   * An EES failure with, when the API could not be reached (no status, a network cause), a
   * line saying that the cache has nothing to fall back on, where it is, and what to do.
   */
  static IOException withHint(EesApiException e, EesClient ees, String then) {
    if (e.status().isEmpty() && e.getCause() instanceof IOException) {
      return new IOException(e.getMessage() + "\n  The cache (" + ees.cacheDirectory()
          + ") has no copy to fall back on: " + then + ".", e);
    }
    return e;
  }

  /**
   * Joins judgements: the file given, else the bundled Ofsted file for the bundled data, the
   * sample's for the sample, none for a file of the user's.
   *
   * @param data the figures
   * @param judgementsFile Ofsted's outcomes, or null
   * @param at the date to look judgements up on, or null for each year's census date
   * @param year the year the result is for, to say when the file does not cover its date
   */
  static void joinJudgements(Data data, Path judgementsFile, LocalDate at, int year)
      throws IOException {
    Judgements j;
    Optional<LocalDate> date = Optional.ofNullable(at);
    if (judgementsFile != null) {
      j = OfstedReader.read(judgementsFile);
      data.sources.add("Judgements: " + judgementsFile);
    } else if (data.isSample) {
      j = Sample.judgements();
      date = Optional.of(date.orElse(Sample.JUDGEMENTS_AS_AT));
      data.notes.add(SAMPLE_JUDGEMENTS_NOTE);
    } else if (data.bundled) {
      j = BundledData.judgements();
      data.sources.add(BundledData.OFSTED.sourceLine().replace(" " + BundledData.LICENCE_LINE,
          ""));
    } else {
      if (at != null) {
        throw new UsageException("--judgements-at needs judgements: give them with "
            + "--judgements FILE");
      }
      return;
    }
    data.workforce = data.workforce.withJudgements(j);
    data.judgementsAt = date;
    // The library's results say when the file does not cover the date (Judgements.gap);
    // Data.inWords prints that note with the dates written out, once.
    data.gap = j.gap(date.orElse(LocalDate.of(year, 9, 30)));
    if (data.gap.isPresent() && !data.isSample) {
      JudgementGap g = data.gap.get();
      data.gapWords = g.side() == JudgementGap.Side.BEFORE_FIRST
          ? "Ofsted judgements on " + day(g.date()) + ": not covered by this file (earliest: "
              + day(g.boundary()) + ")."
          : afterLatest(g.date(), g.boundary());
    }
  }

  /**
   * The note for judgements looked up after the last one a file holds: an inspection published
   * since then is not in it, so the judgement shown may no longer be in force.
   */
  static String afterLatest(LocalDate on, LocalDate latest) {
    return "Ofsted judgements on " + day(on) + ": the file's latest judgement was "
        + "published on " + day(latest) + "; any published since then is not in "
        + "it, so a judgement shown may have been replaced.";
  }

  /** The neighbour model: the file given, else DfE's 2025 model bundled with csww. */
  static StatisticalNeighbours neighbours(Data data, Path file) throws IOException {
    if (file != null) {
      data.sources.add("Neighbours: " + file);
      return StatisticalNeighboursReader.read(file);
    }
    data.sources.add(BundledData.NEIGHBOURS.sourceLine().replace(" " + BundledData.LICENCE_LINE,
        ""));
    return BundledData.neighbours();
  }

  /**
   * The year asked for, or the latest of the data; a year the data does not hold is a mistake in
   * the command, answered with the years it does hold.
   */
  static int year(Workforce wf, Integer year) {
    if (year == null) {
      return wf.latestYear();
    }
    if (!wf.years().contains(year)) {
      throw new UsageException("no figures for " + year + "; years present: "
          + FindCommands.ranges(wf.years()));
    }
    return year;
  }

  /**
   * The year a command answers for, as the message of a refusal names it: {@code --year 2016}
   * when given, else {@code the latest year (2016)}.
   */
  static String yearWords(Integer given, int year) {
    return given != null ? "--year " + year : "the latest year (" + year + ")";
  }

  /**
   * Checks that a year of the data has local-authority rows: a file can hold only England's or
   * the regions' figures for a year (the 2017 sample has only England's for 2016), and a command
   * that lists authorities would show no rows and no reason. Like a metric the file does not
   * publish, this is a right command the data cannot answer.
   *
   * @param wf the figures
   * @param option the option that names the year, for the message ({@code --year 2016})
   * @param year a year the data holds
   * @throws Cli.DataException if the year has no local-authority rows, naming it and the years
   *     that have them
   */
  static void authorityYear(Workforce wf, String option, int year) {
    SortedSet<Integer> withAuthorities = new TreeSet<>();
    boolean england = false;
    boolean regions = false;
    for (Snapshot s : wf.snapshots()) {
      if (s.area() instanceof Authority) {
        withAuthorities.add(s.year());
      } else if (s.year() == year) {
        england |= s.area() instanceof England;
        regions |= s.area() instanceof Region;
      }
    }
    if (withAuthorities.contains(year)) {
      return;
    }
    String only = england && regions ? "England's and the regions' figures"
        : england ? "England's figures" : "the regions' figures";
    throw new Cli.DataException(option + ": the data has no local authority rows for " + year
        + ", only " + only + "; " + (withAuthorities.isEmpty()
            ? "it has no local authority rows in any year"
            : "years with local authority rows: " + FindCommands.ranges(withAuthorities)));
  }
}
