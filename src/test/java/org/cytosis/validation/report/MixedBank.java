package org.cytosis.validation.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.cytosis.engine.Classifier;
import org.cytosis.validation.BankReader;
import org.cytosis.validation.ValidationRun;
import org.cytosis.validation.Validator;

/** The demo bank testcases-banks/mixed-bank.csv, validated once for the report tests. */
final class MixedBank {

  static final Path FILE = Path.of("testcases-banks", "mixed-bank.csv");

  /** Its ids in file order, each with the verdict the bank was written to get. */
  static final List<String> IDS =
      List.of(
          "neutrophil-eats-bacterium",
          "amoeba-drinks-fluid",
          "liver-releases-glucose",
          "macrophage-folds-membrane",
          "hepatocyte-takes-up-ldl",
          "protein-leaves-by-invagination",
          "beta-cell-signal-only",
          "misspelt-cargo",
          "misspelt-key",
          "oxygen-diffuses-in");

  static final ValidationRun RUN =
      ValidationRun.of(
          BankReader.read(FILE).records(), new Validator(Classifier.create()), false, () -> {});

  private MixedBank() {}

  static String write(ValidationReport report, ValidationRun run) throws IOException {
    StringWriter out = new StringWriter();
    report.write(run, out);
    return out.toString();
  }
}
