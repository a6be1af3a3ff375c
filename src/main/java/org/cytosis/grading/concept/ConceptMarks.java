package org.cytosis.grading.concept;

import java.util.List;

/**
 * How an answer to a concept question was marked: the elements credited (each with the words that
 * name and describe it), the concepts named without a correct description, the wrong descriptions
 * found, the score before its cap, and notes on the row (an answer cut at {@link
 * AnswerText#MAX_CHARS} characters).
 */
public record ConceptMarks(
    ConceptQuestion question,
    List<Credit> credited,
    List<String> namedOnly,
    List<Misconception> misconceptions,
    List<String> notes) {

  /**
   * One element credited.
   *
   * @param named the words that name the concept
   * @param described the words that describe it
   * @param description the ID of the description row that holds ({@code descriptions.tsv})
   */
  public record Credit(
      String element,
      String concept,
      double points,
      String named,
      List<String> described,
      String description) {
    public Credit {
      described = List.copyOf(described);
    }

    /** "osmosis: water" as a report cell shows it. */
    public String summary() {
      return element
          + " ("
          + concept
          + "): \""
          + named
          + "\" + \""
          + String.join("\", \"", described)
          + "\"";
    }
  }

  /** A wrong description of a named concept: its ID, the words, and the feedback. */
  public record Misconception(
      String id, String concept, String named, List<String> words, String feedback) {
    public Misconception {
      words = List.copyOf(words);
    }
  }

  public ConceptMarks {
    credited = List.copyOf(credited);
    namedOnly = List.copyOf(namedOnly);
    misconceptions = List.copyOf(misconceptions);
    notes = List.copyOf(notes);
  }

  /** The misconceptions' IDs, in the order found. */
  public List<String> misconceptionIds() {
    return misconceptions.stream().map(Misconception::id).toList();
  }
}
