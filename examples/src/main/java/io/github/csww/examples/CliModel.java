package io.github.csww.examples;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Building blocks of the command line's picocli model, made with picocli's programmatic API.
 * Picocli can build a model by reflection over annotations, but that costs the JDK a proxy class
 * per annotation type and picocli a look at every field: on {@code csww top} about half of the
 * main thread. So each command declares its options here, in code, bound to the fields its
 * {@code call()} reads; the model, help and errors are those the annotations gave.
 */
final class CliModel {
  /** The resource-bundle prefix of picocli's standard help options' descriptions. */
  static final String HELP_MIXIN = "mixinStandardHelpOptions";

  private CliModel() {}

  /**
   * A command: its object (what picocli runs), name, description and footer of examples.
   *
   * @param command the object whose {@code call()} runs the command
   * @param name the command's name
   * @param footerHeading the heading above the footer, {@code %nExample:%n}
   * @param footer the footer's lines
   * @param description the description's paragraphs
   * @return the command, without options yet
   */
  static CommandSpec command(Object command, String name, String footerHeading, String[] footer,
      String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.usageMessage().description(description).footerHeading(footerHeading).footer(footer);
    return spec;
  }

  /**
   * Adds {@code -h, --help} and {@code -V, --version}, as picocli's
   * {@code mixinStandardHelpOptions} does, but built in code: picocli's own mixin is an
   * annotated class, read by reflection. Added last, where picocli adds its mixin, and as the
   * command's own options rather than a mixin, as {@link #options} says why. The version is the
   * build's ({@link Cli#version}), for every command that has {@code -V}.
   *
   * @param spec the command
   * @return the same command
   */
  static CommandSpec withStandardHelp(CommandSpec spec) {
    spec.versionProvider(Cli::version);
    return spec.addOption(help()).addOption(flagOption(OptionSpec.builder("-V", "--version")
        .versionHelp(true).paramLabel("<versionRequested>").descriptionKey(HELP_MIXIN + ".version")
        .description("Print version information and exit.")));
  }

  /**
   * Adds {@code -h, --help} alone, for a command whose own option is called {@code --version}
   * ({@code fetch}: the version of a data set).
   *
   * @param spec the command
   * @return the same command
   */
  static CommandSpec withHelp(CommandSpec spec) {
    return spec.addOption(help());
  }

  private static OptionSpec help() {
    return flagOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .paramLabel("<helpRequested>").descriptionKey(HELP_MIXIN + ".help")
        .description("Show this help message and exit."));
  }

  private static OptionSpec flagOption(OptionSpec.Builder b) {
    OptionSpec o = b.type(boolean.class).initialValue(false).build();
    o.setValue(false);
    return o;
  }

  /**
   * Options several commands share, bound to one object's fields. They are added to each command
   * as its own options ({@link #with}), not as a picocli mixin: every {@link CommandSpec},
   * a mixin's too, compiles picocli's three default regular expressions for negatable options
   * when it is made (a fifth of the time {@code csww top} spent building its model).
   *
   * @param options the options
   * @return the same options
   */
  static OptionSpec.Builder[] options(OptionSpec.Builder... options) {
    return options;
  }

  /**
   * Adds groups of options to a command.
   *
   * @param spec the command
   * @param groups the groups of options, in order
   * @return the same command
   */
  static CommandSpec with(CommandSpec spec, OptionSpec.Builder[]... groups) {
    for (OptionSpec.Builder[] g : groups) {
      add(spec, g);
    }
    return spec;
  }

  /**
   * Adds options to a command.
   *
   * @param spec the command
   * @param options the options, in the order the annotated fields had
   * @return the same command
   */
  static CommandSpec add(CommandSpec spec, OptionSpec.Builder... options) {
    for (OptionSpec.Builder o : options) {
      spec.addOption(o.build());
    }
    return spec;
  }

  /**
   * An option with a value, read through {@code get} and written through {@code set}; its
   * initial value is the field's, as picocli records for an annotated field.
   *
   * @param <T> the field's type
   * @param type the field's type, {@code int.class} for an {@code int}
   * @param get reads the field
   * @param set writes the field
   * @param names the option's names
   * @return the option, to describe further
   */
  static <T> OptionSpec.Builder option(Class<?> type, Supplier<T> get, Consumer<T> set,
      String... names) {
    Binding<T> b = new Binding<>(get, set);
    return OptionSpec.builder(names).type(type).getter(b).setter(b).initialValue(get.get());
  }

  /**
   * A boolean option; its parameter label is the field's name in angle brackets, as picocli
   * gives an annotated field without one (it shows in no help, but in the model).
   *
   * @param field the field's name
   * @param get reads the field
   * @param set writes the field
   * @param name the option's name
   * @param description the option's description
   * @return the option
   */
  static OptionSpec.Builder flag(String field, Supplier<Boolean> get, Consumer<Boolean> set,
      String name, String description) {
    return option(boolean.class, get, set, name).paramLabel("<" + field + ">")
        .description(description);
  }

  /**
   * A positional parameter bound like {@link #option}.
   *
   * @param <T> the field's type
   * @param type the field's type
   * @param get reads the field
   * @param set writes the field
   * @return the parameter, to describe further
   */
  static <T> PositionalParamSpec.Builder parameter(Class<?> type, Supplier<T> get,
      Consumer<T> set) {
    Binding<T> b = new Binding<>(get, set);
    return PositionalParamSpec.builder().type(type).getter(b).setter(b).initialValue(get.get());
  }

  /**
   * A field as picocli reads and writes it. Picocli's getter and setter are generic methods,
   * which a lambda cannot implement, so one small class holds a lambda for each.
   *
   * @param <T> the field's type
   */
  static final class Binding<T> implements IGetter, ISetter {
    private final Supplier<T> get;
    private final Consumer<T> set;

    /**
     * A field read by {@code get} and written by {@code set}.
     *
     * @param get reads the field
     * @param set writes the field
     */
    Binding(Supplier<T> get, Consumer<T> set) {
      this.get = get;
      this.set = set;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R get() {
      return (R) get.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R set(R value) {
      R old = (R) get.get();
      set.accept((T) value);
      return old;
    }
  }
}
