package org.cytosis.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  @Test
  void aColumnKeyIgnoresCaseSpacesHyphensAndUnderscores() {
    assertThat(List.of("Expected Label", "expected_label", "expectedLabel", " EXPECTED-label\t"))
        .extracting(CsvRows::columnKey)
        .containsOnly("expectedlabel");
    assertThat(CsvRows.columnKey("cell type"))
        .isEqualTo(CsvRows.columnKey("cellType"))
        .isNotEqualTo(CsvRows.columnKey("cell.type"));
  }

  @Test
  void aColumnKeyDropsExactlyWhatTheHeaderRuleNames() {
    // the rule as a regular expression: lower case, then no white space (\s), '_' or '-'
    List<String> names =
        List.of(
            "a\u000Bb\fc\rd\ne",
            "non\u00A0breaking",
            "em\u2003space",
            "İstanbul",
            "Straße",
            "x--y__z",
            "",
            "   ",
            "ÉCOLE_Primaire");
    for (String name : names) {
      assertThat(CsvRows.columnKey(name))
          .as(name)
          .isEqualTo(name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", ""));
    }
  }
}
