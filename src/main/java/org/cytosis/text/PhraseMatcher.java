package org.cytosis.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds lexicon phrases in a sentence's tokens: a trie over normalised words, built once. A phrase
 * may hold a gap ({@code ...}) standing for up to {@link #MAX_GAP} words of the same clause, so
 * that "pinch ... off" matches "pinches the vesicle off". Within one channel (a criterion, or
 * negation), matches are taken left to right, and of those starting at the same word the longest
 * wins, then the one with fewer skipped words, then the entry written first. Neither a phrase nor a
 * gap crosses punctuation between clauses, and a gap never skips a negation word.
 */
final class PhraseMatcher {

  /** The most words a gap may skip. */
  static final int MAX_GAP = 3;

  /** Marks a gap in a phrase as written in the lexicon. */
  static final String GAP = "...";

  private final Node root = new Node();
  private final Set<String> gapStoppers;

  /**
   * A match of one entry: the first and last token it covers, and how many words its gaps skipped.
   */
  record Match(LexiconEntry entry, int first, int last, int skipped) {

    int span() {
      return last - first + 1;
    }

    /** The value of a reading table's row: its kind, role or place. */
    String tag() {
      return (String) entry.value();
    }

    boolean overlaps(Match other) {
      return first <= other.last && other.first <= last;
    }

    boolean beats(Match other) {
      if (span() != other.span()) {
        return span() > other.span();
      }
      if (skipped != other.skipped) {
        return skipped < other.skipped;
      }
      return entry.order() < other.entry.order();
    }
  }

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    Node afterGap;
    final List<LexiconEntry> ends = new ArrayList<>();
  }

  /**
   * @param gapStoppers words a gap may not skip (the one-word negation triggers and scope ends)
   */
  PhraseMatcher(Set<String> gapStoppers) {
    this.gapStoppers = Set.copyOf(gapStoppers);
  }

  /**
   * Adds a phrase given as normalised words, with {@link #GAP} for a gap. Returns the entry already
   * holding the same words in the same channel, or null.
   */
  LexiconEntry add(List<String> words, LexiconEntry entry) {
    Node node = root;
    for (String word : words) {
      if (word.equals(GAP)) {
        if (node.afterGap == null) {
          node.afterGap = new Node();
        }
        node = node.afterGap;
      } else {
        node = node.next.computeIfAbsent(word, w -> new Node());
      }
    }
    for (LexiconEntry existing : node.ends) {
      if (existing.channel() == entry.channel()) {
        return existing;
      }
    }
    node.ends.add(entry);
    return null;
  }

  /** Every channel's matches in a sentence, left to right and without overlaps within a channel. */
  List<List<Match>> match(List<Token> tokens) {
    int channels = LexiconEntry.channels();
    Match[][] best = new Match[channels][tokens.size()];
    for (int start = 0; start < tokens.size(); start++) {
      walk(root, tokens, start, start, 0, best);
    }
    List<List<Match>> result = new ArrayList<>(channels);
    for (int channel = 0; channel < channels; channel++) {
      List<Match> taken = new ArrayList<>();
      for (int i = 0; i < tokens.size(); ) {
        Match m = best[channel][i];
        if (m == null) {
          i++;
        } else {
          taken.add(m);
          i = m.last() + 1;
        }
      }
      result.add(taken);
    }
    return result;
  }

  private void walk(
      Node node, List<Token> tokens, int start, int pos, int skipped, Match[][] best) {
    for (LexiconEntry entry : node.ends) {
      Match m = new Match(entry, start, pos - 1, skipped);
      Match current = best[entry.channel()][start];
      if (current == null || m.beats(current)) {
        best[entry.channel()][start] = m;
      }
    }
    if (pos < tokens.size() && (pos == start || !tokens.get(pos).breakBefore())) {
      Node child = node.next.get(tokens.get(pos).term());
      if (child != null) {
        walk(child, tokens, start, pos + 1, skipped, best);
      }
    }
    if (node.afterGap != null && pos > start) {
      walkGap(node.afterGap, tokens, start, pos, skipped, best);
    }
  }

  /**
   * Continues after a gap: skips 0 to MAX_GAP words of the same clause, then needs the next word.
   */
  private void walkGap(
      Node afterGap, List<Token> tokens, int start, int pos, int skipped, Match[][] best) {
    for (int gap = 0; gap <= MAX_GAP && pos + gap < tokens.size(); gap++) {
      if (gap > 0) {
        Token skippedWord = tokens.get(pos + gap - 1);
        if (skippedWord.breakBefore() || gapStoppers.contains(skippedWord.term())) {
          return;
        }
      }
      Token next = tokens.get(pos + gap);
      if (next.breakBefore()) {
        return;
      }
      Node child = afterGap.next.get(next.term());
      if (child != null) {
        walk(child, tokens, start, pos + gap + 1, skipped + gap, best);
      }
    }
  }
}
