package org.cytosis.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.Cargo;
import org.cytosis.model.Direction;
import org.cytosis.model.Label;
import org.cytosis.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankReaderTest {

  @TempDir Path dir;

  private Bank read(String name, String content) throws Exception {
    return BankReader.read(Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8));
  }

  @Test
  void csvColumnNamesIgnoreCaseSpacesAndUnderscoresAndEventFieldsAreRead() throws Exception {
    // given a header in a spreadsheet's own spelling
    Bank bank =
        read(
            "bank.csv",
            """
        ID,Description,Expected Label,EXPECTED_STATUS,Expected-Sources,Cell Type,direction,CARGO
        n1,A neutrophil engulfs a bacterium.,phagocytosis,classified,"PH-1, KD-9",neutrophil,into cell,solid-particle
        """);
    // when
    BankRecord record = bank.records().get(0);
    // then
    assertThat(record.isReadable()).isTrue();
    assertThat(record.line()).isEqualTo(2);
    var event = record.scenario().event();
    assertThat(event.id()).isEqualTo("n1");
    assertThat(event.description()).isEqualTo("A neutrophil engulfs a bacterium.");
    assertThat(event.cellType()).isEqualTo("neutrophil");
    assertThat(event.direction()).isEqualTo(Direction.INTO_CELL);
    assertThat(event.cargo()).isEqualTo(Cargo.SOLID_PARTICLE);
    assertThat(record.scenario().expected().label()).isEqualTo(Label.PHAGOCYTOSIS);
    assertThat(record.scenario().expected().status()).isEqualTo(Status.CLASSIFIED);
    assertThat(record.scenario().expected().sources()).containsExactly("PH-1", "KD-9");
  }

  @Test
  void csvEmptyCellsAreUnknownAndUnknownColumnsAreKeptAsGiven() throws Exception {
    // given
    Bank bank =
        read(
            "bank.csv",
            """
        id,description,expected_label,chapter,cargo,Reviewer Notes
        f1,,PINOCYTOSIS,4.2,,"check, later"
        """);
    // when
    BankRecord record = bank.records().get(0);
    // then
    assertThat(record.scenario().event().cargo()).isNull();
    assertThat(record.scenario().event().description()).isNull();
    assertThat(record.scenario().expected().status()).isNull();
    assertThat(record.extraColumns())
        .containsExactly(
            java.util.Map.entry("chapter", "4.2"),
            java.util.Map.entry("Reviewer Notes", "check, later"));
  }

  @Test
  void aBadCellMakesItsRowInvalidNamingFileLineAndColumnAsWrittenAndTheOtherRowsAreRead()
      throws Exception {
    // given a bank whose second row misspells a cargo; a quoted cell spans two lines before it
    Bank bank =
        read(
            "bank.csv",
            """
        id,description,expected_label,Cargo
        a,"Fluid is taken
        in.",PINOCYTOSIS,FLUID
        b,A bacterium is engulfed.,PHAGOCYTOSIS,solid particel
        c,,PHAGOCYTOSIS,SOLID_PARTICLE
        """);
    // when
    List<BankRecord> records = bank.records();
    // then
    assertThat(records).extracting(BankRecord::isReadable).containsExactly(true, false, true);
    assertThat(records).extracting(BankRecord::line).containsExactly(2, 4, 5);
    assertThat(records.get(1).error().getMessage())
        .isEqualTo(
            dir.resolve("bank.csv")
                + ":4: field"
                + " \"Cargo\" has unknown value \"solid particel\" (allowed: SOLID_PARTICLE, FLUID,"
                + " RECEPTOR_BOUND_LIGAND, PROTEIN, HORMONE, NEUROTRANSMITTER, DIGESTIVE_ENZYME, WASTE,"
                + " SMALL_MOLECULE; did you mean SOLID_PARTICLE?)");
    assertThat(records.get(1).id()).isEqualTo("b");
  }

  @Test
  void aRowWithTheWrongNumberOfCellsOrNoIdOrAnImpossibleKeyIsInvalid() throws Exception {
    // given
    Bank bank =
        read(
            "bank.csv",
            """
        id,description,expected_label,expected_status
        a,too,many,cells,here
        ,no id,EXOCYTOSIS,
        c,no label and no status,,
        d,a label with the not-bulk status,EXOCYTOSIS,NOT_BULK_TRANSPORT
        e,not bulk transport as a label,NOT_BULK_TRANSPORT,
        """);
    // when
    List<BankRecord> records = bank.records();
    // then
    assertThat(records).hasSize(5);
    assertThat(records.get(0).error().problem())
        .isEqualTo("has 5 cells, but the header has 4 columns");
    assertThat(records.get(1).error().getMessage())
        .endsWith(":3: field \"id\" is empty: every scenario in a bank needs an id");
    assertThat(records.get(2).error().getMessage())
        .contains(":4: field \"expected_label\" is empty");
    assertThat(records.get(3).error().problem())
        .isEqualTo("is EXOCYTOSIS, but a NOT_BULK_TRANSPORT key has no label");
    assertThat(records.get(4).scenario().expected().status()).isEqualTo(Status.NOT_BULK_TRANSPORT);
  }

  @Test
  void aHeaderWithoutTheRequiredColumnsMakesTheFileOneInvalidRecord() throws Exception {
    // given
    Bank bank = read("bank.csv", "id,description,label\na,b,EXOCYTOSIS\n");
    // then
    assertThat(bank.records())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.isReadable()).isFalse();
              assertThat(r.error().getMessage())
                  .contains("bank.csv:1: has no \"expected_label\" column");
            });
  }

  @Test
  void aQuoteNeverClosedIsReportedAtTheRowWhereItOpensAndEndsTheFile() throws Exception {
    // given
    Bank bank =
        read(
            "bank.csv",
            "id,expected_label,cargo\na,PINOCYTOSIS,FLUID\nb,\"PINOCYTOSIS,FLUID\nc,PINOCYTOSIS,FLUID\n");
    // then
    assertThat(bank.records()).extracting(BankRecord::isReadable).containsExactly(true, false);
    assertThat(bank.records().get(1).error().getMessage())
        .endsWith(
            "bank.csv:3: is not valid CSV:"
                + " Missing closing quote for value (read on to line 5; the rest of the file is not read)");
  }

  @Test
  void aColumnThatLooksLikeAMisspeltFieldGetsANote() throws Exception {
    // when
    Bank bank = read("bank.csv", "id,expected_label,cargoo,chapter\na,PINOCYTOSIS,FLUID,1\n");
    // then
    assertThat(bank.notes())
        .singleElement()
        .asString()
        .endsWith(
            "bank.csv:1: column \"cargoo\" is not one Cytosis reads, so it is carried through"
                + " unchanged (did you mean \"cargo\"?)");
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsIgnored() throws Exception {
    // given a bank saved by a spreadsheet as "CSV UTF-8"
    Bank bank = read("bank.csv", "\uFEFFid,expected_label\na,EXOCYTOSIS\n");
    // then
    assertThat(bank.records()).singleElement().extracting(BankRecord::isReadable).isEqualTo(true);
  }

  @Test
  void jsonLinesOfScenariosAreReadOnePerLineAndABadOneDoesNotHideTheNext() throws Exception {
    // given a bad value inside the key of the second scenario
    Bank bank =
        read(
            "bank.jsonl",
            """
        {"title": "a", "event": {"id": "a", "cargo": "FLUID"}, "expected": {"label": "PINOCYTOSIS", "status": "CLASSIFIED"}}
        {"title": "b", "event": {"id": "b"}, "expected": {"label": "PHAGOCYTOSES", "status": "CLASSIFIED", "sources": ["PH-1"]}}
        {"title": "c", "event": {"id": "c"}, "expected": {"label": null, "status": "INSUFFICIENT_EVIDENCE"}}
        """);
    // then
    assertThat(bank.records())
        .extracting(BankRecord::isReadable)
        .containsExactly(true, false, true);
    assertThat(bank.records().get(1).error().getMessage())
        .contains("bank.jsonl:2: field \"expected.label\" has unknown value \"PHAGOCYTOSES\"");
  }

  @Test
  void aJsonArrayOfScenariosIsReadWithLinesAndABadFieldInsideANestedValueSkipsOnlyItsRecord()
      throws Exception {
    // given
    Bank bank =
        read(
            "bank.json",
            """
        [
          {"title": "a", "event": {"id": "a"}, "expected": {"label": "EXOCYTOSIS", "status": "CLASSIFIED",
            "sources": [1, 2]}},
          {"title": "b", "event": {"id": "b", "direction": "OUT_OF_CELL"},
           "expected": {"label": "EXOCYTOSIS", "status": "CLASSIFIED"}}
        ]
        """);
    // then
    assertThat(bank.records()).extracting(BankRecord::isReadable).containsExactly(false, true);
    assertThat(bank.records().get(0).error().getMessage())
        .contains("bank.json:3: field \"expected.sources\" must be a string, not a number");
    assertThat(bank.records().get(1).line()).isEqualTo(4);
    assertThat(bank.records().get(1).scenario().event().direction())
        .isEqualTo(Direction.OUT_OF_CELL);
  }

  @Test
  void aJsonScenarioIsAlsoWrittenOutAsABankRow() throws Exception {
    // given
    Bank bank =
        read(
            "one.json",
            """
        {"title": "Oxygen diffuses in", "source": "NB-1",
         "event": {"id": "o", "mechanism": "DIFFUSION"},
         "expected": {"label": null, "status": "NOT_BULK_TRANSPORT", "sources": ["NB-1"]}}
        """);
    // then
    assertThat(bank.records().get(0).columns())
        .containsEntry("id", "o")
        .containsEntry("title", "Oxygen diffuses in")
        .containsEntry("expected_label", "NOT_BULK_TRANSPORT")
        .containsEntry("expected_status", "NOT_BULK_TRANSPORT")
        .containsEntry("expected_sources", "NB-1")
        .containsEntry("mechanism", "DIFFUSION")
        .containsEntry("cargo", "");
  }

  @Test
  void foldersAreWalkedInSortedOrderForBanksOnlyAndAMissingPathIsAnError() throws Exception {
    // given
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/z.csv"), "");
    Files.writeString(dir.resolve("a.jsonl"), "");
    Files.writeString(dir.resolve("scenario.schema.json"), "{}");
    Files.writeString(dir.resolve("README.md"), "");
    // then
    assertThat(BankFiles.list(List.of(dir)))
        .containsExactly(dir.resolve("a.jsonl"), dir.resolve("b/z.csv"));
    assertThatThrownBy(() -> BankFiles.list(List.of(dir.resolve("nope"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("nope: does not exist");
  }
}
