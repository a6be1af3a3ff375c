package org.cytosis.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetSafeTest {

  @ParameterizedTest(name = "[{0}] becomes [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "=1+1|'=1+1",
        "+review|'+review",
        "-3|'-3",
        "@SUM(A1)|'@SUM(A1)",
        "\"=cmd|' /C calc'!A0\"|\"'=cmd|' /C calc'!A0\"",
        "\"=HYPERLINK(\"\"http://x\"\")\"|\"'=HYPERLINK(\"\"http://x\"\")\"",
        "\"\t4\"|\"'\t4\"",
        "\"\r=1+1\"|\"'\r=1+1\"",
        "PHAGOCYTOSIS|PHAGOCYTOSIS",
        "a=b|a=b",
        "'quoted|'quoted",
        "\"\"|\"\""
      })
  void cellsThatStartLikeAFormulaGetALeadingApostropheAndOthersAreUnchanged(
      String text, String cell) {
    assertThat(SpreadsheetSafe.cell(text)).isEqualTo(cell);
  }

  @Test
  void nullIsTheEmptyCell() {
    assertThat(SpreadsheetSafe.cell(null)).isEmpty();
  }
}
