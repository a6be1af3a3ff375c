package org.cytosis.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line. {@link #run} is the real entry point: it takes streams and returns the exit code. */
@Command(name = "cytosis", mixinStandardHelpOptions = true, version = "cytosis 0.1.0",
    description = "Classifies how cells move cargo across their membrane, and explains why.",
    subcommands = {ClassifyCommand.class, ValidateCommand.class, GradeCommand.class,
        ServeCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {

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

  /** {@code processStreams}: the streams are the process's own, so a terminal may be behind them. */
  static int run(InputStream in, PrintStream out, PrintStream err, boolean processStreams,
      String... args) {
    PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    Streams streams = new Streams(in, outWriter, errWriter, processStreams);
    CommandLine cli = new CommandLine(new Main(), new CommandFactory(streams));
    cli.setOut(outWriter);
    cli.setErr(errWriter);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      errWriter.println("cytosis: internal error: " + e);
      return INTERNAL_ERROR;
    });
    int code = cli.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /** Gives subcommands the streams of this run instead of the process's. */
  private record CommandFactory(Streams streams) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == ClassifyCommand.class) {
        return cls.cast(new ClassifyCommand(streams));
      }
      if (cls == ValidateCommand.class) {
        return cls.cast(new ValidateCommand(streams));
      }
      if (cls == GradeCommand.class) {
        return cls.cast(new GradeCommand(streams));
      }
      if (cls == ServeCommand.class) {
        return cls.cast(new ServeCommand(streams));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
