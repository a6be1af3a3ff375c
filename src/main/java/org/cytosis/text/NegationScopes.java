package org.cytosis.text;

import java.util.List;

/**
 * NegEx-style scopes: which trigger, if any, denies each word of a sentence. A PRE trigger reaches
 * forward and a POST trigger backward, each up to the sentence's edge, punctuation that ends
 * scopes, or another trigger of any kind (a pseudo-negation or a scope-ending word included).
 */
final class NegationScopes {

  private NegationScopes() {}

  /** For each token, the trigger whose scope holds it, or null. */
  static PhraseMatcher.Match[] negators(List<Token> tokens, List<PhraseMatcher.Match> triggers) {
    int n = tokens.size();
    boolean[] inTrigger = new boolean[n];
    for (PhraseMatcher.Match t : triggers) {
      for (int i = t.first(); i <= t.last(); i++) {
        inTrigger[i] = true;
      }
    }
    PhraseMatcher.Match[] negator = new PhraseMatcher.Match[n];
    for (PhraseMatcher.Match t : triggers) {
      NegationKind kind = t.entry().negation();
      if (kind == NegationKind.PRE) {
        for (int j = t.last() + 1;
            j < n && !tokens.get(j).endsScopeBefore() && !inTrigger[j];
            j++) {
          if (negator[j] == null) {
            negator[j] = t;
          }
        }
      } else if (kind == NegationKind.POST) {
        for (int j = t.first() - 1;
            j >= 0 && !tokens.get(j + 1).endsScopeBefore() && !inTrigger[j];
            j--) {
          if (negator[j] == null) {
            negator[j] = t;
          }
        }
      }
    }
    return negator;
  }
}
