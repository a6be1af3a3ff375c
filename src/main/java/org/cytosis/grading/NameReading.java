package org.cytosis.grading;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.stream.Collectors;
import org.cytosis.model.Evidence;
import org.cytosis.model.Label;

/**
 * The process an answer names, and how it was read: as written, by a synonym, through a
 * misspelling; or why it names none (nothing named, several processes, a word too close to two).
 *
 * @param label the label read (null when none)
 * @param how how it was read
 * @param written the words as the student wrote them (null when nothing was read)
 * @param named every label the answer names, in text order, when it names several
 * @param names the spans of the answer that name a process (names and synonyms, not loose words),
 *     which are no evidence for the criteria
 */
public record NameReading(
    Label label, How how, String written, List<Label> named, @JsonIgnore List<Evidence> names) {

  /** How the name was read. */
  public enum How {
    /** The label's own name, give or take case, spacing, hyphens and endings. */
    EXACT,
    /** Another name for it: "cell eating", "secretion". */
    SYNONYM,
    /** A misspelling of a name: "phagocitosis". */
    MISSPELLING,
    /** No process named: empty, "I don't know", "?". */
    NONE,
    /**
     * Several processes named that are not one the subtype of the other: "endocytosis or
     * exocytosis".
     */
    SEVERAL,
    /** A word as close to two names, not guessed: "ectocytosis". */
    AMBIGUOUS
  }

  public NameReading {
    named = List.copyOf(named);
    names = List.copyOf(names);
  }

  /** In words, for reports: {@code misspelling "phagocitosis"}. */
  public String describe() {
    return switch (how) {
      case EXACT -> "exact";
      case SYNONYM -> "synonym \"" + written + "\"";
      case MISSPELLING -> "misspelling \"" + written + "\"";
      case NONE -> "no process named";
      case SEVERAL ->
          "several processes named: "
              + named.stream().map(Label::name).collect(Collectors.joining(", "));
      case AMBIGUOUS ->
          "\""
              + written
              + "\" is as close to "
              + named.stream().map(Label::name).collect(Collectors.joining(" as to "))
              + "; not guessed";
    };
  }
}
