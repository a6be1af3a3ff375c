package org.cytosis.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100 MB line is read in a 64 MB heap: nothing holds more than the limit of one line or one
 * value. (Reading such a line whole, as {@code BufferedReader.readLine} does, needs over 200 MB.)
 */
@Tag("heavy") // .ci/run only: hundred-megabyte inputs in child JVMs
class BoundedMemoryTest {

  private static final String HEAP = "64m";
  private static final String GOOD = "{\"id\":\"good\",\"cargo\":\"FLUID\"}";

  @TempDir Path dir;

  @Test
  void aHundredMegabyteJsonLineIsOneBadRecordInASmallHeap() throws Exception {
    // given JSON Lines on stdin whose second line is 100 MB
    Input input =
        Input.huge(
            GOOD + "\n{\"id\":\"big\",\"description\":\"",
            'x',
            BadInputCatalogue.HUNDRED_MB,
            "\"}\n" + GOOD + "\n");
    // when
    ChildJvm.Result run =
        ChildJvm.run(dir, HEAP, input, "classify", "--format", "json", "--no-explain");
    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).hasSize(3);
    assertThat(run.out().get(1)).startsWith("{\"record\":2,\"line\":2,");
    assertThat(run.complaints())
        .singleElement()
        .asString()
        .startsWith("cytosis classify: <stdin>:2: is 104,857,629 characters long");
  }

  @Test
  void aHundredMegabyteValueInAOneLineJsonArrayEndsItInASmallHeap() throws Exception {
    // given a one-line JSON array whose second event's description is 100 MB
    Input input =
        Input.huge(
            "[" + GOOD + ",{\"id\":\"big\",\"description\":\"",
            'x',
            BadInputCatalogue.HUNDRED_MB,
            "\"}]");
    // when
    ChildJvm.Result run =
        ChildJvm.run(dir, HEAP, input, "classify", "--format", "json", "--no-explain");
    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).hasSize(2);
    assertThat(run.complaints())
        .singleElement()
        .asString()
        .startsWith(
            "cytosis classify: <stdin>:1: field \"description\" holds a value longer than 1,048,576");
  }

  @Test
  void aHundredMegabyteCsvCellIsOneInvalidRecordInASmallHeap() throws Exception {
    // given a bank whose second row has a 100 MB cell
    Path bank = dir.resolve("bank.csv");
    try (var in =
        Input.huge(
                "id,expected_label,cargo\nn1,PINOCYTOSIS,FLUID\nn2,PINOCYTOSIS,",
                'x',
                BadInputCatalogue.HUNDRED_MB,
                "\n")
            .open()) {
      Files.copy(in, bank);
    }
    // when
    ChildJvm.Result run =
        ChildJvm.run(dir, HEAP, Input.utf8(""), "validate", bank.toString(), "--format", "json");
    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).hasSize(2);
    assertThat(run.out().get(1)).contains("\"verdict\":\"INVALID\"");
    assertThat(run.complaints())
        .filteredOn(l -> l.startsWith("cytosis validate: "))
        .singleElement()
        .asString()
        .contains("bank.csv:3: holds a value longer than 1,048,576");
  }
}
