package org.cytosis.grading;

import java.util.List;
import java.util.Locale;
import org.cytosis.model.Criterion;

/**
 * Criteria and values in the words a student reads: {@code membrane event}, {@code solid particle}.
 */
final class Phrasing {

  private Phrasing() {}

  /** {@code MEMBRANE_SIZE_CHANGE} as {@code membrane size}. */
  static String criterion(Criterion criterion) {
    return criterion.shortName();
  }

  /** {@code SOLID_PARTICLE} as {@code solid particle}; cell types stay as written. */
  static String value(String value) {
    return switch (value) {
      case "INTO_CELL" -> "into the cell";
      case "OUT_OF_CELL" -> "out of the cell";
      case "GOLGI" -> "Golgi";
      case "NONE" -> "no vesicle";
      default -> value.toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  /** {@code the direction, the cargo and the trigger}. */
  static String criteria(List<Criterion> criteria) {
    List<String> words = criteria.stream().map(c -> "the " + criterion(c)).toList();
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and "
        + words.get(words.size() - 1);
  }

  /** Text for one line of a report: control characters (line breaks in a cell) as spaces. */
  static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\p{Cc}", " ");
  }
}
