package org.cytosis.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the tagger's word says about a transport predicate: whether it is a verb, a passive, or only
 * a modifier of a noun. The tagger, trained on news, misreads words of this field; these mend its
 * reading by a word's ending and neighbours.
 */
final class PredicateWords {

  /** The endings of adjectives by their form; compiled once, as it is asked often. */
  private static final Pattern ADJECTIVE_ENDING = Pattern.compile(".*(ic|ory|ive|al|ous|ior)");

  /** Forms of "be" and "get" before a past participle: the predicate is passive. */
  static final Set<String> PASSIVE_AUXILIARIES =
      Set.of(
          "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "become",
          "becomes");

  /** Nouns after which a process name still names the process. */
  private static final Set<String> PROCESS_NOUNS =
      Set.of("process", "processes", "pathway", "pathways", "mechanism", "mechanisms");

  /** How many words back a passive auxiliary may stand ("is then rapidly released"). */
  private static final int AUXILIARY_REACH = 3;

  private PredicateWords() {}

  /**
   * The tag of a predicate's first word, mended where the tagger, trained on news, does not know
   * the word: it reads "engulfs" and "engulfing" as adjectives. A word of a verb row tagged as
   * anything but a verb or a noun is read by its ending.
   */
  static Syntax.Word asPredicate(
      Syntax.Word w, boolean verbRow, Syntax.Word before, Syntax.Word after, boolean noFiniteVerb) {
    String tag = w.tag();
    boolean betweenNouns =
        (noFiniteVerb || before != null && before.tag().equals("NNS"))
            && before != null
            && before.isNoun()
            && after != null
            && (after.isNoun() || after.tag().startsWith("JJ"));
    // "Hepatocytes secrete albumin": after a plural subject, a verb row's word is the verb (unless
    // "of" follows: "the cells' release of insulin").
    boolean afterPlural =
        before != null
            && before.isNoun()
            && before.text().endsWith("s")
            && !before.text().endsWith("ss")
            && after != null
            && !after.text().equalsIgnoreCase("of");
    // "A neuron releases neurotransmitter": a verb row's word in -s after a singular noun is its
    // verb.
    boolean thirdPerson =
        tag.equals("NNS")
            && before != null
            && (before.tag().equals("NN") || before.tag().equals("NNP"));
    if (verbRow
        && tag.startsWith("NN")
        && after != null
        && (betweenNouns || afterPlural || thirdPerson || isVerbContext(before, after))) {
      // "Chromaffin cells release adrenaline": a sentence needs a verb, and this is the one.
      String word = w.text().toLowerCase(Locale.ROOT);
      return new Syntax.Word(w.start(), w.end(), w.text(), word.endsWith("s") ? "VBZ" : "VBP");
    }
    if (!verbRow || tag.startsWith("VB") || tag.startsWith("NN")) {
      return w;
    }
    String word = w.text().toLowerCase(Locale.ROOT);
    if (tag.startsWith("JJ") && ADJECTIVE_ENDING.matcher(word).matches()) {
      // "a phagocytic cell", "the exterior surface" (not "exteriorize"): an adjective by its form
      return w;
    }
    String mended =
        word.endsWith("ing")
            ? "VBG"
            : word.endsWith("ed") ? "VBN" : word.endsWith("s") ? "VBZ" : "VBP";
    return new Syntax.Word(w.start(), w.end(), w.text(), mended);
  }

  /**
   * Whether a word the tagger read as a noun stands where only a verb can: before a determiner
   * ("Secretes a watery fluid"), after "to" or a modal, or after "and" with its object next
   * ("detect this and release renin").
   */
  private static boolean isVerbContext(Syntax.Word before, Syntax.Word after) {
    String next = after.tag();
    if (next.equals("DT") || next.equals("PRP$")) {
      return true;
    }
    if (before == null) {
      return false;
    }
    String prev = before.text().toLowerCase(Locale.ROOT);
    if (before.tag().equals("TO") || before.tag().equals("MD")) {
      return true;
    }
    return (prev.equals("and") || prev.equals("or")) && next.startsWith("NN");
  }

  /**
   * Whether the predicate only describes a noun: an adjective ("secretory"), a participle before a
   * noun ("the released hormone", "secreting cells"), or a noun before another ("transport
   * vesicle").
   */
  static boolean isModifier(
      List<Token> tokens, Syntax.Word[] wordOf, Syntax.Word[] words, PhraseMatcher.Match p) {
    Syntax.Word first = wordOf[p.first()];
    Syntax.Word last = wordOf[p.last()];
    if (first.isAdjective() && p.first() == p.last()) {
      return true;
    }
    Syntax.Word next =
        p.last() + 1 < tokens.size() && !tokens.get(p.last() + 1).breakBefore()
            ? Syntax.after(words, last)
            : null;
    boolean beforeNoun = next != null && next.tag().startsWith("NN") && next != last;
    if (!beforeNoun) {
      return false;
    }
    if (first.isNoun() && p.first() == p.last()) {
      // "transport vesicle" describes a vesicle; "an endocytosis process" is still the process.
      // "Pinocytosis results in a smaller vesicle": a process opening the sentence, then a word in
      // -s before a preposition or article, is the subject of its verb, which the tagger took for a
      // plural noun.
      Syntax.Word afterNext = Syntax.after(words, next);
      boolean subjectOfVerb =
          p.first() == 0
              && next.tag().equals("NNS")
              && afterNext != null
              && (afterNext.tag().equals("IN") || afterNext.tag().equals("DT"));
      return !subjectOfVerb && !PROCESS_NOUNS.contains(next.text().toLowerCase(Locale.ROOT));
    }
    if (first.tag().equals("VBN") || first.tag().equals("VBG")) {
      Syntax.Word before = p.first() > 0 ? wordOf[p.first() - 1] : null;
      return before == null
          || before.tag().equals("DT")
          || before.tag().startsWith("PRP$")
          || before.isAdjective();
    }
    return false;
  }

  /**
   * Whether a participle is joined by a hyphen to the word before it ("the cholesterol-carrying
   * lipoprotein", "insulin-secreting cells"): one adjective describing a noun, not an event. A
   * short prefix ("re-uptake") still leaves the predicate.
   */
  static boolean isCompoundAdjective(
      String text, List<Token> tokens, Syntax.Word w, PhraseMatcher.Match p) {
    if (p.first() == 0 || !(w.tag().equals("VBG") || w.tag().equals("VBN"))) {
      return false;
    }
    Token before = tokens.get(p.first() - 1);
    String gap = text.substring(before.end(), tokens.get(p.first()).start());
    return (gap.equals("-") || gap.equals("\u2010")) && before.end() - before.start() > 3;
  }

  static boolean isPassive(Syntax.Word[] wordOf, PhraseMatcher.Match p) {
    Syntax.Word w = wordOf[p.first()];
    if (!w.tag().equals("VBN")) {
      return false;
    }
    for (int back = 1; back <= AUXILIARY_REACH; back++) {
      int j = p.first() - back;
      if (j < 0) {
        return false;
      }
      if (wordOf[j] != null
          && PASSIVE_AUXILIARIES.contains(wordOf[j].text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    // A participle right after its noun ("the material ingested by the cell") reads as passive too.
    return p.first() > 0 && wordOf[p.first() - 1] != null && wordOf[p.first() - 1].isNoun();
  }
}
