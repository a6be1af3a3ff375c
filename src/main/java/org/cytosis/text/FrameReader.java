package org.cytosis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.cytosis.model.Criterion;
import org.cytosis.model.Evidence;

/**
 * Reads the event frames of one sentence: its clauses (from the markers of {@code
 * rules/reading/markers.tsv}), its transport predicates (from {@code predicates.tsv}, kept only
 * where the part-of-speech tagger reads them as a verb or a noun heading its own phrase), and the
 * role each criterion mention plays in the frame of its clause. Which roles make which criterion
 * evidence is {@link #counts}: the heart of reading the event rather than the words.
 */
final class FrameReader {

  /**
   * A word that ends like a verb form ("-ing", "-ed", "-es"); compiled once, as it is asked often.
   */
  private static final Pattern VERB_ENDING = Pattern.compile("(?i).*(ing|ed|es)");

  /** "have" is a main verb ("cells have much Golgi") unless a participle follows it. */
  private static final Set<String> HAVE = Set.of("has", "have", "had");

  /** Passive verbs that only name ("is called", "is termed"): a copula in effect. */
  private static final Set<String> NAMING =
      Set.of("called", "termed", "known", "named", "referred");

  /** The forms of "be" that make a verb copular. */
  private static final Set<String> BE = Set.of("is", "are", "was", "were");

  /** Words between "be" and what it says ("are both forms of", "are not ..."). */
  private static final Set<String> SKIPPED_AFTER_BE = Set.of("both", "all", "not", "also", "each");

  /** The words a question about an event opens with. */
  private static final Set<String> WH = Set.of("which", "what", "how", "why", "where", "when");

  private final PhraseList predicates;
  private final PhraseList markers;
  private final PhraseList places;
  private final PhraseList heads;

  FrameReader(PhraseList predicates, PhraseList markers, PhraseList places, PhraseList heads) {
    this.predicates = predicates;
    this.markers = markers;
    this.places = places;
    this.heads = heads;
  }

  /** A criterion mention of the sentence as the lexicon read it, before roles are given. */
  record Found(PhraseMatcher.Match match, Mention mention) {}

  /** A frame while it is being read: the predicate's tokens, and what its tag said. */
  private record Predicate(
      PhraseMatcher.Match match,
      PredicateKind kind,
      boolean subjectIsTheme,
      String needs,
      boolean verbal,
      boolean passive,
      int clause,
      boolean nounRow) {}

  /**
   * What one sentence holds: its frames, and for each found mention its frame (or -1) and role;
   * {@code otherSide}: the second of two different sides of a cell the sentence names ("taken up at
   * the basolateral surface and released at the apical surface"), or null.
   */
  record SentenceFrames(
      List<Frame> frames,
      int[] frameOf,
      Role[] roleOf,
      boolean[] counts,
      boolean[] promoted,
      Evidence otherSide) {}

