package org.cytosis.engine;

import org.cytosis.model.Describable;
import org.cytosis.model.Label;
import org.cytosis.model.Status;

/** The decision rules' conclusion: exactly one per session. */
public record Verdict(Status status, Label label) implements Describable {

  /**
   * A classification as {@code label}.
   *
   * @param label the family or subtype concluded
   * @return the verdict
   */
  public static Verdict classified(Label label) {
    return new Verdict(Status.CLASSIFIED, label);
  }

  /**
   * A conflict, naming the family only when it is a family of bulk transport.
   *
   * @param favoured the family that outweighs the others, or null when none does
   * @return the verdict
   */
  public static Verdict conflicting(Label favoured) {
    return new Verdict(
        Status.CONFLICTING, favoured != null && favoured.isBulkTransport() ? favoured : null);
  }

  /** {@return the verdict that the evidence does not settle a family} */
  public static Verdict insufficientEvidence() {
    return new Verdict(Status.INSUFFICIENT_EVIDENCE, null);
  }

  /** {@return the verdict that the text describes no transport event} */
  public static Verdict noEvent() {
    return new Verdict(Status.NO_EVENT, null);
  }

  /** {@return the verdict that the event is not bulk transport} */
  public static Verdict notBulkTransport() {

    return new Verdict(Status.NOT_BULK_TRANSPORT, null);
  }

  @Override
  public String describe() {
    return label == null ? "verdict " + status : "verdict " + status + " as " + label;
  }
}
