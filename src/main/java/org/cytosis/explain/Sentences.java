package org.cytosis.explain;

import java.util.List;
import java.util.stream.Collectors;
import org.cytosis.model.Classification;
import org.cytosis.model.Counterfactual.Result;
import org.cytosis.model.CriterionCheck;
import org.cytosis.model.Label;
import org.cytosis.model.Status;

/** The sentences of an explanation, built from its data; no decision is made here. */
final class Sentences {

  private Sentences() {}

  /**
   * "If the cargo were FLUID: PINOCYTOSIS." The values it replaces are not repeated: the event, and
   * the explanation's justification graph, show them.
   */
  static String counterfactual(List<Change> changes, Result result) {
    return "If "
        + changes.stream().map(Change::describe).collect(Collectors.joining(" and "))
        + ": "
        + outcome(result)
        + ".";
  }

  /** A label when there is one (a conflict's label is its favoured family), else the status. */
  private static String outcome(Result result) {
    if (result.status() == Status.CLASSIFIED) {
      return result.label().name();
    }
    return result.status() + (result.label() == null ? "" : " (" + result.label() + ")");
  }

  /**
   * Why the verdict is not {@code label}, in one sentence: that the verdict is a more specific
   * label within it, or the strongest criterion that fails, or which criteria are unknown.
   */
  static String whyNot(
      Label label,
      Classification actual,
      List<CriterionCheck> met,
      List<CriterionCheck> failed,
      List<CriterionCheck> unknown) {
    StringBuilder s = new StringBuilder();
    if (actual.label() != null && actual.label().getParent() == label) {
      s.append(actual.label())
          .append(" is the more specific label within ")
          .append(label)
          .append('.');
    } else if (!failed.isEmpty()) {
      CriterionCheck first = failed.get(0);
      s.append("The ")
          .append(first.criterion().words())
          .append(" is ")
          .append(first.observed())
          .append(", not ")
          .append(oneOf(first.needed()))
          .append('.');
    } else if (actual.status() == Status.CONFLICTING && !met.isEmpty()) {
      s.append("Its criteria that are known are met, but the evidence conflicts.");
    } else if (!unknown.isEmpty()) {
      s.append(met.isEmpty() ? "Nothing speaks for it: " : "Nothing fails, but ")
          .append(
              unknown.stream().map(c -> c.criterion().words()).collect(Collectors.joining(", ")))
          .append(unknown.size() == 1 ? " is unknown." : " are unknown.");
    } else {
      s.append("Its criteria are met, but the rules weigh the evidence otherwise.");
    }
    return s.toString();
  }

  /** "A", "A or B", "A, B or C". */
  private static String oneOf(List<String> values) {
    int last = values.size() - 1;
    return last == 0
        ? values.get(0)
        : String.join(", ", values.subList(0, last)) + " or " + values.get(last);
  }
}
