package org.cytosis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cytosis.io.JsonSupport;
import org.junit.jupiter.api.Test;

/**
 * The second review's errata (ERR-11..ERR-24 of criteria.md) and the transcytosis criterion are
 * applied, not only listed: each is in the catalogue, is cited by a rule or by a row of a table the
 * rules read (lexicon, grading), and is cited by a scenario of testcases/ that shows it.
 */
class ErrataCoverageTest {

  private static final List<String> SECOND_REVIEW =
      Stream.concat(IntStream.rangeClosed(11, 24).mapToObj(n -> "ERR-" + n), Stream.of("TC-1"))
          .toList();

  private static final Pattern ID = Pattern.compile("\\b(?:ERR|TC)-\\d+\\b");

  private final Classifier classifier = Classifier.create();

  @Test
  void everySecondReviewErratumIsInTheCatalogue() {
    assertThat(SECOND_REVIEW).allMatch(classifier.catalogue()::contains);
  }

  @Test
  void everySecondReviewErratumIsCitedByARuleOrATableRow() {
    List<String> cited = new ArrayList<>();
    classifier.rules().forEach(rule -> cited.addAll(rule.sources()));
    cited.addAll(idsIn(tableRows(Path.of("rules", "lexicon"))));
    cited.addAll(idsIn(tableRows(Path.of("rules", "grading"))));
    assertThat(cited).containsAll(SECOND_REVIEW);
  }

  @Test
  void everySecondReviewErratumIsCitedByAScenario() {
    List<String> cited = new ArrayList<>();
    for (Path file : files(Path.of("testcases"), ".json")) {
      if (file.getFileName().toString().endsWith("schema.json")) {
        continue;
      }
      JsonNode scenario = read(file);
      cited.addAll(idsIn(List.of(scenario.path("source").asText())));
      scenario.path("expected").path("sources").forEach(id -> cited.add(id.asText()));
    }
    assertThat(cited).containsAll(SECOND_REVIEW);
  }

  @Test
  void ruleCitationsOfTheSecondReviewAreMadeByTheRulesThatApplyThem() {
    // given: the rules that changed meaning under the review, by name, and the erratum each applies
    record Applies(String rule, String erratum) {}
    List<Applies> expected =
        List.of(
            new Applies("Waste is sometimes expelled by exocytosis", "ERR-12"),
            new Applies(
                "Decisive evidence for exocytosis and for endocytosis contradict each other",
                "ERR-13"),
            new Applies(
                "The plasma membrane folding in to pinch off a vesicle is endocytosis", "ERR-14"),
            new Applies(
                "A plasma membrane that grows has taken in vesicle membrane by exocytosis",
                "ERR-15"),
            new Applies("Taking in a solid particle is phagocytosis", "ERR-16"),
            new Applies(
                "A clathrin-coated vesicle carries receptor-bound cargo into the cell", "ERR-17"),
            new Applies(
                "A ligand on its receptor that sets off a release is the trigger of regulated secretion",
                "ERR-18"),
            new Applies(
                "Dense-core and synaptic vesicles store their cargo until a signal releases it",
                "ERR-19"),
            new Applies(
                "Hormones and digestive enzymes are often stored and released on demand", "ERR-20"),
            new Applies(
                "Bacteria and archaea take material in through transporters and channels, not by endocytosis",
                "ERR-22"),
            new Applies("Taking in fluid and what is dissolved in it is pinocytosis", "ERR-23"),
            new Applies(
                "Cargo taken up on one side of the cell and released on the other is transcytosis",
                "ERR-24"));
    // then
    assertThat(expected)
        .allSatisfy(
            a ->
                assertThat(classifier.rules())
                    .filteredOn(rule -> rule.name().equals(a.rule()))
                    .singleElement()
                    .satisfies(
                        rule -> assertThat(rule.sources()).as(a.rule()).contains(a.erratum())));
  }

  private static List<String> idsIn(List<String> texts) {
    List<String> ids = new ArrayList<>();
    for (String text : texts) {
      Matcher m = ID.matcher(text);
      while (m.find()) {
        ids.add(m.group());
      }
    }
    return ids;
  }

  /** The data rows of every table in a folder (comment lines are documentation, not rows). */
  private static List<String> tableRows(Path dir) {
    List<String> rows = new ArrayList<>();
    for (Path file : files(dir, ".tsv")) {
      try {
        Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).forEach(rows::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return rows;
  }

  private static List<Path> files(Path dir, String ending) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(ending)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(Path file) {
    try {
      return JsonSupport.MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }
}
