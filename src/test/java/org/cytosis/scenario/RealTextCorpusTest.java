package org.cytosis.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cytosis.engine.Classifier;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on quoted real text (testcases-corpus/: textbook, ontology and exam passages nobody on
 * this project wrote, labelled by what each asserts). Prints exact and family accuracy with the
 * confusion matrix for the development set (real-text.jsonl, a copy of the shared corpus), for the
 * passages this project added (real-text-extra.jsonl, thin classes) and for both, and writes them
 * to target/real-text-accuracy.md. The development set must read at the goal, 90% exact;
 * the rest hold the level measured when the reading last changed, a floor against regressions.
 */
class RealTextCorpusTest {

  /** The goal for the development set (issue 13). Measured 2026-12-02: 151 of 164 (92.1%). */
  private static final double DEVELOPMENT_EXACT_GOAL = 0.90;

  /** Measured 2026-12-02 on the development set: 154 of 164 family (93.9%). */
  private static final double DEVELOPMENT_FAMILY_FLOOR = 0.935;

  /**
   * Measured 2026-12-02 on both files (269 items): 231 exact (85.9%), 239 family (88.8%), after
   * entries into organs of the body, participial asides, pseudopods as structures and relative
   * clauses in the subject of "be" (before them: 227 exact, 236 family).
   */
  private static final double EXACT_FLOOR = 0.855;

  private static final double FAMILY_FLOOR = 0.885;

  private static final String DEVELOPMENT = "real-text.jsonl";

  private static final Path CORPUS = Path.of("testcases-corpus");

  private record Item(String file, String id, String text, String label) {}

  private record Outcome(Item item, String read) {}

  private static List<Outcome> outcomes;

  @BeforeAll
  static void classifyTheCorpus() throws IOException {
    List<Item> items = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String file : new String[] {DEVELOPMENT, "real-text-extra.jsonl"}) {
      for (String line : Files.readAllLines(CORPUS.resolve(file))) {
        if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          items.add(
              new Item(
                  file, n.get("id").asText(), n.get("text").asText(), n.get("label").asText()));
        }
      }
    }
    List<CellEvent> events =
        items.stream()
            .map(i -> CellEvent.builder().id(i.id()).description(i.text()).build())
            .toList();
    List<Classification> results = Classifier.create().classifyAll(events);
    outcomes = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      outcomes.add(new Outcome(items.get(i), asCorpusLabel(results.get(i))));
    }
  }

  /** A result in the corpus's terms: the label, or the status where there is no clean label. */
  private static String asCorpusLabel(Classification c) {
    return switch (c.status()) {
      case CLASSIFIED -> c.label().name();
      case NOT_BULK_TRANSPORT, NO_EVENT -> c.status().name();
      case CONFLICTING -> "CONFLICTING" + (c.label() == null ? "" : "(" + c.label() + ")");
      case INSUFFICIENT_EVIDENCE -> "INSUFFICIENT_EVIDENCE";
    };
  }

  /** The family a corpus label belongs to; a conflict or a lack of evidence belongs to none. */
  private static String family(String label) {
    try {
      Label l = Label.valueOf(label);
      return l.getFamily().name();
    } catch (IllegalArgumentException notALabel) {
      return label.startsWith("CONFLICTING") || label.equals("INSUFFICIENT_EVIDENCE") ? "-" : label;
    }
  }

  @Test
  void accuracyOnQuotedRealTextIsReportedAndMeetsItsGoal() throws IOException {
    // when
    List<Outcome> development =
        outcomes.stream().filter(o -> o.item().file().equals(DEVELOPMENT)).toList();
    List<Outcome> added =
        outcomes.stream().filter(o -> !o.item().file().equals(DEVELOPMENT)).toList();
    String report =
        report("the development set, " + DEVELOPMENT, development)
            + "\n"
            + report("passages added here, real-text-extra.jsonl", added)
            + "\n"
            + report("both", outcomes);
    System.out.println(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "real-text-accuracy.md"), report);
    // then
    assertThat(development).hasSizeGreaterThanOrEqualTo(164);
    assertThat(outcomes).hasSizeGreaterThanOrEqualTo(269);
    assertThat(exact(development)).as(report).isGreaterThanOrEqualTo(DEVELOPMENT_EXACT_GOAL);
    assertThat(family(development)).as(report).isGreaterThanOrEqualTo(DEVELOPMENT_FAMILY_FLOOR);
    assertThat(exact(outcomes)).as(report).isGreaterThanOrEqualTo(EXACT_FLOOR);
    assertThat(family(outcomes)).as(report).isGreaterThanOrEqualTo(FAMILY_FLOOR);
  }

  private static double exact(List<Outcome> set) {
    return (double) set.stream().filter(o -> o.read().equals(o.item().label())).count()
        / set.size();
  }

  private static double family(List<Outcome> set) {
    return (double)
            set.stream().filter(o -> family(o.read()).equals(family(o.item().label()))).count()
        / set.size();
  }

  @Test
  void textsThatAssertNoEventAreMoreOftenRecognisedThanGivenALabel() {
    List<Outcome> noEvent =
        outcomes.stream().filter(o -> o.item().label().equals("NO_EVENT")).toList();
    long recognised = noEvent.stream().filter(o -> o.read().equals("NO_EVENT")).count();
    long labelled =
        noEvent.stream()
            .filter(o -> family(o.read()).matches("EXOCYTOSIS|ENDOCYTOSIS|TRANSCYTOSIS"))
            .count();
    assertThat(recognised)
        .as("%d NO_EVENT texts recognised, %d given a label", recognised, labelled)
        .isGreaterThan(labelled);
  }

  private static String report(String name, List<Outcome> set) {
    int n = set.size();
    long exact = Math.round(exact(set) * n);
    long family = Math.round(family(set) * n);
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "Real text, %s (%d items): exact %d (%.1f%%), family %d (%.1f%%)%n%n",
            name, n, exact, 100.0 * exact / n, family, 100.0 * family / n));
    out.append("| expected | read as | count |\n|---|---|---|\n");
    Map<String, Integer> confusion = new TreeMap<>();
    for (Outcome o : set) {
      confusion.merge(o.item().label() + " | " + o.read(), 1, Integer::sum);
    }
    confusion.forEach(
        (pair, count) ->
            out.append("| ")
                .append(pair)
                .append(" | ")
                .append(count)
                .append(pair.split(" \\| ")[0].equals(pair.split(" \\| ")[1]) ? " (right)" : "")
                .append(" |\n"));
    return out.toString();
  }
}
