package org.cytosis.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. {@link #run} is the real entry point: it takes streams and returns the exit
 * code.
 */
@Command(
    name = "cytosis",
    mixinStandardHelpOptions = true,
    version = "cytosis 0.1.0",
    description = "Classifies how cells move cargo across their membrane, and explains why.")
public final class Main {

  /**
   * The subcommands, by name, each made with the streams of this run. They are registered in code
   * rather than in {@code @Command} so that a run builds the picocli model of the one command it
   * runs only (see {@link #register}).
   */
  private static final Map<String, Function<Run, Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Function<Run, Object>> subcommands() {
    Map<String, Function<Run, Object>> commands = new LinkedHashMap<>();
    commands.put("classify", run -> new ClassifyCommand(run.streams(), run.classifier()));
    commands.put("validate", run -> new ValidateCommand(run.streams()));
    commands.put("grade", run -> new GradeCommand(run.streams()));
    commands.put("serve", run -> new ServeCommand(run.streams()));
    commands.put("rules", run -> new RulesCommand(run.streams()));
    commands.put("help", run -> new CommandLine.HelpCommand());
    return Collections.unmodifiableMap(commands);
  }

  /** What the subcommands of one run are made with. */
  private record Run(Streams streams, ClassifierLoading classifier) {}

  /** Success. */
  public static final int OK = 0;

  /** The run completed but found failures (a scenario that does not match its key). */
  public static final int FAILURES = 1;

  /** Bad usage or unreadable input. */
  public static final int BAD_INPUT = 2;

  /** A bug in Cytosis itself. */
  public static final int INTERNAL_ERROR = 3;

  public static void main(String[] args) {
    System.exit(run(System.in, System.out, System.err, true, args));
  }

  public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    return run(in, out, err, false, args);
  }

  /**
   * {@code processStreams}: the streams are the process's own, so a terminal may be behind them.
   */
  static int run(
      InputStream in, PrintStream out, PrintStream err, boolean processStreams, String... args) {
    ClassifierLoading classifier = ClassifierLoading.forArguments(args);
    // Output is flushed at the end (below), not line by line: a batch writes millions of lines.
    PrintWriter outWriter =
        new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    PrintWriter errWriter =
        new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    Streams streams = new Streams(in, outWriter, errWriter, processStreams);
    CommandLine cli = new CommandLine(new Main());
    register(cli, new Run(streams, classifier), args);
    cli.setOut(outWriter);
    cli.setErr(errWriter);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          errWriter.println("cytosis: internal error: " + e);
          return INTERNAL_ERROR;
        });
    int code = cli.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /**
   * Registers the subcommand named first on the command line, or every subcommand when the first
   * argument names none of them (an option, {@code help}, a typo): help and "did you mean" then see
   * them all. Building picocli's model of a command costs start-up time, so a run of {@code
   * classify} does not pay for the others.
   */
  private static void register(CommandLine cli, Run run, String... args) {
    String first = args.length == 0 ? "" : args[0];
    boolean one = SUBCOMMANDS.containsKey(first) && !first.equals("help");
    SUBCOMMANDS.forEach(
        (name, command) -> {
          if (!one || name.equals(first)) {
            cli.addSubcommand(name, command.apply(run));
          }
        });
  }
}
