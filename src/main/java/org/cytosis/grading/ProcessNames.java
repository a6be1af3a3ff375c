package org.cytosis.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cytosis.io.EventJson;
import org.cytosis.model.Evidence;
import org.cytosis.model.Label;
import org.cytosis.text.PhraseList;
import org.cytosis.text.PhraseMention;
import org.cytosis.text.TextReader;
import org.cytosis.text.TsvRows;

/**
 * Reads the process an answer names, with the vocabulary of {@code
 * rules/grading/process-names.tsv}: matched as the lexicon matches its phrases (case, spacing,
 * hyphens, plurals and endings, the lexicon's spelling variants), then a word within a few edits of
 * a one-word name (see {@link PhraseList}). A name the answer denies ("not exocytosis") is not what
 * it names. Immutable and thread-safe.
 */
final class ProcessNames {

  static final String FILE = "process-names.tsv";
  private static final List<String> COLUMNS = List.of("phrase", "label", "kind", "note");

  /** How a listed phrase names its process (the file's {@code kind} column). */
  enum Kind {
    /** The label's own name. */
    NAME,
    /** Another name for it. */
    SYNONYM,
    /** Names the process in an answer, but in a justification describes what happens. */
    LOOSE
  }

  private final TextReader reader;
  private final PhraseList phrases;
  private final Map<String, Kind> kinds;

  private ProcessNames(TextReader reader, PhraseList phrases, Map<String, Kind> kinds) {
    this.reader = reader;
    this.phrases = phrases;
    this.kinds = Map.copyOf(kinds);
  }

  static ProcessNames load(RulesFiles files, TextReader reader) {
    List<PhraseList.Phrase> list = new ArrayList<>();
    Map<String, Kind> kinds = new HashMap<>();
    for (TsvRows.Row row : files.table(FILE, COLUMNS)) {
      Label label =
          EventJson.enumValue(Label.class, row.require("label"), row.source(), row.line(), "label");
      Kind kind =
          EventJson.enumValue(Kind.class, row.require("kind"), row.source(), row.line(), "kind");
      String phrase = row.require("phrase");
      list.add(new PhraseList.Phrase(row.source(), row.line(), phrase, label.name()));
      kinds.put(phrase.strip().toLowerCase(Locale.ROOT), kind);
    }
    return new ProcessNames(reader, reader.phrases(list, true), kinds);
  }

  /**
   * The process a text names; {@code field} names the text in evidence spans. With {@code
   * looseAreNames} (an answer, where every listed word names the process), loose words are among
   * the name spans that are no evidence; without (a justification), they stay evidence.
   */
  NameReading read(String text, String field, boolean looseAreNames) {
    if (text == null || text.isBlank()) {
      return new NameReading(null, NameReading.How.NONE, null, List.of(), List.of());
    }
    List<PhraseMention> mentions = reader.find(phrases, text, field);
    List<Evidence> names =
        mentions.stream()
            .filter(
                m -> m.phrase() != null && (looseAreNames || kinds.get(m.phrase()) != Kind.LOOSE))
            .map(PhraseMention::evidence)
            .toList();
    List<PhraseMention> asserted = mentions.stream().filter(m -> !m.isNegated()).toList();
    Set<Label> named = new LinkedHashSet<>();
    asserted.stream().filter(m -> m.tag() != null).forEach(m -> named.add(Label.valueOf(m.tag())));
    if (named.isEmpty()) {
      return asserted.stream()
          .filter(m -> m.spelling() == PhraseMention.Spelling.AMBIGUOUS)
          .findFirst()
          .map(
              m ->
                  new NameReading(
                      null,
                      NameReading.How.AMBIGUOUS,
                      m.evidence().text(),
                      m.alternatives().stream().map(Label::valueOf).toList(),
                      names))
          .orElse(new NameReading(null, NameReading.How.NONE, null, List.of(), names));
    }
    Label chosen = mostSpecificOfOneBranch(named);
    if (chosen == null) {
      return new NameReading(null, NameReading.How.SEVERAL, null, List.copyOf(named), names);
    }
    PhraseMention naming =
        asserted.stream().filter(m -> chosen.name().equals(m.tag())).findFirst().orElseThrow();
    return new NameReading(chosen, how(naming), naming.evidence().text(), List.of(chosen), names);
  }

  /**
   * "Endocytosis, namely phagocytosis" names one process; "phagocytosis or pinocytosis" does not.
   */
  private static Label mostSpecificOfOneBranch(Set<Label> named) {
    Label deepest =
        named.stream().filter(Label::isSubtype).findFirst().orElse(named.iterator().next());
    boolean oneBranch = named.stream().allMatch(l -> deepest.lineage().contains(l));
    return oneBranch ? deepest : null;
  }

  private NameReading.How how(PhraseMention m) {
    return switch (m.spelling()) {
      case VARIANT, NEAR_MISS -> NameReading.How.MISSPELLING;
      case AS_LISTED ->
          kinds.get(m.phrase()) == Kind.NAME ? NameReading.How.EXACT : NameReading.How.SYNONYM;
      case AMBIGUOUS -> throw new IllegalStateException("an ambiguous word names no label");
    };
  }
}
