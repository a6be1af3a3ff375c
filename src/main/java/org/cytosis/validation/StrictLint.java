package org.cytosis.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.cytosis.model.Status;

/**
 * What {@code --strict} flags beyond the verdicts: scenarios that pass with low confidence, and ids
 * or descriptions used more than once in a run. The verdicts stay as they are; the lint is listed
 * with each result, and a later duplicate names the first.
 *
 * <p>Duplicates are found as the records are read, in input order, so a run keeps only the ids and
 * the normalised descriptions seen (each with where it was first seen), never the results; low
 * confidence is a property of one result.
 */
final class StrictLint {

  /**
   * Below this, a passing classification rests on less than one decisive finding's worth of
   * uncontested evidence (one decisive finding alone gives 0.5; see the README, "Confidence").
   */
  static final double LOW_CONFIDENCE = 0.5;

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /**
   * The record that first had each id and each normalised description, for the lint of later ones:
   * its id, file and line only (the file's name is one string shared by all its records).
   */
  private final Map<String, FirstSeen> ids = new HashMap<>();

  private final Map<String, FirstSeen> descriptions = new HashMap<>();

  private record FirstSeen(String id, String source, int line) {
    String location() {
      return line > 0 ? source + ":" + line : source;
    }
  }

  /** A record with what was found of it so far: the duplicates it repeats. */
  record Checked(BankRecord record, List<String> duplicates) {}

  /**
   * The duplicates a record repeats, to be called on each record in input order. An unreadable
   * record is not compared and is no first occurrence.
   */
  Checked duplicates(BankRecord record) {
    if (!record.isReadable()) {
      return new Checked(record, List.of());
    }
    List<String> lint = new ArrayList<>(0);
    String id = record.id();
    FirstSeen seen = new FirstSeen(id, record.source(), record.line());
    FirstSeen first = ids.putIfAbsent(id, seen);
    if (first != null) {
      lint.add("Its id " + id + " is also used at " + first.location() + ".");
    }
    String description = record.scenario().event().description();
    if (description != null && !description.isBlank()) {
      first = descriptions.putIfAbsent(normalise(description), seen);
      if (first != null) {
        lint.add(
            "Its description is the same as that of "
                + first.id()
                + " at "
                + first.location()
                + ".");
      }
    }
    return new Checked(record, lint);
  }

  /** The result with all its lint: low confidence first, then the duplicates found on reading. */
  static ValidationResult linted(ValidationResult result, List<String> duplicates) {
    if (!result.record().isReadable()) {
      return result;
    }
    List<String> lint = new ArrayList<>(duplicates.size() + 1);
    lowConfidence(result, lint);
    lint.addAll(duplicates);
    return result.withLint(lint);
  }

  private static void lowConfidence(ValidationResult result, List<String> lint) {
    var actual = result.actual();
    boolean firm =
        actual.status() == Status.CLASSIFIED || actual.status() == Status.NOT_BULK_TRANSPORT;
    if (result.verdict() == ValidationVerdict.PASS
        && firm
        && actual.confidence() < LOW_CONFIDENCE) {
      lint.add(
          String.format(
              Locale.ROOT,
              "It passes with low confidence (%.3f, below %.1f):"
                  + " the evidence for %s is thin or contested.",
              actual.confidence(),
              LOW_CONFIDENCE,
              Wording.actual(actual)));
    }
  }

  /** Descriptions compare ignoring case and runs of white space. */
  private static String normalise(String text) {
    return WHITE_SPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
