package org.cytosis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytosis.cli.ClassifyCommandTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** classify over batches: streamed on every core, one output per input record, in input order. */
class ClassifyBatchTest {

  private static final List<String> CARGO =
      List.of("FLUID", "SOLID_PARTICLE", "RECEPTOR_BOUND_LIGAND", "PROTEIN");

  /** Every 97th record is unreadable; the others vary. */
  private static String batch(int records) {
    return IntStream.range(0, records)
        .mapToObj(
            i ->
                i % 97 == 50
                    ? "{\"id\":\"r" + i + "\",\"cargo\":\"GOO\"}"
                    : "{\"id\":\"r"
                        + i
                        + "\",\"direction\":\""
                        + (i % 2 == 0 ? "INTO_CELL" : "OUT_OF_CELL")
                        + "\",\"cargo\":\""
                        + CARGO.get(i % CARGO.size())
                        + "\"}")
        .collect(Collectors.joining("\n", "", "\n"));
  }

  @Test
  void aLargeBatchGivesOneLinePerRecordInInputOrderWithErrorsInTheirPlace() {
    // given
    int records = 3_000;

    // when
    ClassifyCommandTest.Run run =
        run(batch(records), "classify", "--format", "json", "--no-explain");

    // then
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(records);
    for (int i = 0; i < records; i++) {
      if (i % 97 == 50) {
        assertThat(lines.get(i))
            .startsWith("{\"record\":" + (i + 1) + ",\"line\":" + (i + 1) + ",");
      } else {
        assertThat(lines.get(i)).startsWith("{\"id\":\"r" + i + "\",\"status\":");
      }
    }
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines())
        .hasSize((int) IntStream.range(0, records).filter(i -> i % 97 == 50).count())
        .allSatisfy(l -> assertThat(l).contains("field \"cargo\" has unknown value \"GOO\""));
  }

  @Test
  void theSameBatchGivesByteIdenticalOutputEveryTime() {
    // given
    String input = batch(1_000);

    // when
    String first = run(input, "classify", "--format", "json", "--no-explain").out();
    String second = run(input, "classify", "--format", "json", "--no-explain").out();

    // then
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aRulesFolderIsCompiledAtRunTimeAndGivesTheBuiltInAnswers() {
    // given
    String input = batch(200);

    // when
    ClassifyCommandTest.Run builtIn = run(input, "classify", "--format", "json", "--no-explain");
    ClassifyCommandTest.Run fromFolder =
        run(input, "classify", "--format", "json", "--no-explain", "--rules", "rules");

    // then
    assertThat(fromFolder.exit()).isEqualTo(builtIn.exit());
    assertThat(labels(fromFolder.out())).isEqualTo(labels(builtIn.out())).hasSize(200);
  }

  @Test
  void aRulesFolderThatDoesNotCompileIsOneLineNamingTheFileWithExitTwo(@TempDir Path dir)
      throws Exception {
    // given
    Files.createDirectories(dir.resolve("family"));
    Files.writeString(
        dir.resolve("family/broken.drl"),
        """
        package rules.family;
        rule "A rule with no end"
        when
            $x : NoSuchType( )
        then
        """);

    // when
    ClassifyCommandTest.Run run =
        run("{\"cargo\":\"FLUID\"}", "classify", "--rules", dir.toString());

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("cytosis classify: ")
        .contains("broken.drl")
        .doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  /** The status and label of each JSON line, or the error marker. */
  private static List<String> labels(String jsonLines) {
    return jsonLines
        .lines()
        .map(
            l ->
                l.startsWith("{\"record\"")
                    ? "error"
                    : l.replaceAll(
                        "^\\{\"id\":\"[^\"]*\",\"status\":\"([A-Z_]+)\",\"label\":(\"[A-Z_]+\"|null).*$",
                        "$1 $2"))
        .toList();
  }
}
