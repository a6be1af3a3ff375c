package org.cytosis.text;

import java.util.Locale;
import org.cytosis.io.EventJson;
import org.cytosis.model.Criterion;

/** The value a lexicon entry names, read as the event field of its criterion would read it. */
final class CriterionValues {

  private CriterionValues() {}

  /**
   * The lexicon file of a criterion: its field name in kebab case, e.g. {@code membrane-event.tsv}.
   */
  static String fileName(Criterion criterion) {
    return criterion.field().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT) + ".tsv";
  }

  /** The value as the rules compare it (a cell type normalised), or an error naming the column. */
  static Object parse(Criterion criterion, String text, String source, int line, String column) {
    return criterion.normalise(EventJson.value(criterion, text, source, line, column));
  }
}
