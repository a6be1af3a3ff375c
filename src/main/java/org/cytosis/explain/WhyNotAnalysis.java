package org.cytosis.explain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cytosis.engine.EvidenceTable;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Counterfactual;
import org.cytosis.model.Counterfactual.Result;
import org.cytosis.model.Criterion;
import org.cytosis.model.CriterionCheck;
import org.cytosis.model.Evidence;
import org.cytosis.model.Finding;
import org.cytosis.model.Label;
import org.cytosis.model.Status;
import org.cytosis.model.WhyNot;

/**
 * For each label the verdict is not, sorts the label's criteria into met, failed and unknown. A
 * criterion of a label is a field some value of which the rules read as evidence for it (see {@link
 * EvidenceTable}). It is met when the event's finding for that field counts for the label (supports
 * it, its family, or one of its subtypes), failed when the field is given with a value that does
 * not, and unknown when the field is not given. A cell type, being free text, has no list of needed
 * values: it shows only when it is met. Each list puts the strongest criteria first (a decisive one
 * before a hint), so that the summary names the failure that matters most.
 */
final class WhyNotAnalysis {

  private final EvidenceTable evidence;

  WhyNotAnalysis(EvidenceTable evidence) {
    this.evidence = evidence;
  }

  /**
   * The values of one field that count for a label, the IDs of the rules that say so, and how
   * strongly they count (the highest {@link org.cytosis.model.Weight#getRank() rank} among them).
   */
  record Needed(List<String> values, List<String> sources, int rank) {
    boolean isEmpty() {
      return values.isEmpty();
    }
  }

  /**
   * The values of {@code field} whose findings support {@code label} itself; for a subtype with no
   * such value, those that support its family (the direction, say, is evidence for every subtype of
   * endocytosis at once).
   */
  Needed needed(Criterion field, Label label) {
    Needed own = supporting(field, label);
    return own.isEmpty() && label.isSubtype() ? supporting(field, label.getParent()) : own;
  }

  private Needed supporting(Criterion field, Label label) {
    List<String> values = new ArrayList<>();
    Set<String> sources = new LinkedHashSet<>();
    int rank = 0;
    for (var entry : evidence.valuesOf(field).entrySet()) {
      for (Finding f : entry.getValue()) {
        if (f.criterion() == field && f.supports() == label) {
          if (!values.contains(Criterion.written(entry.getKey()))) {
            values.add(Criterion.written(entry.getKey()));
          }
          sources.addAll(f.sources());
          rank = Math.max(rank, f.weight().getRank());
        }
      }
    }
    return new Needed(values, List.copyOf(sources), rank);
  }

  /**
   * One entry per label other than the verdict's, then one for not-bulk-transport unless that is
   * the status.
   */
  List<WhyNot> analyse(
      CellEvent event, Classification actual, List<Counterfactual> counterfactuals) {
    List<Label> others = new ArrayList<>(Label.bulkTransportLabels());
    others.remove(actual.label());
    if (actual.status() != Status.NOT_BULK_TRANSPORT) {
      others.add(Label.NOT_BULK_TRANSPORT);
    }
    return others.stream().map(label -> whyNot(label, event, actual, counterfactuals)).toList();
  }

  private WhyNot whyNot(
      Label label, CellEvent event, Classification actual, List<Counterfactual> counterfactuals) {
    List<Ranked> met = new ArrayList<>();
    List<Ranked> failed = new ArrayList<>();
    List<Ranked> unknown = new ArrayList<>();
    for (Criterion field : Criterion.inEventOrder()) {
      Optional<Finding> counting =
          actual.findings().stream()
              .filter(f -> f.criterion() == field && countsFor(f.supports(), label))
              .findFirst();
      Needed needed = needed(field, label);
      if (counting.isPresent()) {
        Finding f = counting.get();
        met.add(
            new Ranked(
                new CriterionCheck(field, f.value(), null, f.sources(), f.evidence()),
                f.weight().getRank()));
      } else if (!needed.isEmpty()) {
        Optional<Seen> seen = observed(event, actual, field);
        if (seen.isEmpty()) {
          unknown.add(
              new Ranked(
                  new CriterionCheck(field, null, needed.values(), needed.sources(), null),
                  needed.rank()));
        } else {
          failed.add(
              new Ranked(
                  new CriterionCheck(
                      field,
                      seen.get().value(),
                      needed.values(),
                      needed.sources(),
                      seen.get().evidence()),
                  needed.rank()));
        }
      }
    }
    Counterfactual closest =
        counterfactuals.stream().filter(c -> gives(c.result(), label)).findFirst().orElse(null);
    List<CriterionCheck> metChecks = strongestFirst(met);
    List<CriterionCheck> failedChecks = strongestFirst(failed);
    List<CriterionCheck> unknownChecks = strongestFirst(unknown);
    return new WhyNot(
        label,
        Sentences.whyNot(label, actual, metChecks, failedChecks, unknownChecks),
        metChecks,
        failedChecks,
        unknownChecks,
        closest);
  }

  /** A check and how strongly its field counts: a decisive criterion matters more than a hint. */
  private record Ranked(CriterionCheck check, int rank) {}

  /** Strongest first; fields of equal strength stay in field order (the sort is stable). */
  private static List<CriterionCheck> strongestFirst(List<Ranked> checks) {
    return checks.stream()
        .sorted(java.util.Comparator.comparingInt(Ranked::rank).reversed())
        .map(Ranked::check)
        .toList();
  }

  /** A value the event gives for a field, and where. */
  private record Seen(String value, Evidence evidence) {}

  /**
   * What the event says about a field: its structured value, or else what was read from the
   * description.
   */
  private static Optional<Seen> observed(CellEvent event, Classification actual, Criterion field) {
    Object given = field.valueOf(event);
    if (given != null) {
      return Optional.of(new Seen(Criterion.written(given), Evidence.ofField(field.field())));
    }
    return actual.findings().stream()
        .filter(f -> f.criterion() == field)
        .findFirst()
        .map(f -> new Seen(f.value(), f.evidence()));
  }

  /** Whether a finding supporting {@code supports} is evidence for {@code label}. */
  private static boolean countsFor(Label supports, Label label) {
    return label == Label.NOT_BULK_TRANSPORT
        ? supports == Label.NOT_BULK_TRANSPORT
        : supports.isBulkTransport() && supports.isOnBranchOf(label);
  }

  /** Whether a result is the verdict {@code label} stands for. */
  static boolean gives(Result result, Label label) {
    return label == Label.NOT_BULK_TRANSPORT
        ? result.status() == Status.NOT_BULK_TRANSPORT
        : result.status() == Status.CLASSIFIED && result.label() == label;
  }
}
