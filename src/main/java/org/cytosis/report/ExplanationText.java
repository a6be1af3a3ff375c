package org.cytosis.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.WordUtils;
import org.cytosis.model.Classification;
import org.cytosis.model.Counterfactual;
import org.cytosis.model.Explanation;
import org.cytosis.model.JustificationNode;
import org.cytosis.model.JustificationNode.Kind;
import org.cytosis.model.WhyNot;

/**
 * An explanation for a person at a terminal, in sentences, within 100 columns: how the verdict was
 * reached (the justification tree: each conclusion with the rule that drew it, each finding with its
 * catalogue IDs), why not the other labels (labels that fail for the same reason share a line), and
 * the smallest change that gives each other answer. The JSON holds all of it, including every
 * minimal counterfactual and the catalogue's statements; this shows the first change per answer.
 */
public final class ExplanationText {

  /** Columns a line may take. */
  public static final int WIDTH = 100;

  /** Answers shown under "what would change it", so that a typical explanation fits a screen. */
  static final int MAX_CHANGES = 3;

  private ExplanationText() {}

  public static String render(Classification c) {
    Explanation e = Objects.requireNonNull(c.explanation(), "the classification has no explanation");
    List<String> lines = new ArrayList<>();
    // The verdict itself heads the report; here its rule opens the tree of what it rests on.
    add(lines, 2, "how: " + (e.how().rule() == null ? e.how().statement() : lowerFirst(e.how().rule())) + ".");
    Set<JustificationNode> shown = new HashSet<>(List.of(e.how()));
    causes(e.how().because().stream().filter(n -> n.kind() != Kind.INPUT).toList(), 4, lines, shown);
    lines.add("  why not:");
    sameReasonTogether(e.whyNot()).forEach((reason, labels) ->
        add(lines, 4, String.join(", ", labels) + ": " + reason));
    Map<Counterfactual.Result, Counterfactual> firstPerResult = new LinkedHashMap<>();
    e.counterfactuals().forEach(cf -> firstPerResult.putIfAbsent(cf.result(), cf));
    // The smallest changes come first; past a screenful the header says how many more the JSON has.
    lines.add(firstPerResult.size() <= MAX_CHANGES ? "  what would change it:"
        : "  what would change it (" + MAX_CHANGES + " of " + firstPerResult.size()
            + " answers; all in --format json):");
    firstPerResult.values().stream().limit(MAX_CHANGES).forEach(cf -> add(lines, 4, cf.summary()));
    return String.join("\n", lines) + "\n";
  }

  /**
   * A conclusion, then its causes indented below it. Inputs are not shown (each finding says its
   * evidence when it is a text span, and otherwise comes from the field of its own name); a finding
   * shown once already is only named again; conflicts drawn by one rule share one line naming it,
   * each then on a line of its own with both sides' catalogue IDs.
   */
  private static void how(JustificationNode node, int indent, List<String> lines, Set<JustificationNode> shown) {
    shown.add(node);
    List<JustificationNode> fresh = new ArrayList<>();
    List<String> again = new ArrayList<>();
    for (JustificationNode cause : node.because()) {
      if (cause.kind() == Kind.INPUT) {
        continue;
      }
      if (shown.contains(cause)) {
        // Named by its criterion only (its value is on the line above); once, however often stated.
        String criterion = subject(cause).split(" ")[0];
        if (!again.contains(criterion)) {
          again.add(criterion);
        }
      } else {
        fresh.add(cause);
      }
    }
    String above = again.isEmpty() ? "" : " (from " + andList(again) + ", above)";
    add(lines, indent, sentence(node, above));
    causes(fresh, indent + 2, lines, shown);
  }

  private static void causes(List<JustificationNode> nodes, int indent, List<String> lines, Set<JustificationNode> shown) {
    String conflictRule = null;
    // One claim stated by several phrases is one line quoting them all.
    Map<String, List<JustificationNode>> sameClaim = nodes.stream()
        .filter(n -> n.kind() == Kind.FINDING && n.because().stream().allMatch(c -> c.kind() == Kind.INPUT))
        .collect(Collectors.groupingBy(JustificationNode::statement, LinkedHashMap::new, Collectors.toList()));
    for (JustificationNode node : nodes) {
      List<JustificationNode> claim = sameClaim.get(node.statement());
      if (node.kind() == Kind.FINDING && claim != null && claim.size() > 1) {
        if (claim.get(0) == node) {
          shown.addAll(claim);
          add(lines, indent, node.statement() + " from " + claim.stream().map(ExplanationText::phrase)
              .collect(Collectors.joining(", ")) + " [" + String.join(", ", node.sources()) + "]");
        }
        continue;
      }
      if (node.kind() != Kind.CONFLICT) {
        how(node, indent, lines, shown);
        continue;
      }
      if (!node.rule().equals(conflictRule)) {
        conflictRule = node.rule();
        add(lines, indent, "Conflict: " + lowerFirst(conflictRule) + ":");
      }
      shown.add(node);
      add(lines, indent + 2, node.because().stream()
          .map(side -> subject(side) + " [" + String.join(", ", side.sources()) + "]")
          .collect(Collectors.joining(" vs ")));
      node.because().forEach(shown::add);
    }
  }

  private static String sentence(JustificationNode node, String above) {
    if (node.kind() == Kind.FINDING) {
      boolean span = node.evidence() != null && node.evidence().start() != null;
      return node.statement() + (span ? " from " + phrase(node) : "")
          + " [" + String.join(", ", node.sources()) + "]" + above;
    }
    String because = node.rule() == null ? "" : ": " + lowerFirst(node.rule());
    return upperFirst(node.statement()) + because + above + ".";
  }

  /** Where a finding was seen: its words in quotes, or its field (the JSON has the offsets). */
  private static String phrase(JustificationNode finding) {
    var evidence = finding.evidence();
    return evidence == null ? "?" : evidence.text() == null ? "field " + evidence.field()
        : "\"" + evidence.text() + "\"";
  }

  /** A finding's field and value ("cargo SOLID_PARTICLE"), which is how its statement begins. */
  private static String subject(JustificationNode node) {
    int cut = node.statement().indexOf(" supports ");
    return cut < 0 ? node.statement() : node.statement().substring(0, cut);
  }

  /** "a", "a and b", "a, b and c". */
  private static String andList(List<String> items) {
    int last = items.size() - 1;
    return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
  }

  /** Labels in order, those whose summaries are the same sentence on one line. */
  private static Map<String, List<String>> sameReasonTogether(List<WhyNot> whyNot) {
    return whyNot.stream().collect(Collectors.groupingBy(WhyNot::summary, LinkedHashMap::new,
        Collectors.mapping(w -> w.label().name(), Collectors.toList())));
  }

  /** Adds a sentence wrapped to the width, continuation lines indented two more. */
  private static void add(List<String> lines, int indent, String text) {
    String pad = " ".repeat(indent);
    String[] wrapped = WordUtils.wrap(text, WIDTH - indent - 2, "\n", true).split("\n");
    for (int i = 0; i < wrapped.length; i++) {
      lines.add((i == 0 ? pad : pad + "  ") + wrapped[i]);
    }
  }

  private static String lowerFirst(String s) {
    return s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s
        : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  private static String upperFirst(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
