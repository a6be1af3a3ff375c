package org.cytosis.grading;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytosis.io.CsvRows;
import org.cytosis.io.InputLimits;
import org.cytosis.io.InvalidInputException;
import org.cytosis.io.Utf8Input;

/**
 * A teacher's marks on the same answers, and how far Cytosis agrees with them. The marks are a CSV
 * file with the columns {@code student_id}, {@code scenario_id} and {@code human_score} (names
 * matched as the answers' are; other columns ignored). A mark is paired with the graded answer of
 * the same student and scenario (the n-th mark of a pair with the n-th answer of that pair, for a
 * student who answered one scenario twice). UNREADABLE answers, answers without a mark and marks
 * without an answer are counted, not compared; a mark that is not a number from 0 to the rubric's
 * maximum is a problem (named with its file and line), and not compared either.
 */
public record Calibration(
    Agreement agreement, int answersWithoutMark, int marksWithoutAnswer, List<String> problems) {

  public static final String HUMAN_SCORE = "human_score";

  public Calibration {
    problems = List.copyOf(problems);
  }

  /**
   * The scores Cytosis gave, kept as the graded answers go by for pairing with the teacher's marks
   * once the run ends: for each graded answer its student, scenario and score, nothing more.
   */
  public static final class Scores {
    private final Map<String, Deque<Double>> byPair = new HashMap<>();

    /** Keeps the score of a graded answer; an UNREADABLE one has none. */
    public void add(GradedAnswer g) {
      if (g.isGraded()) {
        byPair
            .computeIfAbsent(
                pair(g.answer().studentId(), g.answer().scenarioId()), k -> new ArrayDeque<>())
            .add(g.score());
      }
    }
  }

  /**
   * @param scores the scores of the run's graded answers, in input order; used up by the pairing
   * @throws InvalidInputException when the file cannot be read at all, or its header lacks a column
   */
  public static Calibration read(Path file, Scores scores, double maxScore) {
    String source = file.toString();
    try (Reader reader = Utf8Input.open(file)) {
      return read(source, reader, scores.byPair, maxScore);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(source, 0, null, "does not exist");
    } catch (IOException e) {
      throw new InvalidInputException(source, 0, null, "cannot be read: " + e.getMessage());
    }
  }

  /** {@code waiting}: each student and scenario's scores, in order; taken as marks pair them. */
  private static Calibration read(
      String source, Reader reader, Map<String, Deque<Double>> waiting, double maxScore)
      throws IOException {
    List<Agreement.Pair> pairs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int unmatched = 0;
    try (CsvRows rows = CsvRows.open(source, reader)) {
      CsvRows.Row header = rows.next();
      if (header == null) {
        throw new InvalidInputException(source, 0, null, "holds no marks");
      }
      int[] at = columns(source, header);
      for (CsvRows.Row row; (row = rows.next()) != null; ) {
        if (row.count() != header.count()) {
          problems.add(
              new InvalidInputException(
                      source,
                      row.line(),
                      null,
                      "has "
                          + InputLimits.count(row.count())
                          + " cells, but the header has "
                          + header.count()
                          + " columns")
                  .getMessage());
          continue;
        }
        String cell = row.cells().get(at[2]).strip();
        Double mark = mark(cell, maxScore);
        if (mark == null) {
          problems.add(
              new InvalidInputException(
                      source,
                      row.line(),
                      HUMAN_SCORE,
                      "is "
                          + InvalidInputException.quote(cell)
                          + ", not a number from 0 to "
                          + maxScore)
                  .getMessage());
          continue;
        }
        Deque<Double> scores = waiting.get(pair(row.cells().get(at[0]), row.cells().get(at[1])));
        if (scores == null || scores.isEmpty()) {
          unmatched++;
        } else {
          pairs.add(new Agreement.Pair(mark, scores.removeFirst()));
        }
      }
    } catch (InvalidInputException e) {
      if (e.problem().startsWith("is not valid CSV")) {
        problems.add(e.getMessage());
      } else {
        throw e;
      }
    }
    int withoutMark = waiting.values().stream().mapToInt(Deque::size).sum();
    return new Calibration(Agreement.of(pairs), withoutMark, unmatched, problems);
  }

  /** The positions of student_id, scenario_id and human_score in the header. */
  private static int[] columns(String source, CsvRows.Row header) {
    List<String> wanted = List.of(AnswerRecord.STUDENT_ID, AnswerRecord.SCENARIO_ID, HUMAN_SCORE);
    int[] at = new int[wanted.size()];
    for (int w = 0; w < wanted.size(); w++) {
      at[w] = -1;
      for (int i = 0; i < header.cells().size(); i++) {
        if (AnswerRecord.key(header.cells().get(i)).equals(AnswerRecord.key(wanted.get(w)))) {
          at[w] = i;
        }
      }
      if (at[w] < 0) {
        throw new InvalidInputException(
            source,
            header.line(),
            null,
            "has no \""
                + wanted.get(w)
                + "\" column in its header (teacher marks need "
                + String.join(", ", wanted)
                + ")");
      }
    }
    return at;
  }

  private static Double mark(String cell, double maxScore) {
    try {
      double mark = Double.parseDouble(cell);
      return mark >= 0 && mark <= maxScore ? mark : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String pair(String student, String scenario) {
    return student.strip() + "\u0000" + scenario.strip();
  }
}
