package org.cytosis.docs;

// The example of docs/library.md, quoted there between the two markers; LibraryDocTest checks
// that the quote equals this file and that the example prints what the page says.
// library-example:start
import java.util.ArrayList;
import java.util.List;
import org.cytosis.engine.Classifier;
import org.cytosis.explain.Explainer;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Direction;
import org.cytosis.model.Finding;

public class LibraryExample {

  public static void main(String[] args) {
    run().forEach(System.out::println);
  }

  static List<String> run() {
    List<String> lines = new ArrayList<>();
    // Build one classifier and share it: it loads the rules once and is safe across threads.
    Classifier classifier = Classifier.create();

    // An event given as fields ...
    CellEvent fields =
        CellEvent.builder()
            .id("neutrophil-1")
            .cellType("neutrophil")
            .direction(Direction.INTO_CELL)
            .cargo(Cargo.SOLID_PARTICLE)
            .build();
    // ... or described in English.
    CellEvent text =
        CellEvent.builder()
            .id("beta-cell-1")
            .description("Beta cells release insulin from stored granules when glucose rises.")
            .build();

    // classifyAll keeps the input order (and uses every core for large inputs).
    for (Classification result : classifier.classifyAll(List.of(fields, text))) {
      lines.add(
          result.id()
              + ": "
              + result.status()
              + " "
              + result.label()
              + " "
              + result.lineage()
              + " confidence "
              + result.confidence());
      for (Finding finding : result.findings()) {
        lines.add(
            "  "
                + finding.criterion()
                + " "
                + finding.value()
                + " -> "
                + finding.supports()
                + " "
                + finding.sources());
      }
    }

    // an Explainer adds how the rules got there, why not each other label and what would change it.
    Classification explained = new Explainer(classifier).explain(fields);
    lines.add(
        "why not "
            + explained.explanation().whyNot().get(0).label()
            + ": "
            + explained.explanation().whyNot().get(0).summary());
    return lines;
  }
}
// library-example:end
