package org.cytosis.text;

/** Why a description gave no event to classify, for a program to test and a person to read. */
public enum ReadingNote {
  /** The text asks a question and gives no answer: a question asserts nothing. */
  QUESTION("The text is a question without its answer: a question asserts no event."),
  /** The text names transport words but asserts no transport event (a structure, a purpose). */
  NO_EVENT(
      "The text describes no transport event: no asserted clause moves anything across a membrane.");

  private final String sentence;

  ReadingNote(String sentence) {
    this.sentence = sentence;
  }

  /** The note as a sentence a person reads. */
  public String sentence() {
    return sentence;
  }
}
