package org.cytosis.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.cytosis.io.JsonSupport;
import org.cytosis.usecase.RuleEntry;

/** The output formats of {@code rules}. */
enum RulesFormat {
  /** A block per rule: its name, then its criterion, stage, file and sources. */
  text,
  /**
   * JSON Lines: {@code rule}, {@code package}, {@code criterion}, {@code stage}, {@code file},
   * {@code sources}.
   */
  json;

  /** {@code folder}: where the rules were read from, null for the built-in ones. */
  void write(PrintWriter out, List<RuleEntry> rules, Path folder) {
    if (this == json) {
      rules.forEach(r -> out.println(json(r, folder)));
      return;
    }
    out.println(
        rules.size()
            + (rules.size() == 1 ? " rule" : " rules")
            + (folder == null ? " (built in; with --rules DIR each is shown with its file)" : ""));
    for (RuleEntry r : rules) {
      out.println();
      out.println(r.name());
      out.println(
          "  criterion: "
              + Objects.requireNonNullElse(r.criterion(), "none (reads every criterion)"));
      out.println("  stage:     " + r.stage());
      if (file(r, folder) != null) {
        out.println("  file:      " + file(r, folder));
      }
      out.println("  sources:   " + String.join(", ", r.sources()));
    }
  }

  /**
   * The file as the user would open it: under the folder named by --rules, with forward slashes.
   */
  private static String file(RuleEntry r, Path folder) {
    return r.file() == null || folder == null
        ? null
        : folder.resolve(r.file()).toString().replace('\\', '/');
  }

  private static String json(RuleEntry r, Path folder) {
    ObjectNode node = JsonSupport.MAPPER.createObjectNode();
    node.put("rule", r.name());
    node.put("package", r.packageName());
    node.put("criterion", r.criterion());
    node.put("stage", r.stage());
    node.put("file", file(r, folder));
    var sources = node.putArray("sources");
    r.sources().forEach(sources::add);
    return node.toString();
  }
}
