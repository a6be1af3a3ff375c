package org.cytosis.grading.concept;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytosis.text.PhraseMention;

/**
 * Reads a list-and-describe answer into items, one per concept it lists, each with the cues of its
 * description. A name heads an item when it starts a unit (a line, a numbered item, a sentence) or
 * follows a comma, "and" or "or" after a description; a name inside a description ("osmosis is the
 * diffusion of water", "uses a channel protein") is a word of that description, and a unit with no
 * name of its own goes on describing the item before ("Osmosis. This is when water ..."). Each unit
 * is read on its own, so a "not" in one item never reaches another.
 */
final class AnswerItems {

  /** Words that make the name after them part of a description, not an item of the list. */
  private static final Set<String> RELATIONAL =
      Set.of(
          "of", "through", "by", "via", "using", "use", "uses", "used", "with", "like", "as",
          "than", "unlike", "in", "into", "from", "to", "called", "named", "during", "for");

  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "its", "their");

  /** What may stand between one item and the next name in the same unit. */
  private static final Pattern SEPARATOR =
      Pattern.compile(
          "(?i)(?:[,;]|\\band\\b|\\bor\\b|\\balso\\b|\\bthen\\b|\\bwhile\\b|\\bwhereas\\b|\\bbut\\b)"
              + "[\\s,]*(?:(?:a|an|the)\\s+)?$");

  /** What follows a bare element of a list of names: "diffusion, osmosis and active transport". */
  private static final Pattern BARE = Pattern.compile("(?i)[\\s,.;:!?]*(?:(?:and|or)\\s*)?");

  /** What follows a name that is being defined: "osmosis - ...", "osmosis: ...", "osmosis is". */
  private static final Pattern DEFINES =
      Pattern.compile("(?i)\\s*(?:[-:=\u2013\u2014]|is\\b|are\\b|means\\b)");

  /** Only "and" or "or" between two names: "osmosis and diffusion". */
  private static final Pattern COORDINATED = Pattern.compile("(?i)\\s*(?:and|or|&)\\s*");

  private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}']+)[^\\p{L}']*$");

  /** One-word names that only qualify the next name when one follows ("facilitated difusion"). */
  private static final Set<String> QUALIFIERS = Set.of("facilitated", "passive", "active");

  /** A name found: its concept and words, where they are in the answer. */
  record Name(String concept, String words, int start, int end) {}

  /** A cue found: its tag (a cue, or "!" and a cue for a phrase that denies it), words, place. */
  record Cue(String tag, String words, String negatedBy, int start, int end) {

    /** The cue this speaks of, without the "!". */
    String cue() {
      return tag.startsWith(ConceptRules.DENIES) ? tag.substring(1) : tag;
    }

    /** Whether it says the cue holds: a stating phrase not denied, or a denying phrase denied. */
    boolean states() {
      return tag.startsWith(ConceptRules.DENIES) == (negatedBy != null);
    }

    /** The words as the student wrote them, with the negation that applies to them. */
    String quoted() {
      return negatedBy == null || words.contains(negatedBy) ? words : negatedBy + " ... " + words;
    }
  }

  /** One item: the name heading it, the other names within it, and its description's cues. */
  record Item(Name head, List<Name> others, List<Cue> cues) {}

  /** An answer read: its items, and every name in it (heads or not), in order. */
  record Read(List<Item> items, List<Name> names) {}

  private AnswerItems() {}

  static Read read(ConceptRules rules, String text) {
    List<Name> allNames = new ArrayList<>();
    List<Cue> allCues = new ArrayList<>();
    List<Name> heads = new ArrayList<>();
    List<Integer> itemStarts = new ArrayList<>();
    // heads joined to the next by "and" with no words of their own: "osmosis and diffusion need
    // no energy" describes both
    Set<Name> sharing = new java.util.HashSet<>();
    for (AnswerText.Unit unit : AnswerText.units(text)) {
      List<Name> names = names(rules, unit);
      List<Cue> cues = cues(rules, unit);
      allNames.addAll(names);
      allCues.addAll(cues);
      Name previousHead = null;
      for (int i = 0; i < names.size(); i++) {
        Name name = names.get(i);
        String before =
            text.substring(previousHead == null ? unit.start() : previousHead.end(), name.start());
        boolean head;
        if (previousHead == null) {
          // The first name of a unit heads an item unless it is a word of a description: after
          // "of", "through", "uses"..., or after the description's own words once an item is open.
          head =
              heads.isEmpty()
                  || (!relational(before) && cuesIn(cues, unit.start(), name.start(), null) == 0);
        } else {
          int next =
              i + 1 < names.size() ? names.get(i + 1).start() : unit.start() + unit.text().length();
          // A later name heads an item of its own after a comma or "and" once the item before it
          // has a description, or as a bare element of a list ("diffusion, osmosis"); or, once the
          // item before has a description, when a definition follows it ("... energy
          // osmosis-water").
          boolean described = cuesIn(cues, previousHead.end(), name.start(), null) > 0;
          String after = text.substring(name.end(), next);
          boolean separated = SEPARATOR.matcher(before).find() && !relational(before);
          head =
              !relational(before)
                  && ((separated && (described || BARE.matcher(after).matches()))
                      || (described && DEFINES.matcher(after).lookingAt()));
          if (!head && separated && !described && COORDINATED.matcher(before).matches()) {
            sharing.add(previousHead);
            head = true;
          }
        }
        if (head) {
          heads.add(name);
          itemStarts.add(previousHead == null && i == 0 ? unit.start() : name.start());
          previousHead = name;
        }
      }
    }
    List<Item> items = new ArrayList<>();
    for (int h = 0; h < heads.size(); h++) {
      Name head = heads.get(h);
      int start = itemStarts.get(h);
      int end = h + 1 < heads.size() ? itemStarts.get(h + 1) : text.length();
      // a head that shares the next one's description reads on to the end of that item
      int last = h;
      while (last + 1 < heads.size() && sharing.contains(heads.get(last))) {
        last++;
      }
      int readTo = last + 1 < heads.size() ? itemStarts.get(last + 1) : text.length();
      List<Cue> cues =
          allCues.stream()
              .filter(c -> c.start() >= start && c.end() <= readTo)
              .filter(
                  c ->
                      heads.stream()
                          .noneMatch(other -> c.start() < other.end() && other.start() < c.end()))
              .filter(
                  c ->
                      c.end() <= head.start()
                          || c.start() >= head.end()) // not the name's own words
              .toList();
      List<Name> others =
          allNames.stream().filter(n -> n != head && n.start() >= start && n.end() <= end).toList();
      items.add(new Item(head, others, cues));
    }
    return new Read(items, allNames);
  }

  /** The names in a unit that it does not deny, a qualifier joined to the name after it. */
  private static List<Name> names(ConceptRules rules, AnswerText.Unit unit) {
    List<Name> names = new ArrayList<>();
    for (PhraseMention m : rules.reader.find(rules.names, unit.text(), "answer")) {
      if (m.tag() == null || m.isNegated()) {
        continue;
      }
      int start = unit.start() + m.evidence().start();
      int end = unit.start() + m.evidence().end();
      Name name = new Name(m.tag(), m.evidence().text(), start, end);
      if (!names.isEmpty()) {
        Name last = names.get(names.size() - 1);
        String gap = unit.text().substring(last.end() - unit.start(), name.start() - unit.start());
        if (QUALIFIERS.contains(last.words().toLowerCase(Locale.ROOT)) && gap.matches("[\\s-]*")) {
          String concept =
              last.concept().equals("PASSIVE_TRANSPORT") && name.concept().equals("DIFFUSION")
                  ? "DIFFUSION"
                  : last.concept();
          names.set(
              names.size() - 1,
              new Name(
                  concept,
                  unit.text().substring(last.start() - unit.start(), end - unit.start()),
                  last.start(),
                  end));
          continue;
        }
      }
      names.add(name);
    }
    return names;
  }

  private static List<Cue> cues(ConceptRules rules, AnswerText.Unit unit) {
    List<Cue> cues = new ArrayList<>();
    for (PhraseMention m : rules.reader.find(rules.cues, unit.text(), "answer")) {
      if (m.tag() != null) {
        cues.add(
            new Cue(
                m.tag(),
                m.evidence().text(),
                m.evidence().negatedBy(),
                unit.start() + m.evidence().start(),
                unit.start() + m.evidence().end()));
      }
    }
    return cues;
  }

  private static int cuesIn(List<Cue> cues, int from, int to, String cue) {
    int n = 0;
    for (Cue c : cues) {
      if (c.start() >= from && c.end() <= to && (cue == null || c.cue().equals(cue))) {
        n++;
      }
    }
    return n;
  }

  /** Whether the words before a name end with one that makes it part of a description. */
  private static boolean relational(String before) {
    String rest = before;
    for (int i = 0; i < 3; i++) {
      Matcher m = LAST_WORD.matcher(rest);
      if (!m.find()) {
        return false;
      }
      String word = m.group(1).toLowerCase(Locale.ROOT);
      if (!ARTICLES.contains(word)) {
        return RELATIONAL.contains(word);
      }
      rest = rest.substring(0, m.start());
    }
    return false;
  }
}
