package org.cytosis.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.cytosis.io.InputLimits;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.Evidence;
import org.cytosis.model.NegatedMention;

/**
 * Reads an English description into mentions of the criteria, with the words that say each one,
 * using the lexicon in {@code rules/lexicon/}. Build it once and share it: the lexicon is compiled
 * when it is built, and reading keeps no state between calls, so a reader is safe to use from many
 * threads.
 *
 * <p>Each sentence is tokenised and normalised (see {@link PhraseAnalyzer}), the lexicon's phrases
 * are matched in it (see {@link PhraseMatcher}), and negation is applied in the manner of NegEx: a
 * trigger before a mention ("does not", "without") or after it ("is not involved") denies it when
 * the mention lies in the trigger's scope, which ends at the sentence's end, at punctuation or a
 * word that ends scopes ("but", ";", "instead"), or at the next trigger.
 */
public final class TextReader {

  /** A word of letters only; compiled once, as every word left unread is checked. */
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  /** The field name that evidence from the description carries. */
  public static final String FIELD = "description";

  /** Punctuation between two words that keeps a phrase from running across it. */
  private static final String CLAUSE_BREAKS = ",;:()[]{}!?.\u2013\u2014";

  /**
   * A colon or an en dash written between two words with no space is part of one name: a complex of
   * a receptor and its ligand ("CD163:haptoglobin", "the receptor\u2013ligand complex"), not a
   * break between clauses.
   */
  private static final Set<String> JOINERS = Set.of(":", "\u2013");

  private final Lexicon lexicon;
  private final FrameReader frames;
  private final NearMissCorrector nearMisses;

  private TextReader(Lexicon lexicon, ReadingTables tables) {
    this.lexicon = lexicon;
    this.frames = tables.compile(lexicon);
    this.nearMisses = new NearMissCorrector(lexicon);
  }

  /**
   * Loads the part-of-speech model that every reader shares, if it is not loaded yet; otherwise it
   * loads on the first sentence read. It takes about as long to load as the lexicon, so a command
   * that knows it will read English (as {@code classify --text}) loads it on another core from the
   * start. Thread-safe; a failure to load it shows again when a sentence is read.
   */
  public static void loadTagger() {
    Syntax.loadModel();
  }

  /**
   * The example sentences of the reading tables packaged in Cytosis (each row of {@code
   * rules/reading/} has one): English that takes the reader down most of its paths.
   */
  public static List<String> builtInExamples() {
    return ReadingTables.builtIn().examples();
  }

  /** A reader with the lexicon and frame patterns packaged in Cytosis. */
  public static TextReader builtIn() {
    return new TextReader(Lexicon.builtIn(), ReadingTables.builtIn());
  }

  /**
   * A reader with the lexicon files in {@code dir} (every file must be there).
   *
   * @throws org.cytosis.io.InvalidInputException naming the file and line of a bad entry
   */
  public static TextReader fromDirectory(Path dir) {
    Objects.requireNonNull(dir, "dir must not be null");
    Path reading =
        dir.toAbsolutePath().getParent() == null
            ? dir
            : dir.toAbsolutePath().getParent().resolve("reading");
    return new TextReader(Lexicon.fromDirectory(dir), ReadingTables.fromDirectory(reading));
  }

  Lexicon lexicon() {
    return lexicon;
  }

