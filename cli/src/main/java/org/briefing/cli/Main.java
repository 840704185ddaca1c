package org.briefing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.diagnostics.ToolCommand;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code briefing} command line.
 *
 * <pre>{@code
 * int status = Main.run(System.out, System.err, "build", "briefings/nato-madrid.yaml");
 * }</pre>
 */
public final class Main implements Runnable {
  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int INVALID = 2;

  /**
   * The subcommands by name, in the order the usage lists them. Picocli builds each one's model by
   * reflection when it is added; a run adds only the one it names (all of them when the first
   * argument names none: the usage, a suggestion for a misspelt name, {@code help}).
   */
  private static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("validate", ValidateCommand.class);
    SUBCOMMANDS.put("list", ListCommand.class);
    SUBCOMMANDS.put("build", BuildCommand.class);
    SUBCOMMANDS.put("watch", WatchCommand.class);
    SUBCOMMANDS.put("table", TableCommand.class);
    SUBCOMMANDS.put("schema", SchemaCommand.class);
    SUBCOMMANDS.put("new", NewCommand.class);
    SUBCOMMANDS.put("init", InitCommand.class);
    SUBCOMMANDS.put("xliff", XliffCommand.class);
    SUBCOMMANDS.put("translations", TranslationsCommand.class);
    SUBCOMMANDS.put("glossary", ExchangeCommands.Glossary.class);
    SUBCOMMANDS.put("tm", ExchangeCommands.Tm.class);
    SUBCOMMANDS.put("help", CommandLine.HelpCommand.class);
  }

  static {
    // ICU finds the locales it has data for by listing its folder of the jar, which walks every
    // entry of the shaded jar (tens of thousands) on the first number format, collator or break
    // iterator; its own index of installed locales (res_index) gives the same locales at once.
    System.getProperties()
        .putIfAbsent("com.ibm.icu.impl.ICUResourceBundle.skipRuntimeLocaleResourceScan", "true");
    // Each picocli CommandLine registers converters for java.sql and java.time types, and one
    // for Path that calls Paths.get by reflection: in a cold JVM, looking them up initialised
    // some sixty JDK classes (java.sql.DriverManager among them), and the first conversion of a
    // path spun method-handle classes at run time, none of which a start-up cache holds. No
    // command here takes a java.sql or java.time value; paths get PATH below. Nor is Groovy
    // here, which picocli's default factory otherwise looks for on the class path.
    System.getProperties()
        .putIfAbsent(
            "picocli.converters.excludes", "java\\.(sql|time)\\..*|java\\.nio\\.file\\.Path");
    System.getProperties().putIfAbsent("picocli.disable.closures", "true");
  }

  /**
   * Converts a command-line argument to a path, as picocli's own converter does (with its message),
   * without reflection.
   */
  static final CommandLine.ITypeConverter<Path> PATH =
      s -> {
        try {
          return Path.of(s);
        } catch (InvalidPathException e) {
          throw new CommandLine.TypeConversionException(
              String.format("cannot convert '%s' to %s (%s)", s, Path.class, e));
        }
      };

  /** The exit statuses, as the usage lists them. */
  private static final Map<String, String> EXIT_CODES = new LinkedHashMap<>();

  static {
    EXIT_CODES.put("0", "success");
    EXIT_CODES.put("1", "internal error (a bug: please report it with --stacktrace)");
    EXIT_CODES.put("2", "invalid input or usage (the message names the file, line and column)");
  }

  CommandSpec spec;

  /** Standard output as bytes, for binary formats written to it (a PDF table). */
  PrintStream rawOut = System.out;

  private Main() {}

  /** The error for an input that needs more memory than this process has, at {@code at}. */
  static Diagnostic outOfMemory(SourcePosition at) {
    long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return Diagnostic.error(
        at,
        "out of memory: this input needs more than the " + mb + " MB this process may use",
        "give more with BRIEFING_HEAP (such as BRIEFING_HEAP=1g "
            + ToolCommand.program()
            + " …), or build less at once");
  }

  public static void main(String[] args) {
    KeptYaml.useForThisJar(System.getenv());
    // A one-shot build's corpus is read on another core while picocli parses the command line.
    Corpora.readEarly(args);
    System.exit(run(System.out, System.err, args));
  }

  /** Runs the CLI with the given streams; returns the exit status. Used by tests end to end. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    Main main = new Main();
    main.rawOut = out;
    // A bare --version needs no subcommand: building each from its annotations took 100 ms of a
    // 150 ms run.
    boolean versionOnly = args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"));
    CommandLine cl =
        versionOnly
            ? new CommandLine(main.commandSpec())
            : commandLine(main, args.length > 0 ? args[0] : "");
    PrintWriter o = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter e = new PrintWriter(err, true, StandardCharsets.UTF_8);
    cl.setOut(o);
    cl.setErr(e);
    cl.setExitCodeExceptionMapper(t -> t instanceof InvalidInputException ? INVALID : INTERNAL);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          e.println("briefing: " + ex.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
          e.println("Try '" + ex.getCommandLine().getCommandName() + " --help'.");
          return INVALID;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          if (ex instanceof InvalidInputException invalid) {
            for (Diagnostic d : invalid.diagnostics()) {
              e.println(d.format());
            }
            return INVALID;
          }
          e.println("briefing: internal error: " + ex);
          if (main.stacktrace()) {
            ex.printStackTrace(e);
          } else {
            e.println("(run again with --stacktrace for details)");
          }
          return INTERNAL;
        });
    int status;
    try {
      status = cl.execute(args);
    } catch (OutOfMemoryError oom) {
      // Input too large for the heap the launcher gives: said as such, not as a crash.
      e.println(outOfMemory(SourcePosition.file("<command line>")).format());
      status = INVALID;
    }
    o.flush();
    if (out.checkError() && status == OK && !(out == System.out && standardOutputIsAPipe())) {
      // A full disk: what was printed is incomplete, so this is no success. A pipe whose reader
      // stopped reading (`briefing list findings | head`) is no error: the reader had enough.
      e.println("<standard output>: error: cannot write (is the disk full?)");
      status = INVALID;
    }
    e.flush();
    return status;
  }

  /**
   * The command line with the subcommand {@code first} names, or with every subcommand when it
   * names none (the usage, {@code help}, a misspelt name that gets a suggestion).
   */
  static CommandLine commandLine(Main main, String first) {
    CommandLine cl = new CommandLine(main.commandSpec());
    boolean one = SUBCOMMANDS.containsKey(first) && !first.equals("help");
    SUBCOMMANDS.forEach(
        (name, type) -> {
          if (!one || name.equals(first)) {
            CommandSpec made = madeByHand(name, main);
            CommandLine sub = made != null ? new CommandLine(made) : new CommandLine(type);
            if (sub.getCommandSpec().versionProvider() == null) {
              // Each command's --version prints the tool's version, as the bare --version does.
              sub.getCommandSpec().versionProvider(VERSION);
            }
            cl.addSubcommand(name, sub);
          }
        });
    cl.registerConverter(Path.class, PATH);
    return cl;
  }

  /**
   * The model of a command that staff and authors run most, made by hand ({@link #handMade}); null
   * for the others, whose model picocli reads from their annotations.
   */
  private static CommandSpec madeByHand(String name, Main main) {
    return switch (name) {
      case "build" -> {
        BuildCommand build = new BuildCommand();
        build.main = main;
        yield BuildCommand.commandSpec(build);
      }
      case "validate" -> ValidateCommand.commandSpec(new ValidateCommand());
      case "table" -> TableCommand.commandSpec(new TableCommand());
      case "list" -> ListCommand.commandSpec(new ListCommand());
      default -> null;
    };
  }

  private static final Version VERSION = new Version();

  /**
   * The command line's own model, made by hand: picocli would read it from annotations by
   * reflection, generating a proxy class for each annotation type, which a cold build paid for
   * before its first step (see {@link BuildCommand}).
   */
  private CommandSpec commandSpec() {
    CommandSpec s =
        CommandSpec.wrapWithoutInspection(this).name("briefing").versionProvider(VERSION);
    s.usageMessage()
        .sortOptions(false)
        .autoWidth(true)
        .description(
            "Builds tailored briefings, translations and tables from a paper's structured data.")
        .exitCodeListHeading("%nExit status:%n")
        .exitCodeList(EXIT_CODES);
    s.addOption(
        OptionSpec.builder("--stacktrace")
            .type(boolean.class)
            .scopeType(CommandLine.ScopeType.INHERIT)
            .description("On an internal error, print the Java stack trace.")
            .build());
    standardHelpOptions(s);
    spec = s;
    return s;
  }

  /**
   * A command's model made by hand rather than read from annotations (see {@link BuildCommand}):
   * its name, description, {@code -h} and {@code -V}.
   */
  static CommandSpec handMade(Object command, String name, String[] description) {
    CommandSpec s = CommandSpec.wrapWithoutInspection(command).name(name);
    s.usageMessage().description(description);
    standardHelpOptions(s);
    return s;
  }

  /** Positional paths ({@code arity} such as "1..*", as picocli writes it; required from 1). */
  static CommandLine.Model.PositionalParamSpec paths(String label, String arity, String help) {
    return CommandLine.Model.PositionalParamSpec.builder()
        .paramLabel(label)
        .arity(arity)
        .required(arity.startsWith("1"))
        .type(java.util.List.class)
        .auxiliaryTypes(Path.class)
        .description(help)
        .build();
  }

  /** One positional word ({@code arity} "1" or "0..1"), such as a table's id. */
  static CommandLine.Model.PositionalParamSpec word(String label, String arity, String help) {
    return CommandLine.Model.PositionalParamSpec.builder()
        .paramLabel(label)
        .arity(arity)
        .required(arity.startsWith("1"))
        .type(String.class)
        .description(help)
        .build();
  }

  /** An option with a value of {@code type}, as {@code @Option(names, paramLabel, description)}. */
  static OptionSpec option(Class<?> type, String label, String help, String... names) {
    return OptionSpec.builder(names).paramLabel(label).type(type).description(help).build();
  }

  /** {@code -h} and {@code -V}, as picocli's {@code mixinStandardHelpOptions} gives them. */
  static void standardHelpOptions(CommandSpec s) {
    s.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    s.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
  }

  /** Whether {@code --stacktrace} was given, before the command or after it. */
  boolean stacktrace() {
    Boolean given = spec.findOption("--stacktrace").getValue();
    return Boolean.TRUE.equals(given);
  }

  /** The command line with every subcommand, as the usage shows it. */
  static CommandLine commandLine() {
    return commandLine(new Main(), "");
  }

  /**
   * Whether this process's standard output is a pipe (Linux: {@code /proc/self/fd/1}). A write to a
   * pipe fails only when its reader has gone, as {@code head} does once it has its lines; that is
   * no error of ours, and tools that print (git, ripgrep) stop quietly then.
   */
  static boolean standardOutputIsAPipe() {
    try {
      return java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/1"))
          .toString()
          .startsWith("pipe:");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** Whether an output option names standard output ({@code -o -}). */
  static boolean isStandardOutput(java.nio.file.Path output) {
    return output == null || output.toString().equals("-");
  }

  /**
   * Writes bytes to standard output and checks that they went out.
   *
   * @throws InvalidInputException when standard output cannot be written (a full disk)
   */
  void writeRaw(byte[] bytes) {
    spec.commandLine().getOut().flush();
    rawOut.write(bytes, 0, bytes.length);
    rawOut.flush();
    if (rawOut.checkError() && !(rawOut == System.out && standardOutputIsAPipe())) {
      throw new InvalidInputException(
          Diagnostic.error(
              org.briefing.diagnostics.SourcePosition.file("<standard output>"),
              "cannot write (is the disk full?)"));
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version the build wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      return new String[] {
        "briefing " + p.getProperty("version", "unknown"),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")"
      };
    }
  }
}
