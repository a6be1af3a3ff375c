package org.cytosis.grading.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import org.cytosis.grading.GradedAnswer;
import org.cytosis.grading.GradingRun;
import org.cytosis.io.JsonSupport;
import org.cytosis.model.Criterion;
import org.cytosis.output.InputSurvey;
import org.cytosis.output.ReportSink;

/**
 * JSON Lines, one object per input row: the row's own columns as given (strings), then {@code
 * readAs} (a label or null), {@code verdict}, {@code score} (a number, null when UNREADABLE),
 * {@code maxScore}, {@code credited} and {@code misconceptions} (arrays), {@code feedback}, then
 * {@code reading}, {@code key} ({@code scenario}, {@code label}, {@code from}: "key" or "rules";
 * null when the row was not graded), {@code contradictions}, {@code location} (file:line) and
 * {@code reason} (why an UNREADABLE row was not graded, else null). An answer to a concept question
 * has instead {@code credited} as objects ({@code element}, {@code concept}, {@code points}, {@code
 * named}: the words that name it, {@code described}: the words that describe it), {@code namedOnly}
 * (concepts named without a correct description), {@code misconceptionDetails} ({@code id}, {@code
 * concept}, {@code words}), {@code notes}, and {@code key} as {@code question} and {@code
 * maxScore}. An input column named like one of these is replaced by it.
 */
public final class JsonGradeReport implements GradeReport {

  @Override
  public ReportSink<GradedAnswer, String, GradingRun> open(Writer out, InputSurvey answers) {
    return ReportSink.lines(out, JsonGradeReport::line);
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
    if (g.isConceptAnswer()) {
      g.concepts()
          .credited()
          .forEach(
              c -> {
                ObjectNode o = credited.addObject();
                o.put("element", c.element());
                o.put("concept", c.concept());
                o.put("points", Numbers.decimal(c.points()));
                o.put("named", c.named());
                c.described().forEach(o.putArray("described")::add);
              });
    } else {
      g.credited().stream().map(Criterion::field).forEach(credited::add);
    }
    ArrayNode misconceptions = node.putArray("misconceptions");
    g.misconceptions().forEach(misconceptions::add);
    node.put("feedback", g.feedback());
    node.put("reading", g.reading() == null ? null : g.reading().describe());
    if (g.isConceptAnswer()) {
      ArrayNode named = node.putArray("namedOnly");
      g.concepts().namedOnly().forEach(named::add);
      ArrayNode details = node.putArray("misconceptionDetails");
      g.concepts()
          .misconceptions()
          .forEach(
              m -> {
                ObjectNode o = details.addObject();
                o.put("id", m.id());
                o.put("concept", m.concept());
                o.put("named", m.named());
                m.words().forEach(o.putArray("words")::add);
              });
      ArrayNode notes = node.putArray("notes");
      g.concepts().notes().forEach(notes::add);
      ObjectNode key = node.putObject("key");
      key.put("question", g.concepts().question().id());
      key.put("maxScore", Numbers.decimal(g.concepts().question().maxScore()));
    } else if (g.key() == null) {
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
