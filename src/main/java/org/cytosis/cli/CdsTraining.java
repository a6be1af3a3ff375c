package org.cytosis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytosis.usecase.Cytosis;

/**
 * The training run behind the class-data-sharing archive that {@code mvn package} records ({@code
 * -XX:ArchiveClassesAtExit}, see BENCHMARKS.md, "Start-up"). The archive holds only the classes
 * that the training run loaded, so this run goes through what a person's commands go through, in
 * one JVM: a batch in JSON Lines, one structured event explained in text (the default for one
 * event), one event described with {@code --text}, one structured event without an explanation, and
 * a batch of described events: the reading tables' example sentences. One {@code classify} over the
 * batch alone left the explanation, the text report and the English reader's command-line path out
 * of the archive. Not a user command: the build runs it with {@code java -cp target/cytosis.jar}.
 */
final class CdsTraining {

  private CdsTraining() {}

  /**
   * @param args the training events (JSON Lines: structured events first, described ones after)
   */
  public static void main(String[] args) throws IOException {
    Path events = Path.of(args[0]);
    List<String> lines = Files.readAllLines(events, StandardCharsets.UTF_8);
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, "UTF-8");
    int failures = 0;
    failures += run(nowhere, "", "classify", "--format", "json", events.toString());
    failures += run(nowhere, lines.get(0), "classify");
    failures += run(nowhere, lines.get(1), "classify", "--no-explain");
    failures +=
        run(
            nowhere,
            "",
            "classify",
            "--text",
            "The macrophage engulfs a bacterium, which ends up in a phagosome.");
    failures += run(nowhere, exampleSentences(), "classify", "--no-explain", "--format", "json");
    if (failures > 0) {
      System.err.println("cds training: " + failures + " run(s) did not exit with 0");
      System.exit(Main.INTERNAL_ERROR);
    }
  }

  /**
   * Every example sentence of the reading tables ({@code rules/reading/}), as described events in
   * JSON Lines: a few sentences leave most of the reader's paths untaken, and what a path loads
   * (its lambdas and the method handles behind them) is otherwise made at run time, with the JIT
   * compiling the bytecode generator that makes it (BENCHMARKS.md).
   */
  private static String exampleSentences() throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    List<String> examples = Cytosis.readingExamples();
    for (int i = 0; i < examples.size(); i++) {
      Map<String, String> event = new LinkedHashMap<>();
      event.put("id", "example-" + i);
      event.put("description", examples.get(i));
      lines.append(json.writeValueAsString(event)).append('\n');
    }
    return lines.toString();
  }

  private static int run(PrintStream out, String stdin, String... args) {
    ByteArrayInputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    return Main.run(in, out, System.err, args) == Main.OK ? 0 : 1;
  }
}
