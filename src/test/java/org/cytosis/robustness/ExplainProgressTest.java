package org.cytosis.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code classify --explain} on a batch draws a progress bar only when stderr is a terminal. Run as
 * a process of its own, with the process's real streams (the only case where a bar could be drawn
 * at all), but redirected to files, as in a pipe or a CI log: nothing is drawn, and stdout is byte
 * for byte what the in-process run writes.
 */
class ExplainProgressTest {

  /** At least the bar's threshold for explained events (ProgressDisplay.MIN_EXPLAINED, 50). */
  private static final int EVENTS = 50;

  @TempDir Path dir;

  @Test
  void explainingManyEventsIntoAFileDrawsNoBarAndWritesTheSameBytes() throws Exception {
    // given a batch of events long enough for a bar
    List<String> cargo = List.of("FLUID", "SOLID_PARTICLE", "RECEPTOR_BOUND_LIGAND", "PROTEIN");
    String events =
        IntStream.range(0, EVENTS)
            .mapToObj(
                i ->
                    "{\"id\":\"e"
                        + i
                        + "\",\"cargo\":\""
                        + cargo.get(i % cargo.size())
                        + "\",\"direction\":\""
                        + (i % 2 == 0 ? "INTO_CELL" : "OUT_OF_CELL")
                        + "\"}")
            .collect(Collectors.joining("\n", "", "\n"));
    Path file = Files.writeString(dir.resolve("events.jsonl"), events);
    // when it is explained by a process whose stdout and stderr are files
    ChildJvm.Result child =
        ChildJvm.run(
            dir,
            "512m",
            Input.utf8(""),
            "classify",
            "--explain",
            "--format",
            "json",
            file.toString());
    Cli.Run inProcess = Cli.run("classify", "--explain", "--format", "json", file.toString());
    // then stderr holds nothing, not even a carriage return, and stdout is the in-process output
    assertThat(child.exit()).isZero();
    assertThat(child.complaints()).isEmpty();
    assertThat(child.out())
        .hasSize(EVENTS)
        .allSatisfy(line -> assertThat(line).doesNotContain("\r"));
    assertThat(String.join("\n", child.out()) + "\n").isEqualTo(inProcess.out());
    assertThat(inProcess.out()).contains("\"explanation\"");
  }
}
