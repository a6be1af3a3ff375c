package org.cytosis.text;

import java.util.List;
import java.util.Set;

/**
 * Where a frame of one sentence happens, from the places it names (rules/reading/places.tsv): a
 * release, fusion, budding or crossing at a place inside the cell, a release that empties an organ
 * storing a fluid, an entry into an organ or passage of the body. Each is somewhere other than a
 * cell's surface, so the frame is no event of bulk transport (ERR-17); naming the cell surface or a
 * side of the cell in the frame's clause keeps it one.
 */
final class FramePlaces {

  private final List<PhraseMatcher.Match> placeMatches;
  private final int[] clauseIds;
  private final List<Token> tokens;
  private final Syntax.Word[] wordOf;

  /**
   * @param placeMatches the places the sentence names
   * @param clauseIds each token's clause
   * @param tokens the sentence's tokens
   * @param wordOf each token's tagged word, or null
   */
  FramePlaces(
      List<PhraseMatcher.Match> placeMatches,
      int[] clauseIds,
      List<Token> tokens,
      Syntax.Word[] wordOf) {
    this.placeMatches = placeMatches;
    this.clauseIds = clauseIds;
    this.tokens = tokens;
    this.wordOf = wordOf;
  }

  /**
   * Whether the predicate at {@code match}, of {@code kind}, in {@code clause}, happens somewhere
   * other than at a cell's surface. A clause that names the surface, or a side of the cell (apical,
   * basolateral: its surface too), keeps the frame at the cell whatever else it names.
   */
  boolean elsewhere(PhraseMatcher.Match match, PredicateKind kind, int clause) {
    return !namesTheSurface(clause)
        && (isInsideTheCell(match, kind, clause)
            || emptiesAReservoir(match, kind, clause)
            || entersAnOrgan(match, kind, clause));
  }

  private boolean namesTheSurface(int clause) {
    return placeMatches.stream()
        .anyMatch(
            m ->
                clauseIds[m.first()] == clause
                    && (m.tag().equals("SURFACE") || m.tag().equals("SIDE")));
  }

  /**
   * Whether a fusion, budding, release or crossing goes to a place inside the cell (the Golgi, a
   * lysosome, a target membrane, out of an endosome): traffic within the cell (ERR-17).
   */
  private boolean isInsideTheCell(PhraseMatcher.Match match, PredicateKind kind, int clause) {
    if (kind == PredicateKind.UPTAKE || kind == PredicateKind.TRANSCYTOSIS) {
      return false;
    }
    boolean inside = false;
    for (PhraseMatcher.Match m : placeMatches) {
      // "enters early endosomes where the ligands are released": a clause opened by "where" is at
      // the place named right before it.
      if (m.tag().equals("INSIDE") && isWhereOf(m, match)) {
        inside = true;
        continue;
      }
      if (clauseIds[m.first()] != clause) {
        continue;
      }
      // A vesicle buds from where it forms, whichever side of the verb that is named ("transported
      // from the RER by budding").
      inside |=
          m.tag().equals("INSIDE") && (m.first() > match.last() || kind == PredicateKind.BUDDING);
    }
    return inside;
  }

  /**
   * Whether a release empties an organ that stores a fluid ("milk is ejected from the breasts",
   * "the release of bile, which is stored in the gallbladder"): the organ named after the release
   * in its sentence. An organ's contraction moves the fluid, not a cell's vesicles.
   */
  private boolean emptiesAReservoir(PhraseMatcher.Match match, PredicateKind kind, int clause) {
    if (kind != PredicateKind.RELEASE) {
      return false;
    }
    boolean reservoir = false;
    for (PhraseMatcher.Match m : placeMatches) {
      boolean sameClause = clauseIds[m.first()] == clause;
      // After the release, or its source ("ejected from the breasts in milk ejection"): "cells
      // lining the gallbladder secrete mucus" names where the cells are, not what empties.
      reservoir |=
          m.tag().equals("RESERVOIR")
              && (m.first() > match.last()
                  || sameClause
                      && m.first() > 0
                      && tokens.get(m.first() - 1).term().equals("from"));
    }
    return reservoir;
  }

  /** Words that may stand between an entry and what it enters ("enters into the stomach"). */
  private static final Set<String> BEFORE_ORGAN = Set.of("the", "a", "an", "into", "its", "their");

  /**
   * Whether an entry or uptake goes into an organ or passage of the body ("when chyme enters the
   * duodenum", "too large to enter the airways"): what it enters, named right after it, is a space
   * in the body, not a cell, unless the name describes a noun ("enter intestinal cells").
   */
  private boolean entersAnOrgan(PhraseMatcher.Match match, PredicateKind kind, int clause) {
    if (kind != PredicateKind.CROSSING && kind != PredicateKind.UPTAKE) {
      return false;
    }
    boolean organ = false;
    for (PhraseMatcher.Match m : placeMatches) {
      if (clauseIds[m.first()] != clause) {
        continue;
      }
      if (m.tag().equals("ORGAN") && m.first() > match.last()) {
        boolean adjacent = true;
        for (int t = match.last() + 1; t < m.first(); t++) {
          adjacent &= BEFORE_ORGAN.contains(tokens.get(t).term());
        }
        // "carried into intestinal cells": the organ's name describing a noun names its cells
        int after = m.last() + 1;
        boolean describes =
            after < tokens.size()
                && !tokens.get(after).breakBefore()
                && (wordOf[after] == null || wordOf[after].tag().startsWith("NN"));
        organ |= adjacent && !describes;
      }
    }
    return organ;
  }

  /** Whether the predicate stands in a clause opened by "where" right after the place. */
  private boolean isWhereOf(PhraseMatcher.Match place, PhraseMatcher.Match match) {
    int where = place.last() + 1;
    if (where >= match.first() || !tokens.get(where).term().equals("where")) {
      return false;
    }
    for (int t = where + 1; t < match.first(); t++) {
      if (tokens.get(t).term().equals("where")) {
        return false;
      }
    }
    return true;
  }
}
