package org.cytosis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cytosis.model.Claim;
import org.cytosis.model.Criterion;
import org.cytosis.model.Finding;
import org.cytosis.model.Label;
import org.cytosis.model.Weight;

/**
 * The findings of a classification as claims in words, one per claim however many phrases stated
 * it: {@code the cargo is a solid particle ("bacteria"): points to phagocytosis}.
 */
final class Claims {

  /** One claim, the phrases of the text that stated it (none when it came from a field). */
  record Said(
      Criterion criterion,
      String value,
      Label supports,
      Weight weight,
      List<String> phrases,
      List<String> sources) {

    /** The claim in words, with where it was read and what it points to. */
    String sentence(boolean withSources) {
      String where =
          phrases.isEmpty()
              ? " (given as " + criterion.field() + ")"
              : " ("
                  + phrases.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "))
                  + ")";
      String leans =
          switch (weight) {
            case WEAK -> "a hint of ";
            case SUGGESTIVE -> "suggests ";
            default -> "points to ";
          };
      return PlainWords.claim(criterion, value)
          + where
          + ": "
          + leans
          + PlainWords.label(supports)
          + (withSources && !sources.isEmpty() ? " [" + String.join(", ", sources) + "]" : "");
    }
  }

  private Claims() {}

  /** The claims in the order the findings give them, the strongest first. */
  static List<Said> of(List<Finding> findings) {
    Map<Claim, List<Finding>> byClaim = new LinkedHashMap<>();
    findings.forEach(f -> byClaim.computeIfAbsent(f.getClaim(), k -> new ArrayList<>()).add(f));
    return byClaim.values().stream()
        .map(Claims::said)
        .sorted(java.util.Comparator.comparingInt((Said s) -> -s.weight().getRank()))
        .toList();
  }

  private static Said said(List<Finding> statements) {
    Finding f = statements.get(0);
    List<String> phrases =
        statements.stream()
            .map(s -> s.evidence().text())
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    List<String> sources =
        statements.stream().flatMap(s -> s.sources().stream()).distinct().toList();
    return new Said(f.criterion(), f.value(), f.supports(), f.weight(), phrases, sources);
  }
}
