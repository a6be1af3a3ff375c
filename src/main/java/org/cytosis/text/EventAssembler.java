package org.cytosis.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cytosis.model.Criterion;
import org.cytosis.model.Direction;
import org.cytosis.model.Evidence;

/**
 * Groups the frames of a whole description into events and picks the main one (docs/reading.md).
 * The sentences' own frames (primary) make the main event, in text order, until one moves the other
 * way than the event so far ("releases ... and then retrieves ..."): that starts the next event.
 * Uptake and release read together with a transcytosis cue make one event of transcytosis. Frames
 * of clauses about something else (a time, a cause, a participant) are events of their own. The
 * main event is the first; a trigger clause's trigger words count for the main event of its
 * sentence.
 */
final class EventAssembler {

  /** One sentence as the frame reader left it, with the mentions found in it. */
  record Sentence(List<FrameReader.Found> found, FrameReader.SentenceFrames frames) {}

  private EventAssembler() {}

  /**
   * Whether the sentence's own frames move a cargo in and then out ("taken up ... and released",
   * "enters ... in a vesicle ... is released"), neither of them said to need no vesicle: a
   * substance that enters and leaves through carriers crosses the cell without one (NB-1).
   */
  private static boolean takenUpThenReleased(List<Frame> frames) {
    boolean in = false;
    for (Frame f : frames) {
      if (!f.asserted() || !f.primary() || wayOf(f) == Way.NO_VESICLE) {
        continue;
      }
      Direction d = frameDirection(f);
      if (d == Direction.INTO_CELL) {
        in = true;
      } else if (in && d == Direction.OUT_OF_CELL) {
        return true;
      }
    }
    return false;
  }

