package org.cytosis.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cytosis.engine.Classifier;
import org.cytosis.io.EventReader;
import org.cytosis.io.EventRecord;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.report.DotReport;
import org.cytosis.report.JsonReport;
import org.cytosis.report.MermaidReport;

/**
 * {@code POST /api/classify}: the body holds events as {@code classify} reads them (one object, an
 * array, or JSON Lines). One object gives one classification object; anything else an array with
 * one entry per record, in input order. Each result carries its explanation, as on the command
 * line, unless {@code ?explain=false}; {@code ?format=dot} or {@code mermaid} answers the
 * justification graphs as text instead. An unreadable event is a 400 whose {@code error} is the
 * command line's message; in a JSON batch the answer still holds every record, the unreadable ones
 * as {@code {"record", "line", "error"}} in their place, under {@code results}.
 */
final class ClassifyRoute implements Handler {

  private final Classifier classifier;

  ClassifyRoute(Classifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public void handle(Context ctx) {
    String format = Query.choice(ctx, "format", List.of("json", "dot", "mermaid"));
    boolean explain = Query.flag(ctx, "explain", true);
    if (!explain && !format.equals("json")) {
      throw ApiException.badRequest("format \"" + format + "\" draws the explanation; it cannot be "
          + "combined with explain=false");
    }
    RequestText input = RequestText.body(ctx);
    List<EventRecord> records = read(input);
    if (records.isEmpty()) {
      throw ApiException.badRequest(input.source() + ": holds no events");
    }
    if (explain && records.size() > Limits.MAX_EXPLAINED) {
      throw ApiException.tooLarge(Limits.tooManyExplained(input.source()));
    }
    Function<CellEvent, Classification> run = explain ? classifier::explain : classifier::classify;
    if (format.equals("json")) {
      answerJson(ctx, input, records, run);
    } else {
      answerDiagrams(ctx, records, run, format.equals("dot") ? DotReport::render : MermaidReport::render);
    }
  }

  private static void answerJson(Context ctx, RequestText input, List<EventRecord> records,
      Function<CellEvent, Classification> run) {
    List<String> outputs = records.stream().map(r -> r.isReadable()
        ? JsonReport.line(run.apply(r.event())) : JsonReport.errorLine(r)).toList();
    List<EventRecord> bad = unreadable(records);
    if (isOneObject(input, records)) {
      if (!bad.isEmpty()) {
        throw ApiException.badRequest(bad.get(0).error().getMessage());
      }
      Responses.json(ctx, 200, outputs.get(0));
    } else if (bad.isEmpty()) {
      Responses.json(ctx, 200, Responses.array(outputs));
    } else {
      ObjectNode body = ApiErrors.body(400, bad.get(0).error().getMessage()
          + (bad.size() > 1 ? " (and " + (bad.size() - 1) + " more unreadable records)" : ""));
      body.putRawValue("results", new RawValue(Responses.array(outputs)));
      Responses.json(ctx, 400, body.toString());
    }
  }

  /** The graphs one after another, as {@code classify --format dot|mermaid} prints them. */
  private static void answerDiagrams(Context ctx, List<EventRecord> records,
      Function<CellEvent, Classification> run, Function<Classification, String> draw) {
    List<EventRecord> bad = unreadable(records);
    if (!bad.isEmpty()) {
      throw ApiException.badRequest(bad.get(0).error().getMessage());
    }
    StringBuilder text = new StringBuilder();
    records.forEach(r -> text.append(draw.apply(run.apply(r.event()))).append('\n'));
    ctx.status(200).contentType("text/plain; charset=utf-8").result(text.toString());
  }

  /** Every record, but no more than a request may hold. */
  private static List<EventRecord> read(RequestText input) {
    try (Stream<EventRecord> records = EventReader.read(input.source(), input.reader())) {
      List<EventRecord> read = records.limit(Limits.MAX_RECORDS + 1L).toList();
      if (read.size() > Limits.MAX_RECORDS) {
        throw ApiException.tooLarge(Limits.tooManyRecords(input.source(), "events"));
      }
      return read;
    }
  }

  private static List<EventRecord> unreadable(List<EventRecord> records) {
    return records.stream().filter(r -> !r.isReadable()).toList();
  }

  /** A single JSON object (not an array of one) is answered with a single object. */
  private static boolean isOneObject(RequestText input, List<EventRecord> records) {
    return records.size() == 1 && input.text().strip().startsWith("{");
  }
}
