package org.cytosis.cli;

import java.nio.file.Path;
import org.cytosis.usecase.Cytosis;
import picocli.CommandLine.Option;

/**
 * {@code --rules DIR}: the only way rules from outside the jar are ever loaded (rules are code).
 */
final class RulesOption {

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description =
          "Load the DRL rules from this folder instead of the built-in ones. Rules are code: use only folders you trust.")
  Path rulesDir;

  Cytosis cytosis() {
    return Cytosis.fromRulesDirectory(rulesDir);
  }
}
