package org.cytosis.usecase;

import java.util.List;
import org.cytosis.engine.RuleInfo;

/**
 * One rule as {@code cytosis rules} lists it: its package and name, the criterion it reads or asks
 * about (an event field name, or null for a rule that weighs or decides), the stage it runs in, the
 * catalogue IDs it cites, and the DRL file it is written in when the rules were compiled from a
 * folder (null for the built-in, precompiled rules).
 *
 * @param packageName the DRL package
 * @param name the rule's name
 * @param criterion the event field it reads, or null
 * @param stage one of {@link #STAGES}
 * @param sources the catalogue IDs it cites
 * @param file its DRL file relative to the rules folder, or null
 */
public record RuleEntry(
    String packageName,
    String name,
    String criterion,
    String stage,
    List<String> sources,
    String file) {

  /** The stages in the order they run. */
  public static final List<String> STAGES = RuleInfo.STAGES;

  /**
   * A rule entry; the list of sources is copied.
   *
   * @param packageName the DRL package
   * @param name the rule's name
   * @param criterion the event field it reads, or null
   * @param stage its stage
   * @param sources the catalogue IDs it cites
   * @param file its DRL file, or null
   */
  public RuleEntry {
    sources = List.copyOf(sources);
  }

  static RuleEntry of(RuleInfo info) {
    return new RuleEntry(
        info.packageName(),
        info.name(),
        info.criterion(),
        info.stage(),
        info.sources(),
        info.file());
  }
}
