package org.cytosis.bench;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cytosis.grading.AnswerReader;
import org.cytosis.grading.AnswerRecord;
import org.cytosis.validation.BankReader;

/**
 * Writes a large class of answers for {@code grade} against {@code testcases-grading/key.csv}, from
 * a fixed seed: student after student answers the twelve scenarios in turn, each answer and
 * justification drawn from what the 25 students of {@code class-answers.csv} wrote for that
 * scenario (right, partly right, misspelt, misconceived, contradictory, empty), so the mix of
 * verdicts is the class's.
 *
 * <pre>
 *   scripts/gen-answers.sh COUNT [SEED] > answers.csv
 * </pre>
 */
public final class GenerateAnswers {

  static final String KEY = "testcases-grading/key.csv";
  static final String CLASS = "testcases-grading/class-answers.csv";
  static final List<String> COLUMNS =
      List.of("student_id", "scenario_id", "answer", "justification");

  private GenerateAnswers() {}

  public static void main(String[] args) throws IOException {
    GeneratorArgs parsed = GeneratorArgs.parse(args, "GenerateAnswers", 13L);
    long count = parsed.count();
    SplittableRandom random = parsed.random();
    Map<String, List<AnswerRecord>> byScenario = classAnswers();
    List<String> scenarios = new ArrayList<>(byScenario.keySet());
    // Plain CSV, not CsvTable: the class's formula-like answers are kept as written, not escaped.
    CsvSchema.Builder schema = CsvSchema.builder();
    COLUMNS.forEach(schema::addColumn);
    Writer out =
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    try (SequenceWriter rows =
        new CsvMapper().writer(schema.build().withHeader()).writeValues(out)) {
      for (long i = 0; i < count; i++) {
        String scenario = scenarios.get((int) (i % scenarios.size()));
        List<AnswerRecord> written = byScenario.get(scenario);
        AnswerRecord drawn = written.get(random.nextInt(written.size()));
        Map<String, String> row = new LinkedHashMap<>();
        row.put("student_id", "g" + (i / scenarios.size()));
        row.put("scenario_id", scenario);
        row.put("answer", drawn.answer());
        row.put("justification", drawn.justification() == null ? "" : drawn.justification());
        rows.write(row);
      }
    }
  }

  /** The class's readable answers to each scenario of the key, in key order. */
  private static Map<String, List<AnswerRecord>> classAnswers() {
    Map<String, List<AnswerRecord>> byScenario = new LinkedHashMap<>();
    BankReader.readKey(Path.of(KEY))
        .records()
        .forEach(r -> byScenario.put(r.id(), new ArrayList<>()));
    for (AnswerRecord answer : AnswerReader.read(Path.of(CLASS))) {
      List<AnswerRecord> written = answer.isReadable() ? byScenario.get(answer.scenarioId()) : null;
      if (written != null) {
        written.add(answer);
      }
    }
    return byScenario;
  }
}
