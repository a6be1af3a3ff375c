package org.cytosis.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cytosis.model.Classification;
import org.cytosis.model.Counterfactual;
import org.cytosis.model.Criterion;
import org.cytosis.model.Explanation;
import org.cytosis.model.JustificationNode;
import org.cytosis.model.JustificationNode.Kind;
import org.cytosis.model.Label;
import org.cytosis.model.WhyNot;

/**
 * The full explanation ({@code --explain}) in plain words within 100 columns: how the answer was
 * reached (each conclusion with the rule that drew it, each claim with where it was read), why not
 * each other answer (answers that fail for the same reason share a line), and what would change it:
 * each other outcome once, with the smallest change that gives it, at most {@link #MAX_CHANGES}.
 * The JSON holds all of it, including every minimal change and the catalogue's statements.
 */
public final class ExplanationText {

  /** Columns a line may take. */
  public static final int WIDTH = Wrapped.WIDTH;

  /** Outcomes shown under "what would change it"; the JSON has every one. */
  public static final int MAX_CHANGES = 5;

  private static final Pattern FINDING =
      Pattern.compile("(\\w+) (.+) supports (\\w+)(?: \\((\\w+)\\))?");
  private static final Pattern LEFT_OUT =
      Pattern.compile("the description did not say (.+?)(?: and the |: )");

  private ExplanationText() {}

  public static String render(Classification c) {
    return String.join("\n", lines(c, false)) + "\n";
  }

  static List<String> lines(Classification c, boolean sources) {
    Explanation e =
        Objects.requireNonNull(c.explanation(), "the classification has no explanation");
    List<String> lines = new ArrayList<>();
    lines.add("  How:");
    Wrapped.add(
        lines,
        4,
        e.how().rule() == null
            ? upperFirst(words(e.how().statement())) + "."
            : upperFirst(e.how().rule()) + ".");
    Set<JustificationNode> shown = new HashSet<>(List.of(e.how()));
    causes(
        e.how().because().stream().filter(n -> n.kind() != Kind.INPUT).toList(),
        6,
        lines,
        shown,
        sources);
    whyNot(lines, c);
    changes(lines, c);
    return lines;
  }

  private static void whyNot(List<String> lines, Classification c) {
    Map<String, List<String>> sameReason = new LinkedHashMap<>();
    for (WhyNot w : c.explanation().whyNot()) {
      sameReason
          .computeIfAbsent(WhyNotWords.reason(w, c), k -> new ArrayList<>())
          .add(PlainWords.label(w.label()));
    }
    if (sameReason.isEmpty()) {
      return;
    }
    lines.add("  Why not:");
    sameReason.forEach(
        (reason, labels) ->
            Wrapped.add(lines, 4, upperFirst(WhyNotWords.joined(labels, " and ")) + ": " + reason));
  }

  /**
   * Each outcome other than this answer once, by its smallest change (they come smallest first).
   */
  private static void changes(List<String> lines, Classification c) {
    Map<String, String> firstPerOutcome = new LinkedHashMap<>();
    Counterfactual.Result current = Counterfactual.Result.of(c);
    for (Counterfactual cf : c.explanation().counterfactuals()) {
      if (cf.result().equals(current)) {
        continue;
      }
      String outcome = outcome(cf.result(), c);
      firstPerOutcome.putIfAbsent(outcome, "If " + change(cf) + ": " + outcome + ".");
    }
    if (firstPerOutcome.isEmpty()) {
      return;
    }
    lines.add(
        firstPerOutcome.size() <= MAX_CHANGES
            ? "  What would change it:"
            : "  What would change it ("
                + MAX_CHANGES
                + " of "
                + firstPerOutcome.size()
                + " outcomes; all in --format json):");
    firstPerOutcome.values().stream().limit(MAX_CHANGES).forEach(s -> Wrapped.add(lines, 4, s));
  }

  /** "pinocytosis"; the same label settled: "clearly endocytosis". */
  private static String outcome(Counterfactual.Result result, Classification c) {
    if (result.label() != null && result.label() == c.label()) {
      return "clearly " + PlainWords.outcome(result.status(), result.label());
    }
    return PlainWords.outcome(result.status(), result.label());
  }

  /** "the cargo is fluid and the text did not say "bacteria"". */
  private static String change(Counterfactual cf) {
    List<String> parts = new ArrayList<>();
    cf.changes()
        .forEach(
            (field, value) -> {
              if (field.equals("description")) {
                Matcher m = LEFT_OUT.matcher(cf.summary());
                parts.add("the text did not say " + (m.find() ? m.group(1) : "some of its words"));
                return;
              }
              Criterion criterion = criterion(field);
              if (criterion == null) {
                parts.add("the " + field + " changed");
              } else if (value == null) {
                parts.add(PlainWords.subject(criterion) + " is not known");
              } else {
                parts.add(PlainWords.claim(criterion, value));
              }
            });
    return String.join(" and ", parts);
  }

