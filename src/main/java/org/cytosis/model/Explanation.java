package org.cytosis.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why a verdict is what it is: {@code how} the rules reached it (the justification graph), {@code
 * whyNot} each other label, and the {@code counterfactuals}: the smallest changes to the event that
 * give another answer, smallest first. {@code catalogue} quotes the plain statement of every
 * catalogue ID cited anywhere in the explanation, in catalogue order.
 */
@JsonPropertyOrder({"how", "whyNot", "counterfactuals", "catalogue"})
public record Explanation(
    JustificationNode how,
    List<WhyNot> whyNot,
    List<Counterfactual> counterfactuals,
    Map<String, String> catalogue) {

  /**
   * An explanation, with its own copies of the lists and the map.
   *
   * @param how the justification graph, from the verdict down to the inputs
   * @param whyNot why not each other label
   * @param counterfactuals the smallest changes that give another answer, smallest first
   * @param catalogue each catalogue ID cited and its statement, in catalogue order
   */
  public Explanation {

    Objects.requireNonNull(how, "how must not be null");
    whyNot = List.copyOf(whyNot);
    counterfactuals = List.copyOf(counterfactuals);
    catalogue = Collections.unmodifiableMap(new LinkedHashMap<>(catalogue));
  }
}
