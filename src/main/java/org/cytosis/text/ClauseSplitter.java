package org.cytosis.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a sentence into clauses for the frame reader: which clause each token stands in, and of
 * which kind (docs/reading.md). Markers of {@code rules/reading/markers.tsv} open clauses;
 * punctuation ends them, except where an aside, an example or a relative clause goes on.
 */
final class ClauseSplitter {

  /**
   * Words after a comma that name examples or the main part of what the clause speaks of (", such
   * as LDL", ", principally sodium and chloride ions"): the clause goes on.
   */
  private static final Set<String> EXAMPLE_WORDS =
      Set.of(
          "such",
          "including",
          "like",
          "principally",
          "mainly",
          "mostly",
          "chiefly",
          "namely",
          "especially",
          "particularly");

  private ClauseSplitter() {}

  /**
   * For each token, whether only brackets stand between it and the word before: "has engulfed
   * (phagocytized) a bacterium" is one clause with an aside in it; so is the full stop of an
   * initial ("E. coli").
   */
  static boolean[] asides(String text, List<Token> tokens) {
    boolean[] aside = new boolean[tokens.size()];
    for (int i = 1; i < tokens.size(); i++) {
      String gap = text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
      int before = tokens.get(i - 1).end();
      if (gap.strip().equals(".") && Sentences.isInitial(text, before + gap.indexOf('.'))) {
        aside[i] = true; // "E. coli": a genus's initial ends no clause
        continue;
      }
      aside[i] =
          gap.chars().anyMatch(ch -> ch == '(' || ch == ')')
              && gap.chars()
                  .allMatch(
                      ch ->
                          ch == '('
                              || ch == ')'
                              || Character.isLetter(ch)
                              || Character.isWhitespace(ch));
    }
    return aside;
  }

