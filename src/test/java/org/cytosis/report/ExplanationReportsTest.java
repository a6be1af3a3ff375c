package org.cytosis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytosis.engine.Classifier;
import org.cytosis.explain.Explainer;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Direction;
import org.cytosis.model.Evidence;
import org.cytosis.model.Explanation;
import org.cytosis.model.JustificationNode;
import org.cytosis.model.JustificationNode.Kind;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.Status;
import org.cytosis.model.Trigger;
import org.cytosis.model.VesicleType;
import org.junit.jupiter.api.Test;

/** The text, DOT and Mermaid renderings of an explanation. */
class ExplanationReportsTest {

  private static final Classifier CLASSIFIER = Classifier.create();

  private static final Classification PHAGOCYTOSIS =
      new Explainer(CLASSIFIER)
          .explain(
              CellEvent.builder()
                  .id("p")
                  .cellType("neutrophil")
                  .direction(Direction.INTO_CELL)
                  .membraneEvent(MembraneEvent.INVAGINATION)
                  .cargo(Cargo.SOLID_PARTICLE)
                  .vesicleType(VesicleType.PHAGOSOME)
                  .build());

  private static final Classification CONFLICT =
      new Explainer(CLASSIFIER)
          .explain(
              CellEvent.builder()
                  .id("c")
                  .direction(Direction.INTO_CELL)
                  .membraneEvent(MembraneEvent.FUSION)
                  .cargo(Cargo.SOLID_PARTICLE)
                  .trigger(Trigger.SIGNAL)
                  .build());

  @Test
  void textExplainsHowWhyNotAndWhatWouldChangeItInPlainSentences() {
    String text = ExplanationText.render(PHAGOCYTOSIS);

    assertThat(text)
        .contains(
            "  How:\n    The leading subtype of the established family is the label.\n",
            "      Family endocytosis established: decisive evidence for one family, and none against it,\n",
            "        The cargo is a solid particle (given as cargo): points to phagocytosis\n",
            "  Why not:\n",
            "    Exocytosis, constitutive secretion and regulated secretion: the cargo moves into the cell, not\n",
            "    Endocytosis: phagocytosis is the more specific answer within endocytosis.\n",
            "  What would change it:\n",
            "    If the cargo is fluid and the vesicle is a pinocytic vesicle: pinocytosis.\n");
    assertThat(text.lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(ExplanationText.WIDTH))
        .allSatisfy(
            line -> assertThat(line).doesNotContainPattern("[A-Z]{3,}").doesNotContain("[PH-1]"));
  }

  @Test
  void textNamesAFindingAgainRatherThanRepeatingIt() {
    String text = ExplanationText.render(PHAGOCYTOSIS);

    assertThat(text).containsOnlyOnce("The cargo is a solid particle (given as cargo)");
    assertThat(text.replaceAll("\\s+", " "))
        .contains("(from the cargo is a solid particle and the vesicle is a phagosome, above)");
  }

  @Test
  void textListsEachConflictOnceUnderTheRuleThatFoundIt() {
    String text = ExplanationText.render(CONFLICT);

    assertThat(text)
        .containsOnlyOnce(
            "Conflict: decisive evidence for exocytosis and for endocytosis contradict each other:")
        .containsOnlyOnce(
            "a vesicle fuses with the plasma membrane against the cargo moves into the cell\n");
  }

  @Test
  void whatWouldChangeItShowsAtMostFiveOutcomesEachOnceAndSaysHowManyMoreTheJsonHas() {
    String text = ExplanationText.render(CONFLICT);

    var changes =
        text.substring(text.indexOf("  What would change it"))
            .lines()
            .skip(1)
            .filter(l -> l.startsWith("    If "))
            .toList();
    assertThat(changes).hasSize(ExplanationText.MAX_CHANGES);
    assertThat(text)
        .contains(
            "  What would change it (5 of "
                + CONFLICT.explanation().counterfactuals().stream()
                    .map(cf -> cf.result())
                    .distinct()
                    .count()
                + " outcomes; all in --format json):");
  }

  @Test
  void dotDrawsEachFactOnceWithArrowsBetweenDeclaredNodesAndConflictsInRed() {
    String dot = DotReport.render(CONFLICT);

    assertThat(dot).startsWith("digraph \"c\" {\n").endsWith("}\n");
    List<String> declared = ids(dot, "^  (n\\d+) \\[label=");
    assertThat(declared).doesNotHaveDuplicates();
    assertThat(ids(dot, "^  (n\\d+) -> n\\d+")).allSatisfy(id -> assertThat(declared).contains(id));
    assertThat(ids(dot, "^  n\\d+ -> (n\\d+)")).allSatisfy(id -> assertThat(declared).contains(id));
    assertThat(dot)
        .containsOnlyOnce("membraneEvent FUSION supports EXOCYTOSIS")
        .contains("color=red, fontcolor=red")
        .contains(" [color=red];");
    assertThat(DotReport.render(PHAGOCYTOSIS)).doesNotContain("red");
  }

  @Test
  void mermaidDrawsTheSameGraphAndColoursConflictArrows() {
    String mermaid = MermaidReport.render(CONFLICT);

    assertThat(mermaid).startsWith("flowchart LR\n");
    long arrows = mermaid.lines().filter(l -> l.contains(" --> ")).count();
    assertThat(arrows)
        .isEqualTo(DotReport.render(CONFLICT).lines().filter(l -> l.contains(" -> ")).count());
    assertThat(mermaid).contains("class n2 conflict").contains("linkStyle").contains("stroke:#d00");
    assertThat(MermaidReport.render(PHAGOCYTOSIS)).doesNotContain("linkStyle");
  }

  @Test
  void diagramsEscapeQuotesAndAngleBracketsFromTheEventsText() {
    // given: a finding read from a span of the description, as the English extraction reports it
    Evidence span = new Evidence("description", 4, 21, "engulfs <a> \"bug\"", null);
    JustificationNode input =
        new JustificationNode(
            Kind.INPUT, "cargo = SOLID_PARTICLE (" + span.describe() + ")", null, null, span, null);
    JustificationNode finding =
        new JustificationNode(
            Kind.FINDING,
            "cargo SOLID_PARTICLE supports PHAGOCYTOSIS (decisive)",
            "Taking in a solid particle is phagocytosis",
            List.of("PH-1"),
            span,
            List.of(input));
    Classification c =
        new Classification(
            "say \"hi\"",
            Status.INSUFFICIENT_EVIDENCE,
            null,
            0,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            new Explanation(finding, List.of(), List.of(), Map.of()),
            List.of(),
            null);

    // when
    String dot = DotReport.render(c);
    String mermaid = MermaidReport.render(c);

    // then
    assertThat(dot)
        .startsWith("digraph \"say \\\"hi\\\"\" {")
        .contains("engulfs &lt;a&gt; &quot;bug&quot;")
        .doesNotContain("<a>");
    assertThat(mermaid).contains("engulfs #lt;a#gt; #quot;bug#quot;").doesNotContain("<a>");
  }

  private static List<String> ids(String text, String regex) {
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
    List<String> ids = new java.util.ArrayList<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}
