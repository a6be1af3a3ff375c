package org.cytosis.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.Criterion;
import org.cytosis.usecase.RuleEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rules [--criterion X]}: every rule of the rule base with its criterion, stage, file and
 * catalogue IDs, so that a biologist finds the rule that made a finding without reading Java.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description =
        "List the rules, each with its criterion, stage, DRL file and the catalogue IDs it cites.")
final class RulesCommand implements Callable<Integer> {

  private final Streams streams;

  @Option(
      names = "--criterion",
      paramLabel = "FIELD",
      description =
          "Only the rules of this criterion, by its event field name (e.g. cargo, vesicleType).")
  String criterion;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text (default) or json (JSON Lines, one rule a line).")
  RulesFormat format;

  @Mixin RulesOption rules;

  RulesCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    Optional<Criterion> only = criterion == null ? Optional.empty() : criterion(criterion);
    if (criterion != null && only.isEmpty()) {
      streams
          .err()
          .println(
              "cytosis rules: --criterion "
                  + InvalidInputException.quote(criterion)
                  + " is not a criterion (allowed: "
                  + String.join(
                      ", ", Arrays.stream(Criterion.values()).map(Criterion::field).toList())
                  + ")");
      return Main.BAD_INPUT;
    }
    List<RuleEntry> all;
    try {
      all = rules.cytosis().rules();
    } catch (InvalidInputException e) {
      streams.err().println("cytosis rules: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    List<RuleEntry> listed =
        all.stream()
            .filter(r -> only.isEmpty() || only.get().field().equals(r.criterion()))
            .sorted(READING_ORDER)
            .toList();
    format.write(streams.out(), listed, rules.rulesDir);
    return Main.OK;
  }

  /**
   * Stage by stage in the order they run, the criteria in the order of the event's fields, then by
   * file and name: the same listing every time.
   */
  static final Comparator<RuleEntry> READING_ORDER =
      Comparator.comparingInt((RuleEntry r) -> stageRank(r.stage()))
          .thenComparingInt(r -> criterionRank(r.criterion()))
          .thenComparing(r -> r.file() == null ? "" : r.file())
          .thenComparing(RuleEntry::name);

  private static int stageRank(String stage) {
    int i = RuleEntry.STAGES.indexOf(stage);
    return i < 0 ? RuleEntry.STAGES.size() : i;
  }

  private static int criterionRank(String field) {
    return Arrays.stream(Criterion.values())
        .filter(c -> c.field().equals(field))
        .mapToInt(Criterion::ordinal)
        .findFirst()
        .orElse(Criterion.values().length);
  }

  /** A field name as the event spells it, or in any case with -, _ or spaces ("cell-type"). */
  private static Optional<Criterion> criterion(String given) {
    String key = squash(given);
    return Arrays.stream(Criterion.values()).filter(c -> squash(c.field()).equals(key)).findFirst();
  }

  private static String squash(String name) {
    return name.replaceAll("[-_\\s]", "").toLowerCase(Locale.ROOT);
  }
}