  /**
   * Reads a description.
   *
   * @throws InvalidInputException for a description longer than {@link InputLimits#MAX_DESCRIPTION}
   *     characters, or with more than {@link InputLimits#MAX_EVIDENCE} mentions read as evidence:
   *     beyond these the rules' time grows out of bounds, so the text is refused rather than read
   *     in part
   */
  public TextReading read(String description) {
    Objects.requireNonNull(description, "description must not be null");
    InputLimits.checkLength(FIELD, description, null, 0);
    List<NegatedMention> negated = new ArrayList<>();
    Set<String> used = new HashSet<>();
    QuestionAndAnswer qa = QuestionAndAnswer.of(description);
    // A multiple-choice item answered by a letter is read as its question and the chosen option;
    // the text keeps its length, so every offset still points into the description as given.
    String text = QuestionAndAnswer.withTheChosenOption(description);
    List<EventAssembler.Sentence> sentences = new ArrayList<>();
    boolean asked = false;
    for (Sentences.Span sentence : Sentences.split(text)) {
      boolean question = qa.isUnansweredQuestion(text, sentence);
      asked |= qa.isOpenQuestion(text, sentence);
      List<Token> tokens = nearMisses.correct(text, tokens(text, sentence, used));
      boolean assertive = !question && !qa.except();
      Read read = mentions(text, tokens, negated, used, assertive);
      sentences.add(
          new EventAssembler.Sentence(
              read.found(),
              frames.read(text, sentence, tokens, read.found(), read.negator(), assertive)));
    }
    List<ReadEvent> events = EventAssembler.assemble(text, sentences);
    List<Mention> observed = new ArrayList<>();
    events.stream()
        .filter(ReadEvent::main)
        .findFirst()
        .ifPresent(e -> observed.addAll(e.evidence()));
    // Every event read goes to the rules (the main one and each other one on its own), so the limit
    // counts the evidence of them all.
    InputLimits.checkEvidence(events.stream().mapToInt(e -> e.evidence().size()).sum(), null, 0);
    Comparator<Evidence> byPlace =
        Comparator.comparing(Evidence::start).thenComparing(Evidence::end);
    observed.sort(
        Comparator.comparing(Mention::evidence, byPlace).thenComparing(Mention::criterion));
    negated.sort(
        Comparator.comparing(NegatedMention::evidence, byPlace)
            .thenComparing(NegatedMention::criterion));
    ReadingNote note =
        observed.isEmpty() && events.stream().noneMatch(ReadEvent::main)
            ? (asked ? ReadingNote.QUESTION : ReadingNote.NO_EVENT)
            : null;
    return new TextReading(observed, negated, used, events, note);
  }

  /**
   * The words of a description as the lexicon alone reads them, whatever their role: every mention
   * found, and every one denied. What a lexicon row means, as its tests check it; the event is
   * {@link #read}'s. The grader reads a student's justification this way: a justification lists
   * criteria ("it moves in, and the particle is solid") rather than describing one event.
   */
  public TextReading readWords(String description) {
    Objects.requireNonNull(description, "description must not be null");
    InputLimits.checkLength(FIELD, description, null, 0);
    List<NegatedMention> negated = new ArrayList<>();
    Set<String> used = new HashSet<>();
    List<Mention> found = new ArrayList<>();
    for (Sentences.Span sentence : Sentences.split(description)) {
      // The same words as read() sees, without the frames: no part-of-speech tagging here.
      List<Token> tokens = nearMisses.correct(description, tokens(description, sentence, used));
      mentions(description, tokens, negated, used, true)
          .found()
          .forEach(f -> found.add(f.mention()));
    }
    InputLimits.checkEvidence(found.size(), null, 0);
    return new TextReading(found, negated, used, List.of(), null);
  }

  /**
   * A sentence's mentions as the lexicon reads them, and which negation trigger denies each word.
   */
  private record Read(List<FrameReader.Found> found, PhraseMatcher.Match[] negator) {}

  private Read mentions(
      String text,
      List<Token> tokens,
      List<NegatedMention> negated,
      Set<String> used,
      boolean assertive) {
    List<List<PhraseMatcher.Match>> channels = lexicon.matcher.match(tokens);
    List<PhraseMatcher.Match> mentions = new ArrayList<>();
    for (int c = 0; c < LexiconEntry.CRITERIA; c++) {
      mentions.addAll(channels.get(c));
    }
    // A negation word inside a phrase of the vocabulary ("no vesicle", "not until") belongs to it.
    List<PhraseMatcher.Match> triggers =
        channels.get(LexiconEntry.CRITERIA).stream()
            .filter(t -> mentions.stream().noneMatch(t::overlaps))
            .toList();
    PhraseMatcher.Match[] negator = NegationScopes.negators(tokens, triggers);
    List<FrameReader.Found> found = new ArrayList<>();
    for (PhraseMatcher.Match m : mentions) {
      used.add(m.entry().location());
      LexiconEntry entry = m.entry();
      PhraseMatcher.Match trigger = negator[m.first()];
      if (trigger == null) {
        if (entry.value() != null) {
          found.add(
              new FrameReader.Found(
                  m, new Mention(entry.criterion(), entry.value(), span(text, tokens, m, null))));
        }
        continue;
      }
      used.add(trigger.entry().location());
      Evidence evidence = span(text, tokens, m, words(text, tokens, trigger));
      if (entry.negatedValue() != null) {
        found.add(
            new FrameReader.Found(
                m, new Mention(entry.criterion(), entry.negatedValue(), evidence)));
      } else if (entry.value() != null && assertive) {
        negated.add(new NegatedMention(entry.criterion(), name(entry.value()), evidence));
      }
    }
    triggers.forEach(t -> used.add(t.entry().location()));
    found.sort(
        Comparator.comparingInt((FrameReader.Found f) -> f.match().first())
            .thenComparingInt(f -> f.match().last()));
    return new Read(found, negator);
  }

