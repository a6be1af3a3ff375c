package org.cytosis.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * A rule's name and the metadata the trace shows: the criterion it encodes and the catalogue IDs
 * it cites ({@code @criterion("...")}, {@code @sources("ID, ID")} in the DRL).
 */
public record RuleInfo(String packageName, String name, String criterion, List<String> sources) {

  /**
   * A rule's description, with its own copy of the sources.
   *
   * @param packageName the DRL package of the rule
   * @param name the rule's name, a sentence
   * @param criterion the {@code @criterion} it encodes, or null
   * @param sources the catalogue IDs of its {@code @sources}, in order
   */
  public RuleInfo {

    sources = List.copyOf(sources);
  }

  static RuleInfo of(Rule rule) {
    Map<String, Object> meta = rule.getMetaData();
    String criterion = unquote(meta.get("criterion"));
    String sources = unquote(meta.get("sources"));
    List<String> ids = sources == null
        ? List.of()
        : Arrays.stream(sources.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    return new RuleInfo(rule.getPackageName(), rule.getName(), criterion, ids);
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
