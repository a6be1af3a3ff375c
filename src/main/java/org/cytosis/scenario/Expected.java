package org.cytosis.scenario;

import java.util.List;
import org.cytosis.model.Label;
import org.cytosis.model.Status;

/**
 * A scenario's answer key: the label (or null), the status (or null when the key does not say), and
 * the catalogue IDs the findings must cite (empty when the key does not say). Only what the key
 * gives is checked.
 */
public record Expected(Label label, Status status, List<String> sources) {

  public Expected {
    sources = List.copyOf(sources);
  }

  /**
   * No key at all: a scenario read as the key of graded answers may leave it out, and the rules'
   * verdict then stands in for it. Never valid in a bank that {@code validate} checks.
   */
  public static Expected none() {
    return new Expected(null, null, List.of());
  }

  /** Whether the key names an answer: a label, or a status. */
  public boolean isGiven() {
    return label != null || status != null;
  }

  /**
   * A key as an author writes it. {@code NOT_BULK_TRANSPORT} as a label means the status
   * NOT_BULK_TRANSPORT with no label (a classification never carries it as a label).
   *
   * @throws IllegalArgumentException when label and status cannot both hold, with the reason as the
   *     end of a sentence about the label
   */
  public static Expected of(Label label, Status status, List<String> sources) {
    if (label == Label.NOT_BULK_TRANSPORT) {
      if (status != null && status != Status.NOT_BULK_TRANSPORT) {
        throw new IllegalArgumentException(
            "is NOT_BULK_TRANSPORT, which is a status, but the key's" + " status is " + status);
      }
      return new Expected(null, Status.NOT_BULK_TRANSPORT, sources);
    }
    if (label == null && (status == null || status == Status.CLASSIFIED)) {
      throw new IllegalArgumentException(
          status == null
              ? "is empty: give the label the scenario should get, NOT_BULK_TRANSPORT, or a status"
              : "is empty, but a CLASSIFIED key must name its label");
    }
    if (label != null && status == Status.NOT_BULK_TRANSPORT) {
      throw new IllegalArgumentException(
          "is " + label + ", but a NOT_BULK_TRANSPORT key has no label");
    }
    return new Expected(label, status, sources);
  }
}