  /**
   * Compiles a vocabulary of tagged phrases with this reader's normalisation, to be found with
   * {@link #find}. With {@code nearMisses}, words within a few edits of a one-word phrase are read
   * as it too (see {@link PhraseList}).
   *
   * @throws org.cytosis.io.InvalidInputException naming the file and line of a bad phrase
   */
  public PhraseList phrases(List<PhraseList.Phrase> phrases, boolean nearMisses) {
    Objects.requireNonNull(phrases, "phrases must not be null");
    return PhraseList.compile(lexicon, phrases, nearMisses);
  }

  /**
   * The phrases of a list found in a text, in text order, each with its span (evidence of the given
   * field) and, when the text denies it, the negation trigger: the same scopes as {@link #read}
   * applies to the criteria, so "not exocytosis" is a negated mention. A negation word inside a
   * listed phrase belongs to it ("not bulk transport").
   */
  public List<PhraseMention> find(PhraseList list, String text, String field) {
    Objects.requireNonNull(list, "list must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(field, "field must not be null");
    List<PhraseMention> found = new ArrayList<>();
    for (Sentences.Span sentence : Sentences.split(text)) {
      List<Token> tokens = tokens(text, sentence, new HashSet<>());
      List<List<PhraseMatcher.Match>> channels = lexicon.matcher.match(tokens);
      List<PhraseMatcher.Match> listed = list.matcher.match(tokens).get(PhraseList.channel());
      List<PhraseMatcher.Match> words = new ArrayList<>(listed);
      for (int c = 0; c < LexiconEntry.CRITERIA; c++) {
        words.addAll(channels.get(c));
      }
      List<PhraseMatcher.Match> triggers =
          channels.get(LexiconEntry.CRITERIA).stream()
              .filter(t -> words.stream().noneMatch(t::overlaps))
              .toList();
      PhraseMatcher.Match[] negator = NegationScopes.negators(tokens, triggers);
      boolean[] taken = new boolean[tokens.size()];
      for (PhraseMatcher.Match m : listed) {
        for (int i = m.first(); i <= m.last(); i++) {
          taken[i] = true;
        }
        found.add(
            new PhraseMention(
                (String) m.entry().value(),
                m.entry().phrase(),
                spanOf(text, tokens, m.first(), m.last(), negator[m.first()], field),
                spelling(text, tokens, m),
                List.of()));
      }
      // A word the lexicon knows ("phagocyte", a cell) or a negation is no near miss of a name.
      for (PhraseMatcher.Match known : words.subList(listed.size(), words.size())) {
        for (int i = known.first(); i <= known.last(); i++) {
          taken[i] = true;
        }
      }
      triggers.forEach(
          t -> {
            for (int i = t.first(); i <= t.last(); i++) {
              taken[i] = true;
            }
          });
      for (int i = 0; i < tokens.size(); i++) {
        if (!taken[i] && !list.nearMissCandidates.isEmpty()) {
          nearMiss(list, text, tokens, i, negator[i], field).ifPresent(found::add);
        }
      }
    }
    found.sort(
        Comparator.comparing(
            PhraseMention::evidence,
            Comparator.comparing(Evidence::start).thenComparing(Evidence::end)));
    return found;
  }

  /** Whether a spelling variant of the lexicon was needed to read the words as the phrase. */
  private PhraseMention.Spelling spelling(String text, List<Token> tokens, PhraseMatcher.Match m) {
    String written = text.substring(tokens.get(m.first()).start(), tokens.get(m.last()).end());
    return lexicon.plainAnalyzer.terms(written).equals(lexicon.analyzer.terms(written))
        ? PhraseMention.Spelling.AS_LISTED
        : PhraseMention.Spelling.VARIANT;
  }

  /** The one-word phrase a word is a near miss of, or an ambiguous mention, or nothing. */
  private static Optional<PhraseMention> nearMiss(
      PhraseList list,
      String text,
      List<Token> tokens,
      int i,
      PhraseMatcher.Match negatedBy,
      String field) {
    Token token = tokens.get(i);
    String word = text.substring(token.start(), token.end()).toLowerCase(Locale.ROOT);
    if (word.length() < PhraseList.SHORTEST_NEAR_MISS || !LETTERS.matcher(word).matches()) {
      return Optional.empty();
    }
    TreeMap<Integer, TreeMap<String, String>> byDistance = new TreeMap<>();
    for (LexiconEntry candidate : list.nearMissCandidates) {
      int limit = PhraseList.maxEdits(candidate.phrase().length());
      int d = new LevenshteinDistance(limit).apply(word, candidate.phrase());
      if (d > 0) {
        // tag -> the first phrase of that tag at this distance
        byDistance
            .computeIfAbsent(d, k -> new TreeMap<>())
            .putIfAbsent((String) candidate.value(), candidate.phrase());
      }
    }
    if (byDistance.isEmpty()) {
      return Optional.empty();
    }
    TreeMap<String, String> closest = byDistance.firstEntry().getValue();
    Evidence evidence = spanOf(text, tokens, i, i, negatedBy, field);
    return Optional.of(
        closest.size() == 1
            ? new PhraseMention(
                closest.firstKey(),
                closest.firstEntry().getValue(),
                evidence,
                PhraseMention.Spelling.NEAR_MISS,
                List.of())
            : new PhraseMention(
                null,
                null,
                evidence,
                PhraseMention.Spelling.AMBIGUOUS,
                List.copyOf(closest.keySet())));
  }

  private static Evidence spanOf(
      String text,
      List<Token> tokens,
      int first,
      int last,
      PhraseMatcher.Match negatedBy,
      String field) {
    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    return new Evidence(
        field,
        start,
        end,
        text.substring(start, end),
        negatedBy == null ? null : words(text, tokens, negatedBy));
  }

  /** The sentence's words, each with what separates it from the word before. */
  private List<Token> tokens(String text, Sentences.Span sentence, Set<String> used) {
    List<PhraseAnalyzer.Term> terms =
        lexicon.analyzer.terms(text.substring(sentence.start(), sentence.end()));
    List<Token> tokens = new ArrayList<>(terms.size());
    int previousEnd = -1;
    for (PhraseAnalyzer.Term term : terms) {
      int start = sentence.start() + term.start();
      int end = sentence.start() + term.end();
      boolean breakBefore = false;
      boolean endsScope = false;
      if (previousEnd >= 0) {
        String gap = text.substring(previousEnd, start);
        breakBefore =
            containsAny(gap, CLAUSE_BREAKS) && !JOINERS.contains(gap) || gap.contains(" - ");
        endsScope = containsAny(gap, lexicon.scopeEndingPunctuation);
        if (endsScope) {
          lexicon.punctuationEntries(gap).forEach(e -> used.add(e.location()));
        }
      }
      tokens.add(new Token(term.text(), start, end, breakBefore, endsScope));
      previousEnd = end;
    }
    return tokens;
  }

  private static boolean containsAny(String gap, String characters) {
    for (int i = 0; i < gap.length(); i++) {
      if (characters.indexOf(gap.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static Evidence span(
      String text, List<Token> tokens, PhraseMatcher.Match m, String negatedBy) {
    int start = tokens.get(m.first()).start();
    int end = tokens.get(m.last()).end();
    return new Evidence(FIELD, start, end, text.substring(start, end), negatedBy);
  }

  private static String words(String text, List<Token> tokens, PhraseMatcher.Match m) {
    return text.substring(tokens.get(m.first()).start(), tokens.get(m.last()).end());
  }

  private static String name(Object value) {
    return value instanceof Enum<?> e ? e.name() : value.toString();
  }
}
