package org.cytosis.text;

import java.util.Locale;
import org.cytosis.io.EventJson;
import org.cytosis.model.Cargo;
import org.cytosis.model.Criterion;
import org.cytosis.model.Direction;
import org.cytosis.model.Mechanism;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.MembraneSizeChange;
import org.cytosis.model.Trigger;
import org.cytosis.model.VesicleOrigin;
import org.cytosis.model.VesicleType;

/** The value a lexicon entry names, read as the event field of its criterion would read it. */
final class CriterionValues {

  private CriterionValues() {}

  /** The lexicon file of a criterion: its field name in kebab case, e.g. {@code membrane-event.tsv}. */
  static String fileName(Criterion criterion) {
    return criterion.field().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT) + ".tsv";
  }

  static Object parse(Criterion criterion, String text, String source, int line, String column) {
    return switch (criterion) {
      case DIRECTION -> EventJson.enumValue(Direction.class, text, source, line, column);
      case MEMBRANE_EVENT -> EventJson.enumValue(MembraneEvent.class, text, source, line, column);
      case VESICLE_ORIGIN -> EventJson.enumValue(VesicleOrigin.class, text, source, line, column);
      case MEMBRANE_SIZE_CHANGE ->
          EventJson.enumValue(MembraneSizeChange.class, text, source, line, column);
      case CARGO -> EventJson.enumValue(Cargo.class, text, source, line, column);
      case VESICLE_TYPE -> EventJson.enumValue(VesicleType.class, text, source, line, column);
      case TRIGGER -> EventJson.enumValue(Trigger.class, text, source, line, column);
      case MECHANISM -> EventJson.enumValue(Mechanism.class, text, source, line, column);
      // Cell types are free text, compared as the rules compare them.
      case CELL_TYPE -> text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    };
  }
}