  /**
   * Reads one sentence.
   *
   * @param assertive false for a question without an answer: nothing in it is asserted
   */
  SentenceFrames read(
      String text,
      Sentences.Span sentence,
      List<Token> tokens,
      List<Found> found,
      PhraseMatcher.Match[] negator,
      boolean assertive) {
    List<PhraseMatcher.Match> predicateMatches =
        new ArrayList<>(predicates.matcher.match(tokens).get(PhraseList.channel()));
    List<PhraseMatcher.Match> implicitMatches = implicitPredicates(found, predicateMatches);
    predicateMatches.addAll(implicitMatches);
    predicateMatches.sort(java.util.Comparator.comparingInt(PhraseMatcher.Match::first));
    List<PhraseMatcher.Match> markerMatches =
        markers.matcher.match(tokens).get(PhraseList.channel());
    List<PhraseMatcher.Match> placeMatches = places.matcher.match(tokens).get(PhraseList.channel());
    int n = found.size();
    int[] frameOf = new int[n];
    Arrays.fill(frameOf, -1);
    Role[] roleOf = new Role[n];
    boolean[] counts = new boolean[n];
    if (predicateMatches.isEmpty()) {
      for (int i = 0; i < n; i++) {
        roleOf[i] = Role.SETTING;
        counts[i] = countsWithoutFrame(found.get(i).mention().criterion());
      }
      return new SentenceFrames(List.of(), frameOf, roleOf, counts, new boolean[0], null);
    }
    Syntax.Word[] words = Syntax.tag(text, sentence.start(), sentence.end());
    Syntax.Word[] wordOf = wordsOfTokens(tokens, words);
    nounsOfTheLexicon(found, predicateMatches, words, wordOf);

    // "Which process is shown when a macrophage engulfs a dead cell?": the question is about the
    // event of its clauses, whatever their kind.
    String sentenceText = text.substring(sentence.start(), sentence.end()).strip();
    boolean whQuestion =
        sentenceText.endsWith("?")
            && words.length > 0
            && WH.contains(words[0].text().toLowerCase(Locale.ROOT));
    long finiteVerbs =
        Arrays.stream(words)
            .filter(x -> x.tag().equals("VBZ") || x.tag().equals("VBP") || x.tag().equals("VBD"))
            .count();
    ClauseKind[] kinds = new ClauseKind[tokens.size()];
    int[] clauseIds = new int[tokens.size()];
    ClauseSplitter.split(
        tokens,
        markerMatches,
        wordOf,
        words,
        kinds,
        clauseIds,
        ClauseSplitter.asides(text, tokens));

    List<Predicate> preds = new ArrayList<>();
    for (PhraseMatcher.Match p : predicateMatches) {
      Syntax.Word w = wordOf[p.first()];
      if (w == null) {
        continue;
      }
      String[] parts = p.tag().split("\\|");
      Syntax.Word before = Syntax.before(words, w);
      Syntax.Word after = Syntax.after(words, wordOf[p.last()]);
      Syntax.Word mended =
          PredicateWords.asPredicate(w, !parts[1].equals("-"), before, after, finiteVerbs == 0);
      if (implicitMatches.contains(p)
          && !w.isVerb()
          && !w.isNoun()
          && !VERB_ENDING.matcher(w.text()).matches()) {
        continue; // "into the cell", "inward", "outside": a goal, not a predicate
      }
      w = mended;
      wordOf[p.first()] = w;
      if (PredicateWords.isModifier(tokens, wordOf, words, p)
          || PredicateWords.isCompoundAdjective(text, tokens, w, p)) {
        continue;
      }
      boolean verbal = w.isVerb();
      preds.add(
          new Predicate(
              p,
              PredicateKind.valueOf(parts[0]),
              parts[1].equals("THEME"),
              parts[2],
              verbal,
              verbal && PredicateWords.isPassive(wordOf, p),
              clauseIds[p.first()],
              parts[1].equals("-")));
    }

    preds = namedByTheirRoute(preds, markerMatches);
    List<Predicate> topic = oppositeProcessesAsSubject(preds, tokens, wordOf, kinds);
    boolean primaryVerb =
        hasNonCopularMainVerb(tokens, wordOf, kinds, clauseIds, preds)
            || definesAStructure(tokens, wordOf, kinds, preds, found);
    // Two passes: a predicate that lacks what it needs ("surrounds" with no cargo) is no predicate
    // here, and the words around it are read as if it were not there.
    List<List<Frame.Filler>> fillers =
        assign(
            found, preds, kinds, clauseIds, markerMatches, tokens, wordOf, frameOf, roleOf, counts);
    List<Predicate> kept = new ArrayList<>();
    for (int k = 0; k < preds.size(); k++) {
      if (hasWhatItNeeds(
          preds.get(k),
          fillers.get(k),
          placeMatches,
          setOffBy(preds, k, markerMatches),
          clauseIds)) {
        kept.add(preds.get(k));
      }
    }
    if (kept.size() < preds.size()) {
      preds = kept;
      fillers =
          assign(
              found,
              preds,
              kinds,
              clauseIds,
              markerMatches,
              tokens,
              wordOf,
              frameOf,
              roleOf,
              counts);
    }

    FramePlaces where = new FramePlaces(placeMatches, clauseIds, tokens, wordOf);
    // "When the vesicle fuses, the membrane gets bigger": with no event in the sentence's own
    // clause, the clause of time is what the sentence is about.
    boolean mainClauseHasFrame =
        preds.stream()
            .anyMatch(
                p ->
                    kinds[p.match().first()] == ClauseKind.MAIN
                        && negator[p.match().first()] == null
                        && !where.elsewhere(p.match(), p.kind(), p.clause())
                        && !topic.contains(p));
    List<Frame> frames = new ArrayList<>();
    boolean[] promoted = new boolean[preds.size()];
    for (int k = 0; k < preds.size(); k++) {
      Predicate p = preds.get(k);
      ClauseKind kind = kinds[p.match().first()];
      boolean namesTheProcess = namesTheProcessServed(p, kind, fillers.get(k), markerMatches);
      boolean asserted =
          assertive
              && (kind.asserted() || namesTheProcess)
              && negator[p.match().first()] == null
              && !where.elsewhere(p.match(), p.kind(), p.clause())
              && !topic.contains(p);
      boolean primary =
          asserted
              && (kind == ClauseKind.MAIN
                  || namesTheProcess
                  || kind == ClauseKind.RELATIVE
                      && (!primaryVerb
                          || saysWhatATransporterDoes(p.match().first(), clauseIds, found))
                  || (kind == ClauseKind.SUBORDINATE || kind == ClauseKind.TRIGGER)
                      && !mainClauseHasFrame
                  || whQuestion && kind != ClauseKind.TRIGGER);
      promoted[k] = primary && (kind == ClauseKind.SUBORDINATE || kind == ClauseKind.TRIGGER);
      frames.add(
          new Frame(
              p.kind(),
              span(text, tokens, p.match()),
              p.verbal(),
              p.passive(),
              asserted,
              primary,
              fillers.get(k)));
    }
    return new SentenceFrames(
        frames, frameOf, roleOf, counts, promoted, otherSide(text, tokens, placeMatches));
  }

