package org.cytosis.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Counterfactual;
import org.cytosis.model.Counterfactual.Result;
import org.cytosis.model.Criterion;
import org.cytosis.model.Status;

/**
 * Finds the smallest changes to an event's fields (or to what its description says) that give
 * another answer, by running the rules on changed copies of the event: first every single change
 * (each other value of each field, and removing each field that is given), then every pair of
 * changes to two fields. A change set is kept when its result is a target (see {@link #isTarget})
 * and no smaller set inside it reaches the same result. No table of what leads where is written by
 * hand; the rules decide every result.
 */
final class CounterfactualSearch {

  private final Function<CellEvent, Result> outcome;

  /** What a field change is evidence for; null: every pair is run. */
  private final BiFunction<Criterion, Object, List<String>> evidence;

  /**
   * @param outcome the verdict the rules reach on an event (its label and status alone)
   * @param evidence what setting a field to a value is evidence for (see {@link
   *     Explainer#evidenceOf}), so that pairs of changes that are alike share one run; null to run
   *     every pair
   */
  CounterfactualSearch(
      Function<CellEvent, Result> outcome, BiFunction<Criterion, Object, List<String>> evidence) {
    this.outcome = outcome;
    this.evidence = evidence;
  }

  /**
   * Every minimal change set of one or two changes that reaches a target, smallest first. The runs
   * do not depend on one another, so they are spread over the cores; what is kept, and in what
   * order, does not depend on which run finishes first.
   */
  List<Found> search(CellEvent event, Classification actual) {
    List<Change> singles = Change.candidates(event, actual.findings());
    List<Result> singleResults = runAll(event, singles.stream().map(List::of).toList());
    Map<Change, Result> bySingle = new HashMap<>();
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < singles.size(); i++) {
      bySingle.put(singles.get(i), singleResults.get(i));
      if (isTarget(actual, singleResults.get(i))) {
        found.add(new Found(List.of(singles.get(i)), singleResults.get(i)));
      }
    }
    List<Pair> pairs = pairs(event, singles);
    List<Result> pairResults = runPairs(event, pairs, kinds(event, singles, singleResults));
    for (int k = 0; k < pairs.size(); k++) {
      Pair pair = pairs.get(k);
      Result result = pairResults.get(k);
      if (isTarget(actual, result)
          && !result.equals(bySingle.get(pair.first()))
          && !result.equals(bySingle.get(pair.second()))) {
        found.add(new Found(pair.changes(), result));
      }
    }
    found.sort((a, b) -> Change.SET_ORDER.compare(a.changes(), b.changes()));
    return found;
  }

  /**
   * Two single changes made together, as they are run and reported: two changes to two fields, or
   * one description edit that leaves out the phrases of both edits.
   */
  private record Pair(List<Change> changes, Change first, Change second) {}

  /** Every pair of single changes to two different fields, or of two description edits. */
  private static List<Pair> pairs(CellEvent event, List<Change> singles) {
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < singles.size(); i++) {
      for (int j = i + 1; j < singles.size(); j++) {
        Change first = singles.get(i);
        Change second = singles.get(j);
        if (first.field() == null && second.field() == null) {
          pairs.add(
              new Pair(List.of(Change.merge(event.description(), first, second)), first, second));
        } else if (first.field() != second.field()) {
          pairs.add(new Pair(List.of(first, second), first, second));
        }
      }
    }
    return pairs;
  }

  /**
   * Which single changes are alike, or null when pairs must each be run. Two changes to one field
   * are alike when the new values are evidence for the same labels at the same weights, by the same
   * rule (six mechanisms that all say "not bulk transport", say): the verdict rules read a
   * finding's label and weight, never the value behind it, and a finding rule that reads a second
   * field tells apart only values that have rules of their own, so a pair gives the same verdict
   * whichever of two alike changes it holds, and one run serves them all. This holds for an event
   * given as fields alone, where every finding comes from one field; a description may state the
   * same fact as a field, and a fact stated twice counts once, so for a described event every pair
   * is run. As a check, alike changes must also have given the same verdict alone; if any two did
   * not, every pair is run.
   */
  private Map<Change, List<Object>> kinds(
      CellEvent event, List<Change> singles, List<Result> singleResults) {
    if (evidence == null || event.description() != null) {
      return null;
    }
    Map<Change, List<Object>> kinds = new HashMap<>();
    Map<List<Object>, Result> aloneGave = new HashMap<>();
    for (int i = 0; i < singles.size(); i++) {
      Change change = singles.get(i);
      List<Object> kind = List.of(change.field(), evidence.apply(change.field(), change.value()));
      Result before = aloneGave.putIfAbsent(kind, singleResults.get(i));
      if (before != null && !before.equals(singleResults.get(i))) {
        return null;
      }
      kinds.put(change, kind);
    }
    return kinds;
  }

  /** The result of each pair, in the order given; pairs of alike changes share one run. */
  private List<Result> runPairs(
      CellEvent event, List<Pair> pairs, Map<Change, List<Object>> kinds) {
    if (kinds == null) {
      return runAll(event, pairs.stream().map(Pair::changes).toList());
    }
    Map<List<Object>, Integer> runOf = new HashMap<>();
    List<List<Change>> toRun = new ArrayList<>();
    int[] run = new int[pairs.size()];
    for (int k = 0; k < pairs.size(); k++) {
      Pair pair = pairs.get(k);
      List<Object> kind = List.of(kinds.get(pair.first()), kinds.get(pair.second()));
      Integer index = runOf.get(kind);
      if (index == null) {
        index = toRun.size();
        runOf.put(kind, index);
        toRun.add(pair.changes());
      }
      run[k] = index;
    }
    List<Result> results = runAll(event, toRun);
    List<Result> byPair = new ArrayList<>(pairs.size());
    for (int k = 0; k < pairs.size(); k++) {
      byPair.add(results.get(run[k]));
    }
    return byPair;
  }

  /** The result of each change set, in the order given. */
  private List<Result> runAll(CellEvent event, List<List<Change>> changeSets) {
    return changeSets.parallelStream()
        .map(changes -> outcome.apply(Change.apply(event, changes)))
        .toList();
  }

  /**
   * What is worth reporting: a classification with another label (or the same label, no longer
   * conflicting: the conflict resolved; or any label at all: the gap filled), or "not bulk
   * transport" when the verdict was something else. Making the evidence conflicting or insufficient
   * is not.
   */
  static boolean isTarget(Classification actual, Result result) {
    return switch (result.status()) {
      case CLASSIFIED -> actual.status() != Status.CLASSIFIED || actual.label() != result.label();
      case NOT_BULK_TRANSPORT -> actual.status() != Status.NOT_BULK_TRANSPORT;
      case CONFLICTING, INSUFFICIENT_EVIDENCE, NO_EVENT -> false;
    };
  }

  /** A change set and the result it gives. */
  record Found(List<Change> changes, Result result) {
    Counterfactual toCounterfactual() {
      return new Counterfactual(
          Change.asMap(changes), result, Sentences.counterfactual(changes, result));
    }
  }
}
