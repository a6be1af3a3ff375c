package org.cytosis.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * Why the verdict is not another label (or not {@link Label#NOT_BULK_TRANSPORT}, standing for the
 * status): which of that label's criteria the event meets, which it fails and which are unknown, a
 * sentence that sums it up, and the smallest change that would give that label (null when no change
 * to one or two fields does).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"label", "summary", "met", "failed", "unknown", "closest"})
public record WhyNot(
    Label label,
    String summary,
    List<CriterionCheck> met,
    List<CriterionCheck> failed,
    List<CriterionCheck> unknown,
    Counterfactual closest) {

  /**
   * A why-not, with its own copies of the lists.
   *
   * @param label the other label
   * @param summary a sentence that sums it up
   * @param met the label's criteria the event meets
   * @param failed those it fails
   * @param unknown those it leaves unknown
   * @param closest the smallest change that would give that label, or null
   */
  public WhyNot {

    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(summary, "summary must not be null");
    met = List.copyOf(met);
    failed = List.copyOf(failed);
    unknown = List.copyOf(unknown);
  }
}
