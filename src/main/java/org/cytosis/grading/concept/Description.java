package org.cytosis.grading.concept;

import java.util.List;
import java.util.Set;

/**
 * One row of {@code descriptions.tsv}: a way to describe a concept, correct or a misconception, as
 * the cues an item must state, deny and lack.
 */
record Description(
    String id,
    String concept,
    boolean correct,
    Set<String> states,
    Set<String> denies,
    Set<String> lacks,
    List<String> sources,
    String feedback) {

  Description {
    states = Set.copyOf(states);
    denies = Set.copyOf(denies);
    lacks = Set.copyOf(lacks);
    sources = List.copyOf(sources);
  }

  /** Whether an item that states and denies these cues is described so. */
  boolean holds(Set<String> stated, Set<String> denied) {
    return stated.containsAll(states)
        && denied.containsAll(denies)
        && lacks.stream().noneMatch(stated::contains);
  }
}
