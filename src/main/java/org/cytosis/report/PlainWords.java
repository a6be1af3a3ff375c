package org.cytosis.report;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytosis.model.Criterion;
import org.cytosis.model.Label;
import org.cytosis.model.Status;

/**
 * The words a teacher reads instead of the enum names the JSON carries: "phagocytosis, a kind of
 * endocytosis", "the cargo is a solid particle". A value or label this table does not know yet (one
 * added to the model later) is read by its name in lower case, so nothing prints an enum name.
 */
public final class PlainWords {

  private static final Map<Label, String> LABELS =
      Map.of(
          Label.EXOCYTOSIS, "exocytosis",
          Label.CONSTITUTIVE_SECRETORY_PATHWAY, "constitutive secretion",
          Label.REGULATED_SECRETORY_PATHWAY, "regulated secretion",
          Label.ENDOCYTOSIS, "endocytosis",
          Label.PHAGOCYTOSIS, "phagocytosis",
          Label.PINOCYTOSIS, "pinocytosis",
          Label.RECEPTOR_MEDIATED_ENDOCYTOSIS, "receptor-mediated endocytosis",
          Label.TRANSCYTOSIS, "transcytosis",
          Label.NOT_BULK_TRANSPORT, "not bulk transport");

  /** A value's words, by criterion and value name; what is not here is its name in lower case. */
  private static final Map<String, String> VALUES =
      Map.ofEntries(
          Map.entry("direction INTO_CELL", "into the cell"),
          Map.entry("direction OUT_OF_CELL", "out of the cell"),
          Map.entry("membraneEvent FUSION", "a vesicle fusing with the plasma membrane"),
          Map.entry("membraneEvent INVAGINATION", "the plasma membrane folding inward"),
          Map.entry("vesicleOrigin GOLGI", "the Golgi"),
          Map.entry("vesicleOrigin PLASMA_MEMBRANE", "the plasma membrane"),
          Map.entry("vesicleOrigin ENDOSOME", "an endosome"),
          Map.entry("vesicleOrigin LYSOSOME", "a lysosome"),
          Map.entry("membraneSizeChange INCREASES", "grows"),
          Map.entry("membraneSizeChange DECREASES", "shrinks"),
          Map.entry("membraneSizeChange UNCHANGED", "keeps its size"),
          Map.entry("vesicleType SECRETORY_VESICLE", "a secretory vesicle"),
          Map.entry("vesicleType DENSE_CORE_VESICLE", "a dense-core vesicle"),
          Map.entry("vesicleType SYNAPTIC_VESICLE", "a synaptic vesicle"),
          Map.entry("vesicleType PHAGOSOME", "a phagosome"),
          Map.entry("vesicleType PINOCYTIC_VESICLE", "a pinocytic vesicle"),
          Map.entry("vesicleType CLATHRIN_COATED_VESICLE", "a clathrin-coated vesicle"),
          Map.entry("vesicleType ENDOCYTIC_VACUOLE", "an endocytic vacuole"),
          Map.entry("cargo SOLID_PARTICLE", "a solid particle"),
          Map.entry("cargo FLUID", "fluid"),
          Map.entry("cargo RECEPTOR_BOUND_LIGAND", "a ligand bound to its receptor"),
          Map.entry("cargo PROTEIN", "a protein"),
          Map.entry("cargo HORMONE", "a hormone"),
          Map.entry("cargo NEUROTRANSMITTER", "a neurotransmitter"),
          Map.entry("cargo DIGESTIVE_ENZYME", "a digestive enzyme"),
          Map.entry("cargo WASTE", "waste"),
          Map.entry("cargo SMALL_MOLECULE", "a small molecule"),
          Map.entry("trigger SIGNAL", "waits for a signal"),
          Map.entry("trigger CONTINUOUS", "goes on without a signal"),
          Map.entry("mechanism DIFFUSION", "by diffusion"),
          Map.entry("mechanism FACILITATED_DIFFUSION", "by facilitated diffusion"),
          Map.entry("mechanism OSMOSIS", "by osmosis"),
          Map.entry("mechanism CHANNEL", "through a channel"),
          Map.entry("mechanism CARRIER", "on a carrier protein"),
          Map.entry("mechanism PUMP", "through a pump"));

