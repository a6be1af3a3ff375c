package org.cytosis.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cytosis.io.InvalidInputException;
import org.cytosis.usecase.Cytosis;
import org.cytosis.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve [--port 8080] [--host 127.0.0.1]}: the web page and HTTP API until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the web page and the HTTP API (JSON) until stopped with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

  private final Streams streams;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "PORT",
      description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "HOST",
      description =
          "Address to listen on. The default keeps the server to this machine; "
              + "anything else lets whoever can reach it use it, with no sign-in. Default: ${DEFAULT-VALUE}.")
  String host;

  @Mixin RulesOption rules;

  ServeCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      streams.err().println("cytosis serve: --port " + port + " is not between 0 and 65535");
      return Main.BAD_INPUT;
    }
    Cytosis cytosis;
    try {
      cytosis = rules.cytosis();
      cytosis.gradingRules(); // a bad grading table is reported now, not on the first request
    } catch (InvalidInputException e) {
      streams.err().println("cytosis serve: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    WebServer server;
    try {
      server = WebServer.start(cytosis, host, port);
    } catch (IllegalArgumentException e) {
      streams.err().println("cytosis serve: " + e.getMessage());
      return Main.BAD_INPUT;
    } catch (RuntimeException e) { // Javalin wraps a failed bind in its own exception
      streams
          .err()
          .println("cytosis serve: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
      return Main.BAD_INPUT;
    }
    if (!server.isLoopbackOnly()) {
      streams
          .err()
          .println(
              "cytosis serve: warning: listening on "
                  + host
                  + ", reachable from other machines; there is no sign-in");
    }
    streams.out().println("Cytosis is serving on " + server.url() + " (Ctrl-C to stop)");
    streams
        .out()
        .flush(); // standard output is not flushed per line (batches), but this is a prompt
    awaitShutdown(server);
    return Main.OK;
  }

  /**
   * Ctrl-C (or a TERM signal) runs the JVM's shutdown hooks: ours stops the server, then returns.
   */
  private void awaitShutdown(WebServer server) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.close();
              streams.out().println("Cytosis stopped serving " + server.url());
              streams.out().flush();
              stopped.countDown();
            },
            "cytosis-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    stopped.await();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
