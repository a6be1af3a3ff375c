package org.cytosis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ServeCommandTest {

  /** Only so that a broken server fails the test instead of hanging the build. */
  private static final long GIVE_UP_SECONDS = 120;

  @Test
  void servesOnAFreeLoopbackPortAndStopsCleanlyOnCtrlC() throws Exception {
    // given: the real command in its own JVM, as a user starts it
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--port",
                "0")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String first =
          CompletableFuture.supplyAsync(() -> readLine(out)).get(GIVE_UP_SECONDS, TimeUnit.SECONDS);
      Matcher url =
          Pattern.compile(
                  "Cytosis is serving on (http://127\\.0\\.0\\.1:(\\d+)/) \\(Ctrl-C to stop\\)")
              .matcher(first);
      assertThat(url.matches()).as(first).isTrue();
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url.group(1) + "api/health")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);

      // when: Ctrl-C
      new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();

      // then
      assertThat(process.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS)).isTrue();
      String rest =
          CompletableFuture.supplyAsync(() -> readLine(out)).get(GIVE_UP_SECONDS, TimeUnit.SECONDS);
      assertThat(rest).isEqualTo("Cytosis stopped serving " + url.group(1));
      try (ServerSocket again = new ServerSocket(Integer.parseInt(url.group(2)))) {
        assertThat(again.getLocalPort()).isEqualTo(Integer.parseInt(url.group(2)));
      }
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aPortOutOfRangeIsABadUsageError() {
    // when
    ClassifyCommandTest.Run run = ClassifyCommandTest.run("", "serve", "--port", "70000");
    // then
    assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).isEqualTo("cytosis serve: --port 70000 is not between 0 and 65535\n");
  }

  @Test
  void aPortInUseIsOneLineAndExitTwo() throws Exception {
    // given
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      // when
      ClassifyCommandTest.Run run =
          ClassifyCommandTest.run("", "serve", "--port", Integer.toString(taken.getLocalPort()));
      // then
      assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
      assertThat(run.err())
          .startsWith("cytosis serve: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
      assertThat(run.err().lines()).hasSize(1);
    }
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
