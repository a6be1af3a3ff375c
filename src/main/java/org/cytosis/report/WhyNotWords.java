package org.cytosis.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cytosis.model.Classification;
import org.cytosis.model.CriterionCheck;
import org.cytosis.model.Label;
import org.cytosis.model.Status;
import org.cytosis.model.WhyNot;

/** Why an answer is not another one, in plain words, from the explanation's checks. */
final class WhyNotWords {

  private WhyNotWords() {}

  /**
   * The other answer nearest to this one: among the answers that tell another story (not the answer
   * itself, its family or its subtypes), one of the same family first, then the one the smallest
   * change would give.
   */
  static Optional<WhyNot> nearest(Classification c) {
    if (c.explanation() == null) {
      return Optional.empty();
    }
    Label label = c.label();
    List<WhyNot> all = c.explanation().whyNot();
    return all.stream()
        .filter(w -> label == null || !w.label().isOnBranchOf(label))
        .filter(w -> w.label().isBulkTransport() || c.status() != Status.NOT_BULK_TRANSPORT)
        .min(
            Comparator.comparingInt(
                    (WhyNot w) ->
                        label != null && w.label().getFamily() == label.getFamily() ? 0 : 1)
                .thenComparingInt(
                    w -> w.closest() == null ? Integer.MAX_VALUE : w.closest().changes().size())
                .thenComparingInt(all::indexOf));
  }

  /** "the cargo is a solid particle, not fluid." */
  static String reason(WhyNot w, Classification actual) {
    if (actual.label() != null && actual.label().getParent() == w.label()) {
      return PlainWords.label(actual.label())
          + " is the more specific answer within "
          + PlainWords.label(w.label())
          + ".";
    }
    if (!w.failed().isEmpty()) {
      CriterionCheck first = w.failed().get(0);
      String observed =
          first.observed() == null
              ? PlainWords.subject(first.criterion()) + " is not known"
              : PlainWords.claim(first.criterion(), first.observed());
      List<String> needed =
          first.needed() == null
              ? List.of()
              : first.needed().stream().map(v -> PlainWords.value(first.criterion(), v)).toList();
      return needed.isEmpty() ? observed + "." : observed + ", not " + oneOf(needed) + ".";
    }
    if (actual.status() == Status.CONFLICTING && !w.met().isEmpty()) {
      return "what is known fits it, but the evidence conflicts.";
    }
    if (!w.unknown().isEmpty()) {
      String subjects =
          joined(
              w.unknown().stream().map(u -> PlainWords.subject(u.criterion())).distinct().toList(),
              " and ");
      String verb = w.unknown().size() == 1 ? " is not known." : " are not known.";
      return (w.met().isEmpty() ? "nothing speaks for it: " : "nothing rules it out, but ")
          + subjects
          + verb;
    }
    return "what is known fits it, but the rules weigh the evidence otherwise.";
  }

  /** "a", "a or b", "a, b or c". */
  static String oneOf(List<String> items) {
    return joined(items, " or ");
  }

  /** "a", "a and b", "a, b and c" (with " and "). */
  static String joined(List<String> items, String last) {
    int end = items.size() - 1;
    return end == 0
        ? items.get(0)
        : items.subList(0, end).stream().collect(Collectors.joining(", ")) + last + items.get(end);
  }
}
