package org.cytosis.model;

import java.util.List;

/**
 * One rule firing: the rule's name, the criterion (null for a rule that weighs or decides from every
 * criterion), stage and catalogue IDs in its metadata, the facts it matched and the facts it
 * concluded, each described in words.
 */
public record TraceStep(String rule, String criterion, String stage, List<String> sources,
    List<String> matched, List<String> concluded) {

  public TraceStep {
    sources = List.copyOf(sources);
    matched = List.copyOf(matched);
    concluded = List.copyOf(concluded);
  }
}