  /**
   * "Endocytosis and exocytosis are both forms of bulk transport": two processes of opposite
   * directions named together ("X and Y", "X or Y") as the subject of the sentence's own verb are
   * its topic, what it says something about, not an event it asserts. Named as what a verb does
   * ("the cell carries out exocytosis and endocytosis") they are events (ERR-24).
   */
  private static List<Predicate> oppositeProcessesAsSubject(
      List<Predicate> preds, List<Token> tokens, Syntax.Word[] wordOf, ClauseKind[] kinds) {
    int verb = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Syntax.Word w = wordOf[i];
      if (kinds[i] == ClauseKind.MAIN
          && w != null
          && (w.tag().equals("VBZ")
              || w.tag().equals("VBP")
              || w.tag().equals("VBD")
              || w.tag().equals("MD"))) {
        verb = i;
        break;
      }
    }
    List<Predicate> topic = new ArrayList<>();
    if (verb < 0) {
      return topic;
    }
    // "Phagocytosis and pinocytosis are both forms of endocytosis": two processes said to BE
    // something (not a participle: "are carried out") are classified, whichever way they go.
    boolean copular =
        BE.contains(wordOf[verb].text().toLowerCase(Locale.ROOT))
            && !followedByParticiple(verb, tokens, wordOf);
    for (int k = 0; k + 1 < preds.size(); k++) {
      Predicate a = preds.get(k);
      Predicate b = preds.get(k + 1);
      int between = a.match().last() + 1;
      if (!a.verbal()
          && !b.verbal()
          && a.kind().direction() != null
          && b.kind().direction() != null
          && (a.kind().direction() != b.kind().direction() || copular)
          && namedRightAfter(b, between, tokens, wordOf)
          && (tokens.get(between).term().equals("and") || tokens.get(between).term().equals("or"))
          && b.match().last() < verb
          && kinds[a.match().first()] == ClauseKind.MAIN
          && preds.stream().noneMatch(p -> p.verbal() && p.match().first() < a.match().first())) {
        topic.add(a);
        topic.add(b);
      }
    }
    if (copular && !topic.isEmpty()) {
      // "... are both forms of endocytosis": the class they are said to be is named, not done.
      for (Predicate p : preds) {
        if (!p.verbal()
            && p.match().first() > verb
            && kinds[p.match().first()] == ClauseKind.MAIN
            && !topic.contains(p)) {
          topic.add(p);
        }
      }
    }
    return topic;
  }

  /**
   * Whether the second process follows the "and" at once or after words that name its kind ("and
   * receptor-mediated endocytosis"), with no verb or break between.
   */
  private static boolean namedRightAfter(
      Predicate b, int and, List<Token> tokens, Syntax.Word[] wordOf) {
    int first = b.match().first();
    if (first <= and || first - and > 4) {
      return false;
    }
    if (tokens.get(and).breakBefore()) {
      return false; // "Pinocytosis, or cell drinking, is ...": another name for the same process
    }
    for (int i = and + 1; i <= first; i++) {
      Syntax.Word w = wordOf[i];
      if (tokens.get(i).breakBefore()
          || w != null
              && (w.tag().equals("VBZ")
                  || w.tag().equals("VBP")
                  || w.tag().equals("VBD")
                  || w.tag().equals("MD"))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a form of "be" is an auxiliary: a participle follows it, past "both", "all", "not". */
  private static boolean followedByParticiple(int verb, List<Token> tokens, Syntax.Word[] wordOf) {
    for (int i = verb + 1; i < tokens.size(); i++) {
      Syntax.Word w = wordOf[i];
      if (w != null && SKIPPED_AFTER_BE.contains(w.text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      return w != null && (w.tag().equals("VBN") || w.tag().equals("VBG"));
    }
    return false;
  }

  /**
   * The second of two different sides of a cell named in a sentence (apical and basolateral,
   * luminal and abluminal), or null: where a cargo taken up is released on the other side, the
   * uptake and the release are one crossing of the cell (TC-1).
   */
  private static Evidence otherSide(
      String text, List<Token> tokens, List<PhraseMatcher.Match> placeMatches) {
    String first = null;
    for (PhraseMatcher.Match m : placeMatches) {
      if (!m.tag().equals("SIDE")) {
        continue;
      }
      String side = terms(tokens, m);
      if (first == null) {
        first = side;
      } else if (!side.equals(first)) {
        return span(text, tokens, m);
      }
    }
    return null;
  }

  private static String terms(List<Token> tokens, PhraseMatcher.Match m) {
    StringBuilder out = new StringBuilder();
    for (int t = m.first(); t <= m.last(); t++) {
      out.append(tokens.get(t).term()).append(' ');
    }
    return out.toString();
  }

  /**
   * Whether a purpose is a named process ("In preparation for phagocytosis, the membrane ..."): the
   * clause names the process its sentence describes a step of, which is what the sentence is about.
   * A purpose that is an act ("in order to take in fluid") asserts nothing.
   */
  private static boolean namesTheProcessServed(
      Predicate p,
      ClauseKind kind,
      List<Frame.Filler> fillers,
      List<PhraseMatcher.Match> markerMatches) {
    // Only a purpose that opens the sentence frames it; one at the end ("structures, like coated
    // pits, for phagocytosis") says what a participant is for.
    return kind == ClauseKind.PURPOSE
        && p.nounRow()
        && markerMatches.stream()
            .anyMatch(
                m ->
                    m.tag().equals("PURPOSE")
                        && m.first() == 0
                        && m.last() + 1 == p.match().first())
        && fillers.stream()
            .anyMatch(
                f ->
                    f.role() == Role.PREDICATE
                        && f.mention().criterion() == Criterion.VESICLE_TYPE);
  }

  /**
   * The tagger, trained on news, reads some nouns of this field as verbs ("Carrier proteins
   * transport glucose": "proteins" as a verb). A word inside a lexicon phrase that names a thing (a
   * cell, a cargo, a transporter, a vesicle) and outside every predicate is a noun.
   */
  private static void nounsOfTheLexicon(
      List<Found> found,
      List<PhraseMatcher.Match> predicates,
      Syntax.Word[] words,
      Syntax.Word[] wordOf) {
    for (Found f : found) {
      Criterion c = f.mention().criterion();
      if (c != Criterion.CELL_TYPE
          && c != Criterion.CARGO
          && c != Criterion.MECHANISM
          && c != Criterion.VESICLE_TYPE) {
        continue;
      }
      for (int t = f.match().first(); t <= f.match().last(); t++) {
        Syntax.Word w = wordOf[t];
        int at = t;
        if (w == null
            || !w.isVerb()
            || predicates.stream().anyMatch(p -> p.first() <= at && at <= p.last())) {
          continue;
        }
        String text = w.text().toLowerCase(Locale.ROOT);
        Syntax.Word noun =
            new Syntax.Word(
                w.start(),
                w.end(),
                w.text(),
                text.endsWith("s") && !text.endsWith("ss") ? "NNS" : "NN");
        for (int k = 0; k < words.length; k++) {
          if (words[k] == w) {
            words[k] = noun;
          }
        }
        for (int k = 0; k < wordOf.length; k++) {
          if (wordOf[k] == w) {
            wordOf[k] = noun;
          }
        }
      }
    }
  }

  /**
   * Whether a relative clause says what a channel, carrier or pump does ("pores that control the
   * passage of ions"): a transporter exists to move things, so what it moves is the event the text
   * is about, whatever the sentence's own verb.
   */
  private static boolean saysWhatATransporterDoes(int at, int[] clauseIds, List<Found> found) {
    // The relative clause starts where its clause does; the transporter is among the four words
    // before that ("channels between adjacent cells that ...").
    int start = at;
    while (start > 0 && clauseIds[start - 1] == clauseIds[at]) {
      start--;
    }
    int from = Math.max(0, start - 4);
    int to = start;
    return found.stream()
        .anyMatch(
            f ->
                f.mention().criterion() == Criterion.MECHANISM
                    && f.match().last() >= from
                    && f.match().last() < to);
  }

  /**
   * Whether the sentence is a definition without a verb of its own ("The narrow gap that separates
   * the two membranes, into which neurotransmitter is released.") whose first noun is no mover
   * (rules/reading/heads.tsv, or a cell type, vesicle or mechanism of the lexicon): its relative
   * clauses then describe a structure, not an event the text asserts.
   */
  private boolean definesAStructure(
      List<Token> tokens,
      Syntax.Word[] wordOf,
      ClauseKind[] kinds,
      List<Predicate> preds,
      List<Found> found) {
    int head = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Syntax.Word w = wordOf[i];
      if (w == null) {
        continue;
      }
      if (kinds[i] == ClauseKind.MAIN
          && (w.tag().equals("VBZ")
              || w.tag().equals("VBP")
              || w.tag().equals("VBD")
              || w.tag().equals("MD"))) {
        return false; // a sentence with a verb of its own says what it says
      }
      if (head < 0 && w.isNoun()) {
        // The head is the last noun of the first noun phrase ("a membrane-bounded intracellular
        // vesicle"): nouns, adjectives and participles run on to it.
        head = i;
        for (int j = i + 1;
            j < tokens.size()
                && wordOf[j] != null
                && !tokens.get(j).breakBefore()
                && (wordOf[j].isNoun() || wordOf[j].isAdjective() || wordOf[j].tag().equals("VBN"));
            j++) {
          if (wordOf[j].isNoun()) {
            head = j;
          }
        }
      }
    }
    if (head < 0) {
      return false;
    }
    int at = head;
    if (preds.stream().anyMatch(p -> p.match().first() <= at && at <= p.match().last())) {
      return false; // "Fusion of the membrane of a vesicle ...": a process, named
    }
    boolean mover =
        found.stream()
                .anyMatch(
                    f ->
                        f.match().first() <= at
                            && at <= f.match().last()
                            && (f.mention().criterion() == Criterion.CELL_TYPE
                                || f.mention().criterion() == Criterion.VESICLE_TYPE
                                || f.mention().criterion() == Criterion.MECHANISM))
            || heads.matcher.match(tokens).get(PhraseList.channel()).stream()
                .anyMatch(m -> m.first() <= at && at <= m.last());
    return !mover;
  }

  /**
   * "The cell removes waste by exocytosis", "LDL enters cells by receptor-mediated endocytosis": a
   * process named as the route of a verb of its clause says what kind of event the verb is.
   */
  private static List<Predicate> namedByTheirRoute(
      List<Predicate> preds, List<PhraseMatcher.Match> markers) {
    List<Predicate> named = new ArrayList<>(preds);
    for (Predicate route : preds) {
      // "via receptor-mediated endocytosis": the kind of process may stand between.
      boolean afterRouteWord =
          markers.stream()
              .anyMatch(
                  m ->
                      m.tag().equals("ROUTE")
                          && m.last() < route.match().first()
                          && route.match().first() - m.last() <= 3);
      if (route.verbal() || !afterRouteWord || route.kind() == PredicateKind.CROSSING) {
        continue;
      }
      // The verb the "by" phrase goes with is the nearest before it: "engulf bacteria and secrete
      // cytokines by exocytosis" says how the cytokines leave, not how the bacteria come in.
      int nearest = -1;
      for (int k = 0; k < named.size(); k++) {
        Predicate verb = named.get(k);
        if (verb.verbal()
            && verb.clause() == route.clause()
            && verb.match().last() < route.match().first()) {
          nearest = k;
        }
      }
      if (nearest >= 0 && named.get(nearest).kind() != route.kind()) {
        Predicate verb = named.get(nearest);
        named.set(
            nearest,
            new Predicate(
                verb.match(),
                route.kind(),
                verb.subjectIsTheme(),
                verb.needs(),
                verb.verbal(),
                verb.passive(),
                verb.clause(),
                verb.nounRow()));
      }
    }
    return named;
  }

  /** Gives each found mention its frame (the nearest predicate of its clause) and role. */
  private static List<List<Frame.Filler>> assign(
      List<Found> found,
      List<Predicate> preds,
      ClauseKind[] kinds,
      int[] clauseIds,
      List<PhraseMatcher.Match> markerMatches,
      List<Token> tokens,
      Syntax.Word[] wordOf,
      int[] frameOf,
      Role[] roleOf,
      boolean[] counts) {
    List<List<Frame.Filler>> fillers = new ArrayList<>();
    preds.forEach(p -> fillers.add(new ArrayList<>()));
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      int at = f.match().first();
      int best = nearest(preds, f.match(), clauseIds[at], tokens);
      if (best < 0) {
        ClauseKind kind = kinds[at];
        frameOf[i] = -1;
        roleOf[i] =
            kind == ClauseKind.TRIGGER || kind == ClauseKind.SUBORDINATE
                ? Role.TRIGGER
                : Role.SETTING;
        counts[i] =
            kind.asserted()
                && (roleOf[i] == Role.TRIGGER
                    ? f.mention().criterion() == Criterion.TRIGGER
                    : countsWithoutFrame(f.mention().criterion()));
        continue;
      }
      Predicate p = preds.get(best);
      Role role = role(p, f.match(), markerMatches, tokens, wordOf);
      if (isClassBeforeItsName(found, f, tokens)) {
        role = Role.SETTING;
      } else if (f.mention().criterion() == Criterion.CELL_TYPE
          && (isSourceOfARelease(p, f.match(), tokens)
              || role == Role.ROUTE && isAfterBy(f.match(), tokens))) {
        // "released from beta cells", "endocytosed by macrophages": the cell doing it.
        role = Role.AGENT;
      }
      frameOf[i] = best;
      roleOf[i] = role;
      boolean afterPredicate = f.match().first() > p.match().last();
      counts[i] =
          f.mention().criterion() == Criterion.CELL_TYPE
              ? cellTypeCounts(role, afterPredicate)
              : counts(f.mention().criterion(), role, p.verbal() && !p.passive())
                  || f.mention().criterion() == Criterion.MECHANISM
                      && role == Role.THEME
                      && (isAlsoCargo(found, f.match()) || p.needs().equals("route"))
                  || isTheReceptorThatTakesItIn(f.mention(), role, p);
      fillers.get(best).add(new Frame.Filler(role, f.mention(), counts[i]));
    }
    resolvePronouns(found, preds, tokens, frameOf, roleOf, counts, fillers);
    return fillers;
  }

  /** The pronouns that stand for a cargo named before them. */
  private static final Set<String> PRONOUNS = Set.of("it", "them");

  /**
   * "The macrophage finds a bacterium and engulfs it": a pronoun that an active transport verb
   * moves stands for the last cargo the sentence named before the verb, which is then the theme of
   * that verb (a cargo word elsewhere is cargo only as the theme of a transport predicate). Only
   * where the frame has no cargo of its own, and only for a cargo no other frame moves.
   */
  private static void resolvePronouns(
      List<Found> found,
      List<Predicate> preds,
      List<Token> tokens,
      int[] frameOf,
      Role[] roleOf,
      boolean[] counts,
      List<List<Frame.Filler>> fillers) {
    for (int k = 0; k < preds.size(); k++) {
      Predicate p = preds.get(k);
      if (!p.verbal()
          || p.passive()
          || p.subjectIsTheme()
          || !movesAPronoun(p.match(), tokens)
          || fillers.get(k).stream()
              .anyMatch(f -> f.counts() && f.mention().criterion() == Criterion.CARGO)) {
        continue;
      }
      int antecedent = -1;
      for (int i = 0; i < found.size(); i++) {
        PhraseMatcher.Match m = found.get(i).match();
        if (found.get(i).mention().criterion() == Criterion.CARGO
            && !counts[i]
            && m.last() < p.match().first()
            && (antecedent < 0 || m.first() > found.get(antecedent).match().first())) {
          antecedent = i;
        }
      }
      if (antecedent < 0) {
        continue;
      }
      Mention named = found.get(antecedent).mention();
      if (frameOf[antecedent] >= 0) {
        fillers.get(frameOf[antecedent]).removeIf(f -> f.mention() == named);
      }
      frameOf[antecedent] = k;
      roleOf[antecedent] = Role.THEME;
      counts[antecedent] = true;
      fillers.get(k).add(new Frame.Filler(Role.THEME, named, true));
    }
  }

  /**
   * Whether the word right after a verb, or one inside its phrase ("takes it in"), is a pronoun.
   */
  private static boolean movesAPronoun(PhraseMatcher.Match verb, List<Token> tokens) {
    for (int t = verb.first() + 1; t <= verb.last() + 1 && t < tokens.size(); t++) {
      if (PRONOUNS.contains(tokens.get(t).term())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Hepatocytes take up the protein via its receptor", "the complex is bound by megalin and
   * endocytosed": a receptor named as the way in (after "by", "via") or as the one that takes the
   * cargo in is the cell-surface receptor that chooses what an uptake takes (EN-2, GO:0006898),
   * whatever the cargo is called. Only for an uptake: a receptor that sets off a release is its
   * trigger (ERR-18).
   */
  private static boolean isTheReceptorThatTakesItIn(Mention m, Role role, Predicate p) {
    return p.kind() == PredicateKind.UPTAKE
        && (role == Role.ROUTE || role == Role.AGENT)
        && m.criterion() == Criterion.CARGO
        && m.value() == org.cytosis.model.Cargo.RECEPTOR_BOUND_LIGAND;
  }

  /**
   * Whether a cargo word is the class of the cargo named right after it ("the modified amino acids
   * histamine and serotonin", "the protein insulin"): the name says what moves.
   */
  private static boolean isClassBeforeItsName(List<Found> found, Found f, List<Token> tokens) {
    // "bacteria bound to Fc receptors" is a particle and what holds it, not a class and a name;
    // "the CD163:hemoglobin complex" is a receptor and its ligand written as one name. Across a
    // comma a receptor word is a class ("types of receptor-mediated endocytosis, potocytosis").
    return f.mention().criterion() == Criterion.CARGO
        && f.mention().value() != org.cytosis.model.Cargo.SOLID_PARTICLE
        && found.stream()
            .anyMatch(
                o ->
                    o.mention().criterion() == Criterion.CARGO
                        && o.mention().value() != org.cytosis.model.Cargo.RECEPTOR_BOUND_LIGAND
                        && o.match().first() == f.match().last() + 1
                        && (f.mention().value() != org.cytosis.model.Cargo.RECEPTOR_BOUND_LIGAND
                            || tokens.get(o.match().first()).breakBefore()));
  }

  /**
   * Whether the words of a mechanism are also a cargo's: a substance whose way across is its nature
   * ("cortisol" diffuses, ERR-20), which says how it crosses when it is what moves. A channel named
   * as what vesicles carry says nothing of the route.
   */
  private static boolean isAlsoCargo(List<Found> found, PhraseMatcher.Match m) {
    return found.stream()
        .anyMatch(
            o ->
                o.mention().criterion() == Criterion.CARGO
                    && o.match().first() == m.first()
                    && o.match().last() == m.last());
  }

  /**
   * The lexicon's own verbs of direction and membrane events ("sends out", "lets it out", "pinches
   * off") as predicates where the frame tables list none: one vocabulary, read in both places. They
   * open a frame only where the tagger reads them as a verb or a noun ("into the cell" is a goal).
   */
  private static List<PhraseMatcher.Match> implicitPredicates(
      List<Found> found, List<PhraseMatcher.Match> explicit) {
    List<PhraseMatcher.Match> implicit = new ArrayList<>();
    for (Found f : found) {
      PhraseMatcher.Match m = f.match();
      if (explicit.stream().anyMatch(m::overlaps) || implicit.stream().anyMatch(m::overlaps)) {
        continue;
      }
      Object value = f.mention().value();
      String tag;
      if (value == org.cytosis.model.Direction.INTO_CELL) {
        tag = "UPTAKE|AGENT|-";
      } else if (value == org.cytosis.model.Direction.OUT_OF_CELL) {
        tag = "RELEASE|AGENT|-";
      } else if (value == org.cytosis.model.MembraneEvent.FUSION) {
        tag = "FUSION|THEME|vesicle";
      } else if (value == org.cytosis.model.MembraneEvent.INVAGINATION) {
        tag = "BUDDING|THEME|vesicle";
      } else {
        continue;
      }
      LexiconEntry e = m.entry();
      implicit.add(
          new PhraseMatcher.Match(
              new LexiconEntry(e.source(), e.line(), e.phrase(), null, tag, null, null, e.order()),
              m.first(),
              m.last(),
              m.skipped()));
    }
    return implicit;
  }

  /**
   * Whether a clause that sets an event off ("until", "upon", "in response to") goes with the k-th
   * predicate: it follows that predicate with no other between, or opens the sentence.
   */
  private static boolean setOffBy(
      List<Predicate> preds, int k, List<PhraseMatcher.Match> markerMatches) {
    int after = preds.get(k).match().last();
    int next = k + 1 < preds.size() ? preds.get(k + 1).match().first() : Integer.MAX_VALUE;
    return markerMatches.stream()
        .anyMatch(
            m ->
                m.tag().equals("TRIGGER")
                    && (m.first() == 0 || m.first() > after && m.first() < next));
  }

  /**
   * Whether the frame holds what its predicate needs to be a transport event: "surround" moves
   * nothing without a cargo to surround; "fuse" is vesicle traffic only with a vesicle or the cell
   * surface in its clause (cells fuse too).
   */
  private static boolean hasWhatItNeeds(
      Predicate p,
      List<Frame.Filler> fillers,
      List<PhraseMatcher.Match> placeMatches,
      boolean setOff,
      int[] clauseIds) {
    return switch (p.needs()) {
      // "Channel and carrier proteins transport material": a transporter moving something is a
      // crossing, whatever the something is called.
      case "cargo" ->
          fillers.stream()
              .anyMatch(
                  f ->
                      f.counts()
                              && (f.role() == Role.THEME || f.role() == Role.PREDICATE)
                              && f.mention().criterion() == Criterion.CARGO
                          || f.mention().criterion().impliesVesicle()
                              && f.mention().criterion() != Criterion.MEMBRANE_EVENT
                          || f.counts()
                              && f.role() != Role.THEME
                              && f.mention().criterion() == Criterion.MECHANISM);
      case "vesicle" ->
          fillers.stream()
                  .anyMatch(
                      f ->
                          f.mention().criterion().impliesVesicle()
                              && f.mention().criterion() != Criterion.MEMBRANE_EVENT)
              || placeMatches.stream()
                  .anyMatch(m -> clauseIds[m.first()] == p.clause() && !m.tag().equals("INSIDE"));
      case "route" ->
          fillers.stream()
              .anyMatch(f -> f.counts() && f.mention().criterion() == Criterion.MECHANISM);
      // "Insulin is stored in granules until blood glucose rises": a cargo kept in a vesicle
      // until a signal is released on that signal (SP-3); kept with no signal named, it is only
      // stored.
      case "signal" ->
          setOff
              && fillers.stream()
                  .anyMatch(
                      f ->
                          f.counts()
                              && f.role() == Role.THEME
                              && f.mention().criterion() == Criterion.CARGO)
              && fillers.stream()
                  .anyMatch(
                      f ->
                          f.mention().criterion().impliesVesicle()
                              && f.mention().criterion() != Criterion.MEMBRANE_EVENT);
      default -> true;
    };
  }

  /**
   * Whether a criterion is evidence in a role. Cargo is what moves; a channel, carrier or pump is a
   * mechanism only as the way the cargo goes (or as the mover: "the pump expels sodium"), never as
   * the cargo of a vesicle; a cell named as what is eaten is cargo, not the cell type doing it.
   */
  static boolean counts(Criterion criterion, Role role, boolean activeVerb) {
    return switch (criterion) {
      case CARGO -> role == Role.THEME || role == Role.PREDICATE;
      case MECHANISM -> role != Role.THEME || !activeVerb;
      case CELL_TYPE -> role != Role.THEME && role != Role.ROUTE;
      default -> true;
    };
  }

  /**
   * The cell doing it stands before the predicate ("Macrophages engulf"), or after "by" ("taken up
   * by macrophages") or as the source of a release ("released from beta cells"); a cell after the
   * predicate in any other way is what moves ("engulf bacteria", "uptake of particles such as
   * bacteria").
   */
  private static boolean cellTypeCounts(Role role, boolean afterPredicate) {
    if (role == Role.THEME) {
      return false;
    }
    return !afterPredicate || role == Role.ROUTE || role == Role.PREDICATE || role == Role.AGENT;
  }

  /** "Insulin is released from beta cells": the cell a release comes from is the cell doing it. */
  private static boolean isSourceOfARelease(
      Predicate p, PhraseMatcher.Match m, List<Token> tokens) {
    return p.kind() == PredicateKind.RELEASE
        && m.first() > p.match().last()
        && tokens.get(m.first() - 1).term().equals("from");
  }

  /** Whether the word before a mention is "by": "taken up by macrophages". */
  private static boolean isAfterBy(PhraseMatcher.Match m, List<Token> tokens) {
    return m.first() > 0 && tokens.get(m.first() - 1).term().equals("by");
  }

  /** Outside every frame a word is evidence only of what its clause says of the whole event. */
  private static boolean countsWithoutFrame(Criterion criterion) {
    return criterion != Criterion.CARGO
        && criterion != Criterion.MECHANISM
        && criterion != Criterion.DIRECTION;
  }

  /** The role of a mention in a predicate's frame, from where it stands and what stands between. */
  private static Role role(
      Predicate p,
      PhraseMatcher.Match m,
      List<PhraseMatcher.Match> markers,
      List<Token> tokens,
      Syntax.Word[] wordOf) {
    PhraseMatcher.Match pm = p.match();
    if (m.overlaps(pm) || p.nounRow() && m.last() + 1 == pm.first()) {
      // Overlapping the predicate, or naming the kind of process it is ("receptor-mediated
      // endocytosis", "regulated secretion").
      return Role.PREDICATE;
    }
    boolean after = m.first() > pm.last();
    int from = after ? pm.last() + 1 : 0;
    int to = m.first();
    for (PhraseMatcher.Match marker : markers) {
      if (marker.tag().equals("AROUND") && marker.last() + 1 == m.first() && after) {
        return Role.THEME; // "folds inward around a bacterium": what it closes around
      }
      if (marker.tag().equals("ROUTE") && marker.first() >= from && marker.last() < to) {
        return Role.ROUTE;
      }
    }
    if (!after
        && p.verbal()
        && pm.first() > 0
        && markers.stream()
            .anyMatch(
                marker ->
                    marker.tag().equals("ROUTE")
                        && marker.last() + 1 == pm.first()
                        && noVerbBetween(wordOf, m.last(), marker.first()))) {
      // "remove worn-out red cells by engulfing them": what the verb before "by" acts on is what
      // the gerund moves; the subject of that verb ("Amoebas feed by engulfing") is its agent.
      return Role.THEME;
    }
    if (!after) {
      // Before the predicate: the subject of an active verb is its agent unless the verb moves its
      // subject ("glucose enters"); the subject of a passive one, or what precedes a noun
      // ("pathogen engulfment"), is what moves.
      return p.verbal() && !p.passive() && !p.subjectIsTheme() ? Role.AGENT : Role.THEME;
    }
    if (p.verbal()) {
      return !p.passive() && !p.subjectIsTheme() ? Role.THEME : Role.SETTING;
    }
    // After a noun: "secretion of insulin", "uptake of LDL"; not past "and" ("raises ADH secretion
    // and water will be retained": the water is another clause's subject).
    return m.first() - pm.last() <= 3 && !andBetween(tokens, pm.last(), m.first())
        ? Role.THEME
        : Role.SETTING;
  }

  /** Whether no word the tagger reads as a verb stands between two tokens. */
  private static boolean noVerbBetween(Syntax.Word[] wordOf, int after, int before) {
    for (int t = after + 1; t < before; t++) {
      if (wordOf[t] != null && wordOf[t].isVerb()) {
        return false;
      }
    }
    return true;
  }

  /** The predicate of the same clause nearest the mention, preferring one before it; or -1. */
  private static int nearest(
      List<Predicate> preds, PhraseMatcher.Match m, int clause, List<Token> tokens) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = 0; k < preds.size(); k++) {
      Predicate p = preds.get(k);
      if (p.clause() != clause) {
        continue;
      }
      if (m.overlaps(p.match())) {
        return k;
      }
      if (p.nounRow() && m.last() + 1 == p.match().first()) {
        // Right before a noun predicate, a word names its kind ("by fluid-phase uptake"): it
        // belongs to that noun, however near a verb stands.
        return k;
      }
      int distance =
          m.first() > p.match().last()
              ? m.first()
                  - p.match().last()
                  + (andBetween(tokens, p.match().last(), m.first()) ? 2 : 0)
              : p.match().first() - m.last() + 1;
      if (distance < bestDistance) {
        best = k;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * Whether "and" or "or" stands between two tokens: "carbon dioxide is released and oxygen is
   * taken in": a word past "and" is more likely the subject of the next verb than the last one's
   * object.
   */
  private static boolean andBetween(List<Token> tokens, int after, int before) {
    for (int t = after + 1; t < before; t++) {
      String term = tokens.get(t).term();
      if (term.equals("and") || term.equals("or")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence's own clause has a verb of its own that is neither a transport predicate
   * nor a form of "be": then relative clauses speak of a participant ("cells that secrete enzymes
   * have much Golgi"), and are not what the sentence asserts.
   */
  private static boolean hasNonCopularMainVerb(
      List<Token> tokens,
      Syntax.Word[] wordOf,
      ClauseKind[] kinds,
      int[] clauseIds,
      List<Predicate> preds) {
    boolean[] inPredicate = new boolean[tokens.size()];
    preds.forEach(
        p -> {
          for (int i = p.match().first(); i <= p.match().last(); i++) {
            inPredicate[i] = true;
          }
        });
    for (int i = 0; i < tokens.size(); i++) {
      Syntax.Word w = wordOf[i];
      if (kinds[i] != ClauseKind.MAIN
          || w == null
          || inPredicate[i]
          || !w.isVerb()
          || opensWithWhich(tokens, wordOf, clauseIds, i)) {
        continue;
      }
      Syntax.Word following = i + 1 < tokens.size() ? wordOf[i + 1] : null;
      if (following != null
          && following.tag().startsWith("NN")
          && !w.tag().equals("VBZ")
          && !w.tag().equals("VBP")) {
        continue; // "membrane bound vesicle": a participle describing a noun
      }
      String tag = w.tag();
      if (tag.equals("VBN")
          && !NAMING.contains(w.text().toLowerCase(Locale.ROOT))
          && i > 0
          && wordOf[i - 1] != null
          && PredicateWords.PASSIVE_AUXILIARIES.contains(
              wordOf[i - 1].text().toLowerCase(Locale.ROOT))) {
        return true; // "microvilli are found on ...": a verb of its own, in the passive
      }
      if (tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBD")) {
        String word = w.text().toLowerCase(Locale.ROOT);
        Syntax.Word next = i + 1 < tokens.size() ? wordOf[i + 1] : null;
        boolean auxiliary =
            PredicateWords.PASSIVE_AUXILIARIES.contains(word)
                || HAVE.contains(word) && next != null && next.tag().equals("VBN");
        if (!auxiliary) {
          return true;
        }
        // "Cells that use the regulated pathway are polarized": "be" after a relative clause in
        // its subject says what the participant is; the relative clause only picks it out.
        if (BE.contains(word)
            && !followedByParticiple(i, tokens, wordOf)
            && relativeBefore(i, kinds)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a relative clause stands before the i-th word, in the sentence's subject. */
  private static boolean relativeBefore(int i, ClauseKind[] kinds) {
    for (int t = 0; t < i; t++) {
      if (kinds[t] == ClauseKind.RELATIVE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the token stands in a clause opened by ", which": "a process that takes in molecules,
   * which the cell needs": the verb there is no verb of the sentence's own subject.
   */
  private static boolean opensWithWhich(
      List<Token> tokens, Syntax.Word[] wordOf, int[] clauseIds, int i) {
    int start = i;
    while (start > 0 && clauseIds[start - 1] == clauseIds[i]) {
      start--;
    }
    return start > 0
        && tokens.get(start).breakBefore()
        && wordOf[start] != null
        && wordOf[start].text().equalsIgnoreCase("which");
  }

  /** For each token, the tagged word it starts in (tokens drop articles; words keep them). */
  private static Syntax.Word[] wordsOfTokens(List<Token> tokens, Syntax.Word[] words) {
    Syntax.Word[] of = new Syntax.Word[tokens.size()];
    int w = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int start = tokens.get(i).start();
      while (w < words.length && words[w].end() <= start) {
        w++;
      }
      if (w < words.length && words[w].start() <= start) {
        of[i] = words[w];
      }
    }
    return of;
  }

  private static Evidence span(String text, List<Token> tokens, PhraseMatcher.Match m) {
    int start = tokens.get(m.first()).start();
    int end = tokens.get(m.last()).end();
    return new Evidence(TextReader.FIELD, start, end, text.substring(start, end), null);
  }
}
