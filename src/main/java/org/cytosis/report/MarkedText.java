package org.cytosis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cytosis.model.Classification;
import org.cytosis.model.Evidence;
import org.cytosis.model.Finding;
import org.cytosis.model.NegatedMention;
import org.cytosis.text.Sentences;
import org.cytosis.text.TextReader;

/**
 * A description with the words that were read marked, one sentence a line: {@code [engulfs]} for
 * words that are evidence, {@code {fuse}} for words read but negated. Overlapping spans are merged;
 * a merged span that holds any evidence is shown as evidence.
 */
final class MarkedText {

  static final String LEGEND = "[...] read as evidence, {...} read but negated";

  private record Mark(int start, int end, boolean evidence) {}

  private MarkedText() {}

  static List<String> sentences(Classification c, String description) {
    List<Mark> marks = merge(marks(c));
    List<String> lines = new ArrayList<>();
    for (Sentences.Span sentence : Sentences.split(description)) {
      StringBuilder line = new StringBuilder();
      int at = sentence.start();
      for (Mark m : marks) {
        if (m.start() < sentence.start() || m.start() >= sentence.end()) {
          continue;
        }
        line.append(description, at, m.start())
            .append(m.evidence() ? '[' : '{')
            .append(description, m.start(), m.end())
            .append(m.evidence() ? ']' : '}');
        at = m.end();
      }
      line.append(description, at, sentence.end());
      lines.add(line.toString());
    }
    return lines;
  }

  private static List<Mark> marks(Classification c) {
    List<Mark> marks = new ArrayList<>();
    for (Finding f : c.findings()) {
      if (fromText(f.evidence())) {
        marks.add(new Mark(f.evidence().start(), f.evidence().end(), true));
      }
    }
    for (NegatedMention n : c.negated()) {
      if (fromText(n.evidence())) {
        marks.add(new Mark(n.evidence().start(), n.evidence().end(), false));
      }
    }
    marks.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end));
    return marks;
  }

  private static boolean fromText(Evidence e) {
    return TextReader.FIELD.equals(e.field()) && e.start() != null;
  }

  private static List<Mark> merge(List<Mark> sorted) {
    List<Mark> merged = new ArrayList<>();
    for (Mark m : sorted) {
      Mark last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && m.start() < last.end()) {
        merged.set(
            merged.size() - 1,
            new Mark(last.start(), Math.max(last.end(), m.end()), last.evidence() || m.evidence()));
      } else {
        merged.add(m);
      }
    }
    return merged;
  }
}