  /**
   * Splits the sentence into clauses: a marker opens a clause of its kind, which runs to the next
   * punctuation between words or the next marker; after punctuation the sentence's own clause
   * resumes. "that" opens a relative clause only after a noun or where the tagger reads it so.
   */
  static void split(
      List<Token> tokens,
      List<PhraseMatcher.Match> markers,
      Syntax.Word[] wordOf,
      Syntax.Word[] words,
      ClauseKind[] kinds,
      int[] clauseIds,
      boolean[] aside) {
    ClauseKind[] opens = new ClauseKind[tokens.size()];
    for (PhraseMatcher.Match m : markers) {
      ClauseKind kind =
          switch (m.tag()) {
            case "TRIGGER" -> ClauseKind.TRIGGER;
            case "SUBORDINATE" -> ClauseKind.SUBORDINATE;
            case "CONDITION" -> ClauseKind.CONDITION;
            case "PURPOSE" -> ClauseKind.PURPOSE;
            case "RELATIVE" -> ClauseKind.RELATIVE;
            default -> null;
          };
      if (kind == ClauseKind.RELATIVE && !isRelative(tokens, wordOf, m.first())) {
        kind = null;
      }
      if (kind == ClauseKind.RELATIVE
          && tokens.get(m.first()).breakBefore()
          && wordOf[m.first()] != null
          && wordOf[m.first()].text().equalsIgnoreCase("which")) {
        // ", which are released on stimulation": a new assertion about the thing named, not a
        // description that picks it out.
        kind = ClauseKind.MAIN;
      }
      if (kind == ClauseKind.SUBORDINATE
          && m.first() > 0
          && wordOf[m.first()] != null
          && isCopula(Syntax.before(words, wordOf[m.first()]))) {
        kind = null; // "endocytosis is when the membrane folds in": the clause is the definition
      }
      if (kind != null && opens[m.first()] == null) {
        opens[m.first()] = kind;
      }
    }
    if (tokens.size() > 1
        && wordOf[0] != null
        && wordOf[1] != null
        && wordOf[0].text().equalsIgnoreCase("to")
        && wordOf[1].tag().equals("VB")
        && opens[0] == null) {
      opens[0] = ClauseKind.PURPOSE; // "To enter the neuron, ions must pass through channels"
    }
    ClauseKind current = ClauseKind.MAIN;
    int id = 0;
    boolean appositive = false;
    boolean relativeVerb = false;
    boolean coordinated = false;
    boolean andInRelative = false;
    boolean participle = false;
    ClauseKind beforeAside = ClauseKind.MAIN;
    int asideOf = 0;
    int lastId = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Syntax.Word w = wordOf[i];
      String word = w == null ? "" : w.text().toLowerCase(Locale.ROOT);
      boolean finite =
          w != null && (w.tag().equals("VBZ") || w.tag().equals("VBP") || w.tag().equals("VBD"));
      if (opens[i] != null) {
        current = opens[i];
        id = ++lastId;
        relativeVerb = false;
        coordinated = false;
        andInRelative = false;
      } else if (current == ClauseKind.RELATIVE
          && finite
          && relativeVerb
          && !coordinated
          && !andInRelative) {
        // "Dust particles that reach the lungs are taken up by macrophages": a second verb is the
        // sentence's own, and the relative clause has ended.
        current = ClauseKind.MAIN;
        id = ++lastId;
      } else if (i > 0 && tokens.get(i).breakBefore() && !aside[i]) {
        // ", such as LDL," names examples of what the clause speaks of: the clause goes on.
        boolean example = EXAMPLE_WORDS.contains(word);
        // "bound by CD163, expressed on macrophages, and endocytosed": a participle right after a
        // noun describes it (a clause of its own), and a participle after "and" past that aside
        // shares the subject of the clause before it: that clause goes on.
        Syntax.Word before = wordOf[i - 1];
        boolean describing =
            w != null
                && w.tag().equals("VBN")
                && before != null
                && (before.tag().startsWith("NN") || before.tag().equals("CD"));
        boolean sharesSubject =
            participle
                && (word.equals("and") || word.equals("or"))
                && next(wordOf, i) != null
                && (next(wordOf, i).tag().equals("VBN") || next(wordOf, i).tag().equals("VBD"));
        if (sharesSubject) {
          current = beforeAside;
          id = asideOf;
        } else if (!example && !appositive) {
          beforeAside = current;
          asideOf = id;
          current = ClauseKind.MAIN;
          id = ++lastId;
        }
        appositive = example;
        participle = describing;
      }
      relativeVerb |= current == ClauseKind.RELATIVE && finite;
      // "in which a particle is removed ... and its parts degraded": after "and" and a new subject,
      // a verb goes on with the relative clause.
      Syntax.Word afterAnd = w == null ? null : Syntax.after(words, w);
      andInRelative =
          current == ClauseKind.RELATIVE
              && (andInRelative
                  || relativeVerb
                      && (word.equals("and") || word.equals("or"))
                      && afterAnd != null
                      && (afterAnd.tag().equals("DT") || afterAnd.tag().equals("PRP$")));
      // "which engulf bacteria and digest them": a verb after "and" goes on with the same clause.
      Syntax.Word next = i + 1 < tokens.size() ? wordOf[i + 1] : null;
      coordinated =
          current == ClauseKind.RELATIVE
              && relativeVerb
              && (coordinated
                  || (word.equals("and") || word.equals("or")) && next != null && next.isVerb());
      kinds[i] = current;
      clauseIds[i] = id;
    }
  }

  private static Syntax.Word next(Syntax.Word[] wordOf, int i) {
    return i + 1 < wordOf.length ? wordOf[i + 1] : null;
  }

  private static boolean isCopula(Syntax.Word w) {
    return w != null
        && Set.of("is", "are", "was", "were").contains(w.text().toLowerCase(Locale.ROOT));
  }

  private static boolean isRelative(List<Token> tokens, Syntax.Word[] wordOf, int i) {
    Syntax.Word w = wordOf[i];
    if (w == null) {
      return false;
    }
    String word = w.text().toLowerCase(Locale.ROOT);
    if (!word.equals("that")) {
      return true;
    }
    if (w.tag().equals("WDT")) {
      return true;
    }
    return i > 0 && wordOf[i - 1] != null && wordOf[i - 1].isNoun();
  }
}
