package org.cytosis.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextValidationReportTest {

  @Test
  void aTableOfEveryScenarioInOrderThenDetailsForEveryNonPassThenTheSummary() throws Exception {
    // when
    String text = MixedBank.write(new TextValidationReport(), MixedBank.RUN);
    // then
    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).matches("VERDICT +ID +EXPECTED +ACTUAL");
    assertThat(lines.subList(1, 11))
        .extracting(l -> l.split(" +")[1])
        .containsExactlyElementsOf(MixedBank.IDS);
    assertThat(lines.get(2)).matches("WRONG_KEY +amoeba-drinks-fluid +PHAGOCYTOSIS +PINOCYTOSIS");
    assertThat(lines.get(8)).matches("INVALID +misspelt-cargo +- +-");
    assertThat(lines)
        .filteredOn(l -> l.matches("^[A-Z_]+  \\S+  \\(.*\\)$"))
        .extracting(l -> l.split(" +")[1])
        .containsExactly(
            "amoeba-drinks-fluid",
            "liver-releases-glucose",
            "macrophage-folds-membrane",
            "hepatocyte-takes-up-ldl",
            "protein-leaves-by-invagination",
            "beta-cell-signal-only",
            "misspelt-cargo",
            "misspelt-key");
    assertThat(text)
        .contains(
            """
        TOO_SPECIFIC  macrophage-folds-membrane  (testcases-banks/mixed-bank.csv:5)
          The key says PHAGOCYTOSIS, but the scenario only supports its family, ENDOCYTOSIS.
          - ENDOCYTOSIS rests on: direction INTO_CELL (from "takes material in") [KD-9, FT-1, ERR-4]; membraneEvent INVAGINATION (from "folding its plasma membrane inward") [KD-3, S-1, ERR-1, ERR-14].
        """);
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(
            "10 scenarios: 2 PASS, 2 WRONG_KEY, 1 TOO_SPECIFIC, 1 TOO_GENERAL, 2 AMBIGUOUS, 2 INVALID");
  }

  @Test
  void theSameRunGivesByteIdenticalText() throws Exception {
    assertThat(MixedBank.write(new TextValidationReport(), MixedBank.RUN))
        .isEqualTo(MixedBank.write(new TextValidationReport(), MixedBank.RUN));
  }
}
