package org.cytosis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytosis.engine.Classifier;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Direction;
import org.cytosis.model.Evidence;
import org.cytosis.model.Explanation;
import org.cytosis.model.JustificationNode;
import org.cytosis.model.JustificationNode.Kind;
import org.cytosis.model.Status;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.Trigger;
import org.cytosis.model.VesicleType;
import org.junit.jupiter.api.Test;

/** The text, DOT and Mermaid renderings of an explanation. */
class ExplanationReportsTest {

  private static final Classifier CLASSIFIER = Classifier.create();

  private static final Classification PHAGOCYTOSIS = CLASSIFIER.explain(CellEvent.builder().id("p")
      .cellType("neutrophil").direction(Direction.INTO_CELL).membraneEvent(MembraneEvent.INVAGINATION)
      .cargo(Cargo.SOLID_PARTICLE).vesicleType(VesicleType.PHAGOSOME).build());

  private static final Classification CONFLICT = CLASSIFIER.explain(CellEvent.builder().id("c")
      .direction(Direction.INTO_CELL).membraneEvent(MembraneEvent.FUSION).cargo(Cargo.SOLID_PARTICLE)
      .trigger(Trigger.SIGNAL).build());

  @Test
  void textExplainsHowWhyNotAndWhatWouldChangeItInSentences() {
    String text = ExplanationText.render(PHAGOCYTOSIS);

    assertThat(text).contains(
        "  how: the leading subtype of the established family is the label.\n",
        "    Family ENDOCYTOSIS established: decisive evidence for one family, and none against it,\n",
        "      cargo SOLID_PARTICLE supports PHAGOCYTOSIS (decisive) [PH-1, ERR-16]\n",
        "  why not:\n",
        "    EXOCYTOSIS, CONSTITUTIVE_SECRETORY_PATHWAY, REGULATED_SECRETORY_PATHWAY: The direction is\n",
        "    ENDOCYTOSIS: PHAGOCYTOSIS is the more specific label within ENDOCYTOSIS.\n",
        "  what would change it",
        "    If the cargo were FLUID and the vesicle type were PINOCYTIC_VESICLE: PINOCYTOSIS.\n");
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(ExplanationText.WIDTH));
  }

  @Test
  void textNamesAFindingAgainRatherThanRepeatingIt() {
    String text = ExplanationText.render(PHAGOCYTOSIS);

    assertThat(text).containsOnlyOnce("cargo SOLID_PARTICLE supports PHAGOCYTOSIS");
    assertThat(text).contains("(from cargo and vesicleType, above)");
  }

  @Test
  void textListsEachConflictOnceUnderTheRuleThatFoundIt() {
    String text = ExplanationText.render(CONFLICT);

    assertThat(text).containsOnlyOnce("Conflict: decisive evidence for exocytosis and for endocytosis contradict each other:")
        .contains("      membraneEvent FUSION [KD-3, S-1, KD-4, ERR-2] vs direction INTO_CELL [KD-9, FT-1, ERR-4]\n");
  }

  @Test
  void dotDrawsEachFactOnceWithArrowsBetweenDeclaredNodesAndConflictsInRed() {
    String dot = DotReport.render(CONFLICT);

    assertThat(dot).startsWith("digraph \"c\" {\n").endsWith("}\n");
    List<String> declared = ids(dot, "^  (n\\d+) \\[label=");
    assertThat(declared).doesNotHaveDuplicates();
    assertThat(ids(dot, "^  (n\\d+) -> n\\d+")).allSatisfy(id -> assertThat(declared).contains(id));
    assertThat(ids(dot, "^  n\\d+ -> (n\\d+)")).allSatisfy(id -> assertThat(declared).contains(id));
    assertThat(dot).containsOnlyOnce("membraneEvent FUSION supports EXOCYTOSIS")
        .contains("color=red, fontcolor=red").contains(" [color=red];");
    assertThat(DotReport.render(PHAGOCYTOSIS)).doesNotContain("red");
  }

  @Test
  void mermaidDrawsTheSameGraphAndColoursConflictArrows() {
    String mermaid = MermaidReport.render(CONFLICT);

    assertThat(mermaid).startsWith("flowchart LR\n");
    long arrows = mermaid.lines().filter(l -> l.contains(" --> ")).count();
    assertThat(arrows).isEqualTo(DotReport.render(CONFLICT).lines().filter(l -> l.contains(" -> ")).count());
    assertThat(mermaid).contains("class n2 conflict").contains("linkStyle").contains("stroke:#d00");
    assertThat(MermaidReport.render(PHAGOCYTOSIS)).doesNotContain("linkStyle");
  }

  @Test
  void diagramsEscapeQuotesAndAngleBracketsFromTheEventsText() {
    // given: a finding read from a span of the description, as the English extraction reports it
    Evidence span = new Evidence("description", 4, 21, "engulfs <a> \"bug\"", null);
    JustificationNode input = new JustificationNode(Kind.INPUT, "cargo = SOLID_PARTICLE (" + span.describe() + ")",
        null, null, span, null);
    JustificationNode finding = new JustificationNode(Kind.FINDING, "cargo SOLID_PARTICLE supports PHAGOCYTOSIS (decisive)",
        "Taking in a solid particle is phagocytosis", List.of("PH-1"), span, List.of(input));
    Classification c = new Classification("say \"hi\"", Status.INSUFFICIENT_EVIDENCE, null, 0, List.of(),
        List.of(), List.of(), List.of(), List.of(), new Explanation(finding, List.of(), List.of(), Map.of()), List.of(), null);

    // when
    String dot = DotReport.render(c);
    String mermaid = MermaidReport.render(c);

    // then
    assertThat(dot).startsWith("digraph \"say \\\"hi\\\"\" {")
        .contains("engulfs &lt;a&gt; &quot;bug&quot;").doesNotContain("<a>");
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