  /** The events of a description, in text order; none when it asserts no transport event. */
  static List<ReadEvent> assemble(String text, List<Sentence> sentences) {
    List<Group> groups = new ArrayList<>();
    Group current = null;
    boolean transcytosis = false;
    // The transcytosis words themselves say which way the cargo goes: across the cell.
    List<Mention> crossings = new ArrayList<>();
    // Which group each primary frame went to, per sentence.
    List<Group[]> groupOfFrame = new ArrayList<>();
    // A clause of time read as its sentence's event ("when GABA is released, ...") is background
    // where another sentence asserts an event in its own clause ("Cl- ions enter the cell").
    boolean ownClauseEvent = false;
    for (Sentence s : sentences) {
      for (int k = 0; k < s.frames().frames().size(); k++) {
        ownClauseEvent |= s.frames().frames().get(k).primary() && !s.frames().promoted()[k];
      }
    }
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      List<Frame> frames = s.frames().frames();
      if (s.frames().otherSide() != null && takenUpThenReleased(frames)) {
        // "taken up at the basolateral surface and released at the apical surface" (TC-1)
        transcytosis = true;
        crossings.add(
            new Mention(Criterion.DIRECTION, Direction.ACROSS_CELL, s.frames().otherSide()));
      }
      Group[] of = new Group[frames.size()];
      for (int k = 0; k < frames.size(); k++) {
        Frame f = frames.get(k);
        if (f.kind() == PredicateKind.TRANSCYTOSIS && f.primary()) {
          transcytosis = true;
          crossings.add(new Mention(Criterion.DIRECTION, Direction.ACROSS_CELL, f.predicate()));
        }
        if (!f.asserted()) {
          continue;
        }
        if (!f.primary() || ownClauseEvent && s.frames().promoted()[k]) {
          Group own = new Group(false);
          own.frames.add(f);
          groups.add(own);
          of[k] = own;
          continue;
        }
        Direction d = frameDirection(f);
        // A crossing without a vesicle ("calcium enters through channels") and a vesicle's step
        // ("the vesicles fuse") are two events, the first often the trigger of the second.
        Way way = wayOf(f);
        // "The bouton secretes neurotransmitter. These diffuse across the cleft": a crossing
        // without a vesicle told in a later sentence is the cargo's next step, not the same event.
        boolean nextStep =
            current != null
                && f.kind() == PredicateKind.CROSSING
                && way == Way.NO_VESICLE
                && current.way == Way.NEUTRAL
                && current.hasVesicleStep()
                && si > current.lastSentence;
        if (current == null
            || nextStep
            || d != null && current.direction != null && d != current.direction
            || way != Way.NEUTRAL && current.way != Way.NEUTRAL && way != current.way) {
          current = new Group(true);
          groups.add(current);
        }
        if (current.way == Way.NEUTRAL) {
          current.way = way;
        }
        if (current.direction == null) {
          current.direction = d;
        }
        current.frames.add(f);
        current.lastSentence = si;
        of[k] = current;
      }
      groupOfFrame.add(of);
    }
    if (transcytosis) {
      mergePrimary(groups, groupOfFrame);
    }
    // An ion crossing on the way ("calcium enters, and the vesicles fuse") is a step, not the event
    // the text is about: a primary event with a vesicle step comes first.
    // Failing that, a release or uptake said to need no vesicle ("the pump expels sodium") comes
    // before a bare crossing.
    Group main =
        groups.stream()
            .filter(g -> g.primary && g.hasVesicleStep())
            .findFirst()
            .or(() -> groups.stream().filter(g -> g.primary && g.movesCargo()).findFirst())
            .orElse(groups.stream().filter(g -> g.primary).findFirst().orElse(null));
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      Group[] of = groupOfFrame.get(si);
      Group sentenceMain = null;
      for (Group g : of) {
        if (g != null && g.primary) {
          sentenceMain = g;
          break;
        }
      }
      if (sentenceMain == null) {
        sentenceMain = main;
      }
      FrameReader.SentenceFrames sf = s.frames();
      for (int i = 0; i < s.found().size(); i++) {
        if (!sf.counts()[i]) {
          continue;
        }
        Mention m = s.found().get(i).mention();
        int frame = sf.frameOf()[i];
        Group target;
        if (frame < 0) {
          target = sentenceMain;
        } else if (of[frame] == null) {
          continue; // a frame the text does not assert
        } else if (!of[frame].primary
            && (m.criterion() == Criterion.TRIGGER
                || m.value() == org.cytosis.model.Cargo.RECEPTOR_BOUND_LIGAND)) {
          // "when calcium enters", "after IgE bound to its receptors is cross-linked": what sets
          // off
          // the main event is read with it, as its trigger (ERR-18), not as an event of its own.
          target = sentenceMain;
        } else {
          target = of[frame];
        }
        if (target != null) {
          target.evidence.add(m);
        }
      }
    }
    if (main != null) {
      main.evidence.addAll(crossings);
      // ERR-18: a binding to a receptor sets off a release, but in an uptake
      // ("take up proteins that bind to megalin receptors") it is the ligand on its
      // receptor, which receptor-mediated endocytosis takes in.
      if (main.direction == Direction.INTO_CELL) {
        main.evidence.replaceAll(
            m ->
                m.criterion() == Criterion.TRIGGER
                        && m.evidence().text().toLowerCase(Locale.ROOT).contains("receptor")
                    ? new Mention(
                        Criterion.CARGO,
                        org.cytosis.model.Cargo.RECEPTOR_BOUND_LIGAND,
                        m.evidence())
                    : m);
      }
      // "Ca2+ channels open and Ca2+ enters; the calcium entry causes the vesicles to fuse": what
      // set off the ion's crossing, and the ion itself, set off the main event (ERR-18).
      for (Group g : groups) {
        if (g != main && g.primary && !g.hasVesicleStep()) {
          for (Mention m : List.copyOf(g.evidence)) {
            if (m.criterion() == Criterion.TRIGGER) {
              g.evidence.remove(m);
              main.evidence.add(m);
            }
          }
        }
      }
    }
    List<ReadEvent> events = new ArrayList<>();
    for (Group g : groups) {
      if (g.frames.isEmpty()) {
        continue;
      }
      events.add(g.toEvent(text, g == main));
    }
    return events;
  }

  private static Group mergePrimary(List<Group> groups, List<Group[]> groupOfFrame) {
    Group merged = null;
    for (Group g : List.copyOf(groups)) {
      if (!g.primary) {
        continue;
      }
      if (merged == null) {
        merged = g;
        merged.direction = Direction.ACROSS_CELL;
        continue;
      }
      merged.frames.addAll(g.frames);
      groups.remove(g);
      for (Group[] of : groupOfFrame) {
        for (int k = 0; k < of.length; k++) {
          if (of[k] == g) {
            of[k] = merged;
          }
        }
      }
    }
    return merged;
  }

  /** What a frame says of vesicles: needs none, is a vesicle's step, or says neither. */
  private enum Way {
    NO_VESICLE,
    VESICLE,
    NEUTRAL
  }

  /**
   * A fusion, a budding or a frame with a vesicle in it is a vesicle's step; a frame whose roles
   * name a way across without one (a channel, a pump, "no vesicle"), a small molecule or the ion
   * that is a signal (calcium) needs none; any other ("release the hormone") says neither.
   */
  private static Way wayOf(Frame f) {
    if (f.kind() == PredicateKind.FUSION || f.kind() == PredicateKind.BUDDING) {
      return Way.VESICLE;
    }
    boolean without = false;
    for (Frame.Filler r : f.roles()) {
      if (r.role() == Role.PREDICATE && r.mention().criterion() == Criterion.TRIGGER) {
        return Way.NO_VESICLE; // "the calcium entry": the signal crossing, whatever follows it
      }
    }
    for (Frame.Filler r : f.roles()) {
      Criterion c = r.mention().criterion();
      Object v = r.mention().value();
      if (v == org.cytosis.model.VesicleType.NONE
          || c == Criterion.MECHANISM
          || v == org.cytosis.model.Cargo.SMALL_MOLECULE
          || c == Criterion.TRIGGER) {
        without = true;
      } else if (c.impliesVesicle()) {
        return Way.VESICLE;
      }
    }
    return without ? Way.NO_VESICLE : Way.NEUTRAL;
  }

  /** The way a frame moves cargo on its own: release out, uptake in; else what its clause says. */
  private static Direction frameDirection(Frame f) {
    if (f.kind().direction() != null) {
      return f.kind().direction();
    }
    if (f.kind() != PredicateKind.CROSSING) {
      return null;
    }
    for (Frame.Filler filler : f.roles()) {
      if (filler.counts()
          && filler.mention().criterion() == Criterion.DIRECTION
          && filler.mention().value() instanceof Direction d
          && d != Direction.ACROSS_CELL) {
        return d;
      }
    }
    return null;
  }

  private static final class Group {
    final boolean primary;
    final List<Frame> frames = new ArrayList<>();
    final List<Mention> evidence = new ArrayList<>();
    Direction direction;
    Way way = Way.NEUTRAL;
    int lastSentence;

    Group(boolean primary) {
      this.primary = primary;
    }

    /** Whether a frame releases, takes up, fuses or buds: more than a crossing. */
    boolean movesCargo() {
      return frames.stream().anyMatch(f -> f.kind() != PredicateKind.CROSSING);
    }

    /**
     * Whether a vesicle may carry the cargo: a frame other than a crossing, and no "no vesicle".
     */
    boolean hasVesicleStep() {
      return way != Way.NO_VESICLE && movesCargo();
    }

    ReadEvent toEvent(String text, boolean main) {
      int start = Integer.MAX_VALUE;
      int end = 0;
      for (Frame f : frames) {
        start = Math.min(start, f.predicate().start());
        end = Math.max(end, f.predicate().end());
      }
      // One mention per place and criterion: a phrase read twice is one claim.
      Map<String, Mention> distinct = new TreeMap<>();
      for (Mention m : evidence) {
        Evidence e = m.evidence();
        distinct.putIfAbsent(
            nineDigits(e.start())
                + ':'
                + nineDigits(e.end())
                + ':'
                + m.criterion()
                + ':'
                + m.value(),
            m);
        start = Math.min(start, e.start());
        end = Math.max(end, e.end());
      }
      List<Mention> sorted = new ArrayList<>(distinct.values());
      sorted.sort(
          Comparator.comparing((Mention m) -> m.evidence().start())
              .thenComparing(m -> m.evidence().end())
              .thenComparing(Mention::criterion));
      return new ReadEvent(main, text.substring(start, end), start, end, frames, sorted);
    }
  }

  /**
   * An offset as nine digits with leading zeros, so that keys sort by place; what {@code
   * String.format("%09d")} gives, without parsing a format for every mention of every text.
   */
  private static String nineDigits(int offset) {
    return Long.toString(1_000_000_000L + offset).substring(1);
  }
}
