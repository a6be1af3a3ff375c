package org.cytosis.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * Where an observation came from: an input field, or a span of the event's description (character
 * offsets into it, end exclusive, and the words), with the negation trigger that changed it, if any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(String field, Integer start, Integer end, String text, String negatedBy) {

  public Evidence {
    Objects.requireNonNull(field, "field must not be null");
  }

  /** Evidence given directly by a structured input field. */
  public static Evidence ofField(String field) {
    return new Evidence(field, null, null, null, null);
  }

  /** A short human-readable form: {@code field cargo} or {@code description[12..20] "engulfs"}. */
  public String describe() {
    if (start == null) {
      return "field " + field;
    }
    String span = field + "[" + start + ".." + end + "] \"" + text + "\"";
    return negatedBy == null ? span : span + " negated by \"" + negatedBy + "\"";
  }
}
