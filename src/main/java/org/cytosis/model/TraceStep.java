package org.cytosis.model;

import java.util.List;

/**
 * One rule firing: the rule's name, the criterion (null for a rule that weighs or decides from
 * every criterion), stage and catalogue IDs in its metadata, the facts it matched and the facts it
 * concluded, each described in words.
 */
public record TraceStep(
    String rule,
    String criterion,
    String stage,
    List<String> sources,
    List<String> matched,
    List<String> concluded) {

  /**
   * A firing, with its own copies of the lists.
   *
   * @param rule the rule's name
   * @param criterion the {@code @criterion} in its metadata, or null
   * @param stage the {@code @stage} it runs in: find, weigh or decide
   * @param sources the catalogue IDs it cites
   * @param matched the facts it matched, in words
   * @param concluded the facts it concluded, in words
   */
  public TraceStep {

    sources = List.copyOf(sources);
    matched = List.copyOf(matched);
    concluded = List.copyOf(concluded);
  }
}