  /** Words that stand alone where a value is said without its criterion. */
  private static final Map<String, String> WHOLE_CLAIMS =
      Map.of(
          "vesicleType NONE", "no vesicle is involved",
          "membraneEvent FUSION", "a vesicle fuses with the plasma membrane",
          "membraneEvent INVAGINATION", "the plasma membrane folds inward to form a vesicle");

  private static final Pattern ENUM_NAME =
      Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{4,}\\b");

  private PlainWords() {}

  /** "phagocytosis", "receptor-mediated endocytosis". */
  public static String label(Label label) {
    return LABELS.getOrDefault(label, lowerCase(label.name()));
  }

  /** "Phagocytosis, a kind of endocytosis"; a family alone: "Endocytosis". */
  public static String answer(Label label) {
    String name = capitalised(label(label));
    return label.getParent() == null ? name : name + ", a kind of " + label(label.getParent());
  }

  /** "not enough evidence", "conflicting evidence". */
  public static String status(Status status) {
    return switch (status) {
      case CLASSIFIED -> "classified";
      case CONFLICTING -> "conflicting evidence";
      case INSUFFICIENT_EVIDENCE -> "not enough evidence";
      case NOT_BULK_TRANSPORT -> "not bulk transport";
      case NO_EVENT -> "no transport event described";
      // A status added later reads by its name until it has words here.
      default -> lowerCase(status.name());
    };
  }

  /**
   * What a result comes to: "pinocytosis", "not bulk transport", "conflicting evidence, leaning to
   * exocytosis".
   */
  public static String outcome(Status status, Label label) {
    if (status == Status.CLASSIFIED && label != null) {
      return label(label);
    }
    return status(status) + (label == null ? "" : ", leaning to " + label(label));
  }

  /** A criterion's value in a sentence: "the cargo is a solid particle". */
  public static String claim(Criterion criterion, String value) {
    String whole = WHOLE_CLAIMS.get(criterion.field() + " " + value);
    if (whole != null) {
      return whole;
    }
    return criterion.claim().formatted(value(criterion, value));
  }

  /** A criterion's value alone: "a solid particle", "into the cell", "a neutrophil". */
  public static String value(Criterion criterion, String value) {
    String words = VALUES.get(criterion.field() + " " + value);
    if (words != null) {
      return words;
    }
    if (criterion == Criterion.CELL_TYPE) {
      return (value.matches("(?i)[aeiou].*") ? "an " : "a ") + value;
    }
    if (criterion == Criterion.VESICLE_TYPE && value.equals("NONE")) {
      return "missing";
    }
    return lowerCase(value);
  }

  /** What a criterion is about, for a question or a change: "the cargo", "the membrane event". */
  public static String subject(Criterion criterion) {
    return criterion.subject();
  }

  /**
   * Any enum names left in a sentence (from a rule's statement) said in words: labels by their
   * names here, other values in lower case with spaces.
   */
  public static String withoutEnumNames(String text) {
    Matcher m = ENUM_NAME.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(enumWords(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String enumWords(String name) {
    for (Label l : Label.values()) {
      if (l.name().equals(name)) {
        return label(l);
      }
    }
    for (Status s : Status.values()) {
      if (s.name().equals(name)) {
        return status(s);
      }
    }
    for (Criterion c : Criterion.values()) {
      String words = VALUES.get(c.field() + " " + name);
      if (words != null) {
        return words;
      }
    }
    // Catalogue IDs (PH-1) and acronyms such as GO or DNA are not enum names; only long all-capital
    // words are.
    return lowerCase(name);
  }

  static String lowerCase(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
