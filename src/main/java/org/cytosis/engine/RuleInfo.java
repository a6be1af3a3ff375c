package org.cytosis.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;

/**
 * A rule's name and the metadata the trace shows: the criterion it reads or asks about, the stage
 * it runs in and the catalogue IDs it cites ({@code @criterion("...")}, {@code @stage("...")},
 * {@code @sources("ID, ID")} in the DRL). The criterion is an event field name, or null for a rule
 * that weighs or decides from findings of every criterion; the stage is one of {@link #STAGES}.
 * {@code file} is the DRL file the rule is written in, relative to the rules folder (e.g. {@code
 * family/direction.drl}), when the rules were compiled from a folder; the built-in rules are
 * precompiled into classes that do not record it, so it is null for them.
 */
public record RuleInfo(
    String packageName,
    String name,
    String criterion,
    String stage,
    List<String> sources,
    String file) {

  /**
   * The stages, in the order they run: {@code find} turns observations into findings, {@code weigh}
   * compares the findings, {@code decide} concludes the verdict and the questions left open.
   */
  public static final List<String> STAGES = List.of("find", "weigh", "decide");

  /**
   * A rule's description, with its own copy of the sources.
   *
   * @param packageName the DRL package of the rule
   * @param name the rule's name, a sentence
   * @param criterion the {@code @criterion} it encodes, or null
   * @param stage the {@code @stage} it runs in, one of {@link #STAGES}
   * @param sources the catalogue IDs of its {@code @sources}, in order
   * @param file its DRL file relative to the rules folder, or null for the built-in rules
   */
  public RuleInfo {

    sources = List.copyOf(sources);
  }

  static RuleInfo of(Rule rule) {
    Map<String, Object> meta = rule.getMetaData();
    String criterion = unquote(meta.get("criterion"));
    String stage = unquote(meta.get("stage"));
    String sources = unquote(meta.get("sources"));
    List<String> ids =
        sources == null
            ? List.of()
            : Arrays.stream(sources.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    return new RuleInfo(rule.getPackageName(), rule.getName(), criterion, stage, ids, file(rule));
  }

  /**
   * The rule's file relative to the folder it was compiled from: RuleBase writes each file to its
   * module under {@code src/main/resources/rules/}, and Drools names it without the resources root.
   */
  private static String file(Rule rule) {
    if (!(rule instanceof RuleImpl impl)
        || impl.getResource() == null
        || impl.getResource().getSourcePath() == null) {
      return null;
    }
    String path = impl.getResource().getSourcePath();
    for (String root : List.of("src/main/resources/", "rules/")) {
      path = path.startsWith(root) ? path.substring(root.length()) : path;
    }
    return path;
  }

  /** Depending on how the DRL was compiled, string metadata may keep its quotes; drop them. */
  private static String unquote(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString().trim();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }

  String key() {
    return key(packageName, name);
  }

  static String key(String packageName, String name) {
    return packageName + "/" + name;
  }
}
