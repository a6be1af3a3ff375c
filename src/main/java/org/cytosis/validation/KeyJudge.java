package org.cytosis.validation;

import java.util.ArrayList;
import java.util.List;
import org.cytosis.model.Classification;
import org.cytosis.model.Label;
import org.cytosis.model.Status;
import org.cytosis.scenario.Expected;

/**
 * Compares an answer key with what the rules concluded, along the label tree (family > subtype),
 * and says why in an author's words. Only what the key gives is checked: a key without a status or
 * sources is judged on its label alone.
 */
final class KeyJudge {

  record Judgement(ValidationVerdict verdict, Reason reason) {}

  private KeyJudge() {}

  static Judgement judge(Expected key, Classification actual) {
    boolean unsettled = isUnsettled(actual.status());
    if (unsettled && key.status() != actual.status()) {
      return ambiguous(key, actual);
    }
    if (!unsettled && isUnsettled(key.status())) {
      return firmWhereKeyExpectsDoubt(key, actual);
    }
    Label expected = target(key.label(), key.status());
    Label concluded = target(actual.label(), actual.status());
    // Past the two checks above, equal targets mean equal statuses too (where the key gives one).
    if (expected == concluded) {
      return sourcesChecked(key, actual);
    }
    if (expected != null && concluded != null && expected.getParent() == concluded) {
      return tooSpecific(key, actual);
    }
    if (expected != null && concluded != null && concluded.getParent() == expected) {
      return tooGeneral(key, actual);
    }
    return wrongLabel(key, actual);
  }

  /** A status that leaves the answer open: the scenario contradicts itself or says too little. */
  private static boolean isUnsettled(Status status) {
    return status == Status.CONFLICTING || status == Status.INSUFFICIENT_EVIDENCE;
  }

  /** The label, or NOT_BULK_TRANSPORT standing for that status, so that both compare as labels. */
  private static Label target(Label label, Status status) {
    return label == null && status == Status.NOT_BULK_TRANSPORT ? Label.NOT_BULK_TRANSPORT : label;
  }

  private static Judgement sourcesChecked(Expected key, Classification actual) {
    List<String> cited = actual.citedSources();
    List<String> uncited = key.sources().stream().filter(id -> !cited.contains(id)).toList();
    if (uncited.isEmpty()) {
      return new Judgement(
          ValidationVerdict.PASS,
          new Reason(
              "The rules conclude " + Wording.actual(actual) + ", as the key says.", List.of()));
    }
    return new Judgement(
        ValidationVerdict.WRONG_KEY,
        new Reason(
            "The rules conclude "
                + Wording.actual(actual)
                + ", as the key says, but not from "
                + String.join(", ", uncited)
                + ", which the key cites.",
            List.of(
                "Their findings cite "
                    + (cited.isEmpty() ? "nothing" : String.join(", ", cited))
                    + ".")));
  }

  private static Judgement ambiguous(Expected key, Classification actual) {
    List<String> points = new ArrayList<>();
    String headline;
    if (actual.status() == Status.CONFLICTING) {
      headline =
          "The key says "
              + Wording.key(key)
              + ", but the scenario contradicts itself, so the"
              + " rules cannot confirm any answer.";
      actual.conflicts().stream().map(Wording::conflict).forEach(points::add);
      if (actual.label() != null) {
        points.add(
            "On balance the evidence leans to "
                + actual.label()
                + ", but the contradiction must be resolved first.");
      } else {
        points.add("Correct or remove one side of each contradiction.");
      }
    } else {
      headline =
          "The key says "
              + Wording.key(key)
              + ", but the scenario does not give enough"
              + " evidence to decide.";
      String known = Wording.findings(actual, f -> true);
      points.add(
          known.isEmpty()
              ? "None of its details bears on the criteria."
              : "All it establishes is: " + known + ".");
    }
    points.addAll(Wording.questions(actual));
    return new Judgement(ValidationVerdict.AMBIGUOUS, new Reason(headline, points));
  }

  private static Judgement firmWhereKeyExpectsDoubt(Expected key, Classification actual) {
    String doubt =
        key.status() == Status.CONFLICTING ? "contradicts itself" : "does not give enough evidence";
    return new Judgement(
        ValidationVerdict.WRONG_KEY,
        new Reason(
            "The key says the scenario "
                + doubt
                + ", but the rules conclude "
                + Wording.actual(actual)
                + " without doubt.",
            List.of(restsOn(actual))));
  }

  private static Judgement tooSpecific(Expected key, Classification actual) {
    Label subtype = key.label();
    List<String> points = new ArrayList<>();
    points.add(restsOn(actual));
    String hints = Wording.findings(actual, f -> f.supports() == subtype);
    points.add(
        hints.isEmpty()
            ? "Nothing in the scenario tells "
                + subtype
                + " apart from the other kinds of "
                + actual.label()
                + "."
            : "What points to " + subtype + " is too weak to decide the subtype: " + hints + ".");
    points.addAll(Wording.questions(actual));
    points.add(
        "Add the detail that shows "
            + subtype
            + ", or key the scenario as "
            + actual.label()
            + ".");
    return new Judgement(
        ValidationVerdict.TOO_SPECIFIC,
        new Reason(
            "The key says "
                + Wording.key(key)
                + ", but the scenario only supports its family, "
                + actual.label()
                + ".",
            points));
  }

  private static Judgement tooGeneral(Expected key, Classification actual) {
    Label subtype = actual.label();
    return new Judgement(
        ValidationVerdict.TOO_GENERAL,
        new Reason(
            "The key says "
                + Wording.key(key)
                + ", but the scenario supports the more specific "
                + subtype
                + ".",
            List.of(
                subtype
                    + " rests on: "
                    + Wording.findings(actual, f -> f.supports() == subtype)
                    + ".",
                "The key is not wrong, only less specific than the scenario: key it as "
                    + subtype
                    + ", or remove the detail that shows the subtype.")));
  }

  private static Judgement wrongLabel(Expected key, Classification actual) {
    List<String> points = new ArrayList<>();
    Label expected = target(key.label(), key.status());
    Label concluded = target(actual.label(), actual.status());
    if (concluded != null) {
      points.add(restsOn(actual));
    } else {
      actual.conflicts().stream().map(Wording::conflict).forEach(points::add);
    }
    if (expected != null) {
      // Evidence shared with the conclusion (a common family) does not point to the key.
      String forKey =
          Wording.findings(
              actual,
              Wording.onBranchOf(expected)
                  .and(concluded == null ? f -> true : Wording.behind(concluded).negate()));
      points.add(
          forKey.isEmpty()
              ? "Nothing in the scenario points to " + expected + "."
              : "What points to " + expected + " is outweighed: " + forKey + ".");
    }
    return new Judgement(
        ValidationVerdict.WRONG_KEY,
        new Reason(
            "The key says "
                + Wording.key(key)
                + ", but the rules conclude "
                + Wording.actual(actual)
                + ".",
            points));
  }

  /** The findings behind a firm conclusion. */
  private static String restsOn(Classification actual) {
    Label concluded = target(actual.label(), actual.status());
    String support = concluded == null ? "" : Wording.findings(actual, Wording.behind(concluded));
    return Wording.actual(actual)
        + " rests on: "
        + (support.isEmpty() ? "no finding" : support)
        + ".";
  }
}
