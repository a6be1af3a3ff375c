package org.cytosis.grading.concept;

import java.util.List;
import java.util.Objects;

/**
 * A concept question of the key: "List and describe three processes ...", worth {@code maxScore}
 * points, with the elements an answer earns them for. Each element names one concept (see {@link
 * Concepts}) and is worth {@code points}; an answer's score is the sum over the elements it names
 * and describes correctly, capped at {@code maxScore}.
 *
 * @param location where the question is written ({@code key.json:4})
 */
public record ConceptQuestion(
    String id, String prompt, double maxScore, List<Element> elements, String location) {

  /** One thing an answer may earn points for. */
  public record Element(String id, String concept, double points) {
    public Element {
      Objects.requireNonNull(id, "id must not be null");
      Objects.requireNonNull(concept, "concept must not be null");
    }
  }

  public ConceptQuestion {
    Objects.requireNonNull(id, "id must not be null");
    elements = List.copyOf(elements);
    if (elements.isEmpty()) {
      throw new IllegalArgumentException("a question needs at least one element");
    }
    if (!(maxScore > 0)) {
      throw new IllegalArgumentException("maxScore must be more than 0");
    }
  }
}
