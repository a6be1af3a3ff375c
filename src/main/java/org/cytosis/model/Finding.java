package org.cytosis.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A criterion established from an observation, and the label it supports. Findings are made by the
 * rules of the first layer ({@code rules/family}, {@code rules/subtype}); the verdict rules decide
 * from findings only. {@code rule} and {@code sources} name the rule that made it and the catalogue
 * IDs that rule cites; they are filled in from the rule's metadata after the session has run.
 */
@JsonPropertyOrder({"criterion", "value", "supports", "weight", "sources", "rule", "evidence"})
public record Finding(
    Criterion criterion,
    String value,
    Label supports,
    Weight weight,
    Evidence evidence,
    String rule,
    List<String> sources)
    implements Describable {

  /**
   * A finding; only {@code rule} and {@code sources} may be null (a null {@code sources} is empty).
   *
   * @param criterion the criterion established
   * @param value the value observed, as its enum name or the normalised cell type
   * @param supports the label it speaks for
   * @param weight how much it counts
   * @param evidence where the value was seen
   * @param rule the rule that made it, or null until filled in
   * @param sources the catalogue IDs that rule cites
   */
  public Finding {
    Objects.requireNonNull(criterion, "criterion must not be null");
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(supports, "supports must not be null");
    Objects.requireNonNull(weight, "weight must not be null");
    Objects.requireNonNull(evidence, "evidence must not be null");
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /**
   * This finding with the rule that made it and the sources that rule cites.
   *
   * @param rule the rule's name
   * @param sources the catalogue IDs it cites
   * @return a copy with them
   */
  public Finding withProvenance(String rule, List<String> sources) {
    return new Finding(criterion, value, supports, weight, evidence, rule, sources);
  }

  /** {@return the family (or not-bulk-transport) that this finding speaks for} */
  @JsonIgnore
  public Label getFamily() {
    return supports.getFamily();
  }

  /**
   * {@return whether this finding presupposes a vesicle, and so contradicts a vesicle-free
   * crossing}
   */
  @JsonIgnore
  public boolean isVesicular() {
    return criterion.impliesVesicle() && supports.isBulkTransport();
  }

  /** {@return what this finding asserts, regardless of where it was seen} */
  @JsonIgnore
  public Claim getClaim() {
    return new Claim(criterion, value, supports, weight);
  }

  /** {@return whether it speaks for a subtype rather than a family} */
  @JsonIgnore
  public boolean isSubtype() {
    return supports.isSubtype();
  }

  @Override
  public String describe() {
    return criterion.field()
        + " "
        + value
        + " supports "
        + supports
        + " ("
        + weight.name().toLowerCase(java.util.Locale.ROOT)
        + ", "
        + evidence.describe()
        + ")";
  }
}
