package org.cytosis.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line in a JVM of its own, for what one JVM cannot show of itself: that a run
 * fits a small heap, and what a run does in another working directory.
 */
final class ChildJvm {

  /** A child that has not finished by then is hung: killed, and the test fails. */
  private static final long GIVE_UP_SECONDS = 300;

  /**
   * One run: the exit code, stdout, and the lines of stderr that Cytosis wrote (not Drools' log).
   */
  record Result(int exit, List<String> out, List<String> complaints) {}

  private ChildJvm() {}

  static Result run(Path workingDirectory, String maxHeap, Input stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap,
                "-cp",
                System.getProperty("java.class.path"),
                "org.cytosis.cli.Main"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("child", ".out");
    Path err = Files.createTempFile("child", ".err");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(workingDirectory.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      Thread feeder = new Thread(() -> feed(stdin, process.getOutputStream()));
      feeder.start();
      boolean finished = process.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly();
      }
      assertThat(finished).as("the child JVM finished within %d s", GIVE_UP_SECONDS).isTrue();
      feeder.join();
      List<String> complaints =
          Files.readAllLines(err, StandardCharsets.UTF_8).stream()
              .filter(l -> !l.contains(" WARN org.drools") && !l.contains(" INFO "))
              .toList();
      return new Result(
          process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8), complaints);
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  private static void feed(Input stdin, OutputStream child) {
    try (InputStream in = stdin.open();
        child) {
      in.transferTo(child);
    } catch (IOException e) {
      // The child stopped reading (it may legitimately stop at an error); nothing to feed.
      if (!"Broken pipe".equals(e.getMessage()) && !"Stream closed".equals(e.getMessage())) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