  private static Criterion criterion(String field) {
    return Criterion.byField(field).orElse(null);
  }

  /**
   * A conclusion, then its causes indented below it. Inputs are not shown (a claim says where it
   * was read); a claim shown once already is only named again.
   */
  private static void how(
      JustificationNode node,
      int indent,
      List<String> lines,
      Set<JustificationNode> shown,
      boolean sources) {
    shown.add(node);
    List<JustificationNode> fresh = new ArrayList<>();
    Set<String> again = new LinkedHashSet<>();
    for (JustificationNode cause : node.because()) {
      if (cause.kind() == Kind.INPUT) {
        continue;
      }
      if (shown.contains(cause)) {
        again.add(subjectOf(cause));
      } else {
        fresh.add(cause);
      }
    }
    String above =
        again.isEmpty()
            ? ""
            : " (from " + WhyNotWords.joined(List.copyOf(again), " and ") + ", above)";
    if (node.kind() == Kind.FINDING) {
      Wrapped.add(lines, indent, claim(node, List.of(node), sources) + above);
    } else {
      String because = node.rule() == null ? "" : ": " + lowerFirst(node.rule());
      Wrapped.add(lines, indent, upperFirst(words(node.statement())) + because + above + ".");
    }
    causes(fresh, indent + 2, lines, shown, sources);
  }

  private static void causes(
      List<JustificationNode> nodes,
      int indent,
      List<String> lines,
      Set<JustificationNode> shown,
      boolean sources) {
    // One claim stated by several phrases is one line quoting them all.
    Map<String, List<JustificationNode>> sameClaim =
        nodes.stream()
            .filter(
                n ->
                    n.kind() == Kind.FINDING
                        && n.because().stream().allMatch(c -> c.kind() == Kind.INPUT))
            .collect(
                Collectors.groupingBy(
                    JustificationNode::statement, LinkedHashMap::new, Collectors.toList()));
    Set<String> conflictLines = new LinkedHashSet<>();
    String conflictRule = null;
    for (JustificationNode node : nodes) {
      List<JustificationNode> claim = sameClaim.get(node.statement());
      if (node.kind() == Kind.FINDING && claim != null && claim.size() > 1) {
        if (claim.get(0) == node) {
          shown.addAll(claim);
          Wrapped.add(lines, indent, claim(node, claim, sources));
        }
        continue;
      }
      if (node.kind() != Kind.CONFLICT) {
        how(node, indent, lines, shown, sources);
        continue;
      }
      if (!node.rule().equals(conflictRule)) {
        conflictRule = node.rule();
        Wrapped.add(lines, indent, "Conflict: " + lowerFirst(conflictRule) + ":");
      }
      shown.add(node);
      node.because().forEach(shown::add);
      // The same two claims read from two pairs of phrases are one conflict.
      String line =
          node.because().stream()
              .map(
                  side ->
                      subjectOf(side)
                          + (sources && !side.sources().isEmpty()
                              ? " [" + String.join(", ", side.sources()) + "]"
                              : ""))
              .collect(Collectors.joining(" against "));
      if (conflictLines.add(line)) {
        Wrapped.add(lines, indent + 2, line);
      }
    }
  }

  /**
   * A finding in words with where it was read: {@code the cargo is fluid ("droplets"): points to
   * pinocytosis}.
   */
  private static String claim(
      JustificationNode node, List<JustificationNode> statements, boolean sources) {
    Matcher m = FINDING.matcher(node.statement());
    if (!m.matches() || criterion(m.group(1)) == null) {
      return upperFirst(words(node.statement()));
    }
    List<String> phrases =
        statements.stream()
            .map(JustificationNode::evidence)
            .filter(e -> e != null && e.text() != null)
            .map(e -> e.text())
            .distinct()
            .toList();
    Label supports = Label.valueOf(m.group(3));
    String weight = m.group(4) == null ? "" : m.group(4);
    Claims.Said said =
        new Claims.Said(
            criterion(m.group(1)),
            m.group(2),
            supports,
            weight.equals("weak")
                ? org.cytosis.model.Weight.WEAK
                : weight.equals("suggestive")
                    ? org.cytosis.model.Weight.SUGGESTIVE
                    : org.cytosis.model.Weight.DECISIVE,
            phrases,
            node.sources());
    return upperFirst(said.sentence(sources));
  }

  /** A finding's claim alone ("the cargo is a solid particle"), for naming it again. */
  private static String subjectOf(JustificationNode node) {
    Matcher m = FINDING.matcher(node.statement());
    if (m.matches() && criterion(m.group(1)) != null) {
      return PlainWords.claim(criterion(m.group(1)), m.group(2));
    }
    return words(node.statement());
  }

  private static String words(String statement) {
    return PlainWords.withoutEnumNames(statement);
  }

  private static String lowerFirst(String s) {
    return s.length() > 1 && Character.isUpperCase(s.charAt(1))
        ? s
        : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  private static String upperFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
