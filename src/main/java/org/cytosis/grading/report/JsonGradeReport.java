package org.cytosis.grading.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.cytosis.grading.GradedAnswer;
import org.cytosis.grading.GradingRun;
import org.cytosis.io.JsonSupport;
import org.cytosis.model.Criterion;

/**
 * JSON Lines, one object per input row: the row's own columns as given (strings), then
 * {@code readAs} (a label or null), {@code verdict}, {@code score} (a number, null when
 * UNREADABLE), {@code maxScore}, {@code credited} and {@code misconceptions} (arrays),
 * {@code feedback}, then {@code reading}, {@code key} ({@code scenario}, {@code label},
 * {@code from}: "key" or "rules"; null when the row was not graded), {@code contradictions},
 * {@code location} (file:line) and {@code reason} (why an UNREADABLE row was not graded, else null).
 * An input column named like one of these is replaced by it.
 */
public final class JsonGradeReport implements GradeReport {

  @Override
  public void write(GradingRun run, Writer out) throws IOException {
    for (GradedAnswer g : run.results()) {
      out.write(line(g));
      out.write('\n');
    }
  }

  static String line(GradedAnswer g) {
    ObjectNode node = JsonSupport.MAPPER.createObjectNode();
    g.answer().columns().forEach(node::put);
    node.put("readAs", g.readAs() == null ? null : g.readAs().name());
    node.put("verdict", g.verdict().name());
    if (g.score() == null) {
      node.putNull("score");
    } else {
      node.put("score", Numbers.decimal(g.score()));
    }
    node.put("maxScore", Numbers.decimal(g.maxScore()));
    ArrayNode credited = node.putArray("credited");
    g.credited().stream().map(Criterion::field).forEach(credited::add);
    ArrayNode misconceptions = node.putArray("misconceptions");
    g.misconceptions().forEach(misconceptions::add);
    node.put("feedback", g.feedback());
    node.put("reading", g.reading() == null ? null : g.reading().describe());
    if (g.key() == null) {
      node.putNull("key");
    } else {
      ObjectNode key = node.putObject("key");
      key.put("scenario", g.key().scenarioId());
      key.put("label", g.key().label().name());
      key.put("from", g.key().origin());
    }
    ArrayNode contradictions = node.putArray("contradictions");
    g.contradictions().forEach(contradictions::add);
    node.put("location", g.answer().location());
    node.put("reason", g.reason());
    return node.toString();
  }
}
