package org.cytosis.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * Where an observation came from: an input field, or a span of the event's description (character
 * offsets into it, end exclusive, and the words), with the negation trigger that changed it, if
 * any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(String field, Integer start, Integer end, String text, String negatedBy) {

  /**
   * Evidence; its field may not be null.
   *
   * @param field the input field, or {@code description}
   * @param start offset of the words in the description, or null for a field
   * @param end offset just past them, or null
   * @param text the words, or null
   * @param negatedBy the negation trigger that changed it, or null
   */
  public Evidence {
    Objects.requireNonNull(field, "field must not be null");
  }

  /**
   * Evidence given directly by a structured input field.
   *
   * @param field the field's name
   * @return the evidence
   */
  public static Evidence ofField(String field) {
    return new Evidence(field, null, null, null, null);
  }

  /**
   * A short human-readable form: {@code field cargo} or {@code description[12..20] "engulfs"}.
   *
   * @return the form
   */
  public String describe() {
    if (start == null) {
      return "field " + field;
    }
    String span = field + "[" + start + ".." + end + "] \"" + text + "\"";
    return negatedBy == null ? span : span + " negated by \"" + negatedBy + "\"";
  }
}
