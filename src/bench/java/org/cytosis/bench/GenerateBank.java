package org.cytosis.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Label;
import org.cytosis.output.CsvTable;

/**
 * Writes a large CSV bank for {@code validate}, one scenario per row, from a fixed seed: three rows
 * in four are structured events ({@link BenchEvents}), one in four an English sentence; each keyed
 * with the process it was drawn as a case of, as an author would key it. Fields left out make some
 * keys too specific or the scenario ambiguous, so every verdict occurs.
 *
 * <pre>
 *   scripts/gen-bank.sh COUNT [SEED] > bank.csv
 * </pre>
 *
 * Rows are made one at a time and streamed out, so any count fits in memory.
 */
public final class GenerateBank {

  static final List<String> COLUMNS =
      List.of(
          "id",
          "description",
          "expected_label",
          "expected_status",
          "cellType",
          "direction",
          "membraneEvent",
          "vesicleOrigin",
          "membraneSizeChange",
          "cargo",
          "vesicleType",
          "trigger",
          "mechanism");

  private GenerateBank() {}

  public static void main(String[] args) throws IOException {
    GeneratorArgs parsed = GeneratorArgs.parse(args, "GenerateBank", 11L);
    long count = parsed.count();
    SplittableRandom random = parsed.random();
    try (Writer out =
            new BufferedWriter(
                new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        CsvTable.Rows rows = CsvTable.open(out, COLUMNS)) {
      for (long i = 0; i < count; i++) {
        String id = "b" + i;
        rows.write(
            row(
                random.nextInt(4) == 0
                    ? BenchEvents.english(random, id)
                    : BenchEvents.drawn(random, id)));
      }
    }
  }

  private static Map<String, String> row(BenchEvents.Drawn drawn) {
    CellEvent e = drawn.event();
    Map<String, String> row = new LinkedHashMap<>();
    row.put("id", e.id());
    row.put("description", text(e.description()));
    Label key = drawn.intended();
    row.put("expected_label", key == null ? "" : key.name());
    row.put("expected_status", key == null ? "INSUFFICIENT_EVIDENCE" : "");
    row.put("cellType", text(e.cellType()));
    row.put("direction", text(e.direction()));
    row.put("membraneEvent", text(e.membraneEvent()));
    row.put("vesicleOrigin", text(e.vesicleOrigin()));
    row.put("membraneSizeChange", text(e.membraneSizeChange()));
    row.put("cargo", text(e.cargo()));
    row.put("vesicleType", text(e.vesicleType()));
    row.put("trigger", text(e.trigger()));
    row.put("mechanism", text(e.mechanism()));
    return row;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
