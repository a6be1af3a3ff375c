package org.cytosis.grading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cytosis.model.Criterion;
import org.cytosis.model.Finding;
import org.cytosis.model.Label;
import org.cytosis.model.Weight;

/**
 * Compares what a student states with what the scenario states, criterion by criterion, along the
 * label tree: which criteria the student states correctly (credited) and which statements the
 * scenario contradicts. The scenario's statements are the findings the rules made from it; where it
 * says nothing on a criterion, the key's label stands in for it.
 */
final class Marking {

  private Marking() {}

  /**
   * The criteria stated correctly, in criterion order, each once: an asserted value the scenario
   * states too (the same value), or, where the scenario is silent on the criterion, a value that
   * supports the key's label or its family; or the denial of a decisive value that would point away
   * from the key ("the vesicle does not fuse", for endocytosis). The cell type is never credited:
   * naming the cell is no justification.
   */
  static List<Criterion> credited(KeyEntry key, List<Statement> statements, Rubric rubric) {
    Set<Criterion> credited = new java.util.TreeSet<>();
    for (Statement s : statements) {
      if (s.criterion() == Criterion.CELL_TYPE || !rubric.credits(s.criterion())) {
        continue;
      }
      List<Finding> stated = stated(key, s.criterion());
      boolean correct =
          s.denied()
              ? s.weight() == Weight.DECISIVE
                  && pointsAway(s, key.label())
                  && stated.stream().noneMatch(f -> f.value().equals(s.value()))
              : stated.isEmpty()
                  ? key.label().lineage().contains(s.supports())
                  : stated.stream().anyMatch(f -> f.value().equals(s.value()));
      if (correct) {
        credited.add(s.criterion());
      }
    }
    return List.copyOf(credited);
  }

  /**
   * The statements the scenario contradicts, in the order stated: an asserted value that agrees
   * with none of the scenario's values on its criterion (the same value, or one on the same branch
   * of the label tree); where the scenario is silent, a decisive value that points away from the
   * key's label; and the denial of a value the scenario states, or of a decisive value of the key's
   * own branch.
   */
  static List<Contradiction> contradictions(KeyEntry key, List<Statement> statements) {
    List<Contradiction> found = new ArrayList<>();
    Set<Statement> seen = new LinkedHashSet<>();
    for (Statement s : statements) {
      if (s.criterion() == Criterion.CELL_TYPE || !seen.add(s)) {
        continue;
      }
      List<Finding> stated = stated(key, s.criterion());
      if (s.denied()) {
        stated.stream()
            .filter(f -> f.value().equals(s.value()))
            .findFirst()
            .ifPresentOrElse(
                f -> found.add(new Contradiction(s, f)),
                () -> {
                  if (stated.isEmpty()
                      && s.weight() == Weight.DECISIVE
                      && key.label().lineage().contains(s.supports())) {
                    found.add(new Contradiction(s, null));
                  }
                });
      } else if (!stated.isEmpty()) {
        if (stated.stream()
            .noneMatch(
                f -> f.value().equals(s.value()) || f.supports().isOnBranchOf(s.supports()))) {
          found.add(new Contradiction(s, stated.get(0)));
        }
      } else if (s.weight() == Weight.DECISIVE && pointsAway(s, key.label())) {
        found.add(new Contradiction(s, null));
      }
    }
    return found;
  }

  /**
   * Whether a statement points away from the key's label: to another branch of the label tree; for
   * a key of no vesicle at all, to bulk transport by a criterion that needs a vesicle (the
   * direction alone says nothing against a carrier).
   */
  private static boolean pointsAway(Statement s, Label key) {
    if (key == Label.NOT_BULK_TRANSPORT) {
      return s.criterion().impliesVesicle() && s.supports().isBulkTransport();
    }
    return !s.supports().isOnBranchOf(key);
  }

  /** The scenario's findings on a criterion. */
  private static List<Finding> stated(KeyEntry key, Criterion criterion) {
    return key.scenario().findings().stream().filter(f -> f.criterion() == criterion).toList();
  }

  /** A scenario finding in words: {@code "engulfs" (direction: into the cell)}. */
  static String describe(Finding f) {
    String words = Phrasing.criterion(f.criterion()) + ": " + Phrasing.value(f.value());
    return f.evidence().text() == null ? words : "\"" + f.evidence().text() + "\" (" + words + ")";
  }
}
