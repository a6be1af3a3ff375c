package org.cytosis.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cytosis.engine.Classifier;
import org.cytosis.validation.BankReader;
import org.cytosis.validation.ValidationRun;
import org.cytosis.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitValidationReportTest {

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new InputSource(new StringReader(xml)));
  }

  private static List<Element> elements(Document doc, String name) {
    NodeList nodes = doc.getElementsByTagName(name);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  @Test
  void everyScenarioIsATestCaseNonPassesAreFailuresTypedByVerdictAndUnreadableOnesAreErrors()
      throws Exception {
    // when
    Document doc = parse(MixedBank.write(new JunitValidationReport(), MixedBank.RUN));
    // then
    Element suite = elements(doc, "testsuite").get(0);
    assertThat(suite.getAttribute("name")).isEqualTo("testcases-banks/mixed-bank.csv");
    assertThat(suite.getAttribute("tests")).isEqualTo("10");
    assertThat(suite.getAttribute("failures")).isEqualTo("6");
    assertThat(suite.getAttribute("errors")).isEqualTo("2");
    List<Element> cases = elements(doc, "testcase");
    assertThat(cases)
        .extracting(c -> c.getAttribute("name"))
        .containsExactlyElementsOf(MixedBank.IDS);
    assertThat(cases)
        .extracting(c -> c.getAttribute("classname"))
        .containsOnly("testcases-banks.mixed-bank");
    assertThat(elements(doc, "failure"))
        .extracting(f -> f.getAttribute("type"))
        .containsExactly(
            "WRONG_KEY", "WRONG_KEY", "TOO_SPECIFIC", "TOO_GENERAL", "AMBIGUOUS", "AMBIGUOUS");
    Element tooSpecific = elements(doc, "failure").get(2);
    assertThat(tooSpecific.getAttribute("message"))
        .isEqualTo(
            "The key says PHAGOCYTOSIS, but the scenario only supports its family, ENDOCYTOSIS.");
    assertThat(tooSpecific.getTextContent())
        .contains("Open question (cargo): Is the cargo a solid particle");
    assertThat(elements(doc, "error"))
        .extracting(e -> e.getAttribute("type"))
        .containsOnly("INVALID");
    assertThat(elements(doc, "error").get(0).getAttribute("message"))
        .contains("did you mean SOLID_PARTICLE?");
  }

  @Test
  void controlCharactersFromABankStillGiveWellFormedXmlAndLintOnAPassIsAFailure(@TempDir Path dir)
      throws Exception {
    // given a bank whose first id holds a control character XML 1.0 cannot carry (which makes the
    // row INVALID, but its id still names the test case), and an id used twice (lint)
    Path bank =
        Files.writeString(
            dir.resolve("b.csv"),
            "id,expected_label,cargo\n"
                + "odd\u0001id,PINOCYTOSIS,FLUID\ntwin,PINOCYTOSIS,FLUID\ntwin,PINOCYTOSIS,FLUID\n");
    ValidationRun run =
        ValidationRun.of(
            BankReader.read(bank).records(), new Validator(Classifier.create()), true, () -> {});
    // when
    Document doc = parse(MixedBank.write(new JunitValidationReport(), run));
    // then
    assertThat(elements(doc, "testcase"))
        .extracting(c -> c.getAttribute("name"))
        .containsExactly("odd\uFFFDid", "twin", "twin");
    assertThat(elements(doc, "error"))
        .singleElement()
        .satisfies(e -> assertThat(e.getAttribute("message")).contains("control character U+0001"));
    assertThat(elements(doc, "failure"))
        .singleElement()
        .satisfies(f -> assertThat(f.getAttribute("type")).isEqualTo("LINT"))
        .satisfies(f -> assertThat(f.getAttribute("message")).startsWith("Its id twin"));
  }

  @Test
  void aBankFileBecomesAClassNameWithFoldersAsPackages() {
    assertThat(JunitValidationReport.className("testcases/phagocytosis/001-a.json"))
        .isEqualTo("testcases.phagocytosis.001-a");
    assertThat(JunitValidationReport.className("/tmp/banks/chapter.4.csv"))
        .isEqualTo("tmp.banks.chapter.4");
  }
}
