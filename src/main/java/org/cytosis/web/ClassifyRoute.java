package org.cytosis.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.stream.Stream;
import org.cytosis.engine.Classifier;
import org.cytosis.io.EventReader;
import org.cytosis.io.EventRecord;
import org.cytosis.report.JsonReport;

/**
 * {@code POST /api/classify}: the body holds events as {@code classify} reads them (one object, an
 * array, or JSON Lines). One object gives one classification object; anything else an array with
 * one entry per record, in input order. An unreadable event is a 400 whose {@code error} is the
 * command line's message; in a batch the answer still holds every record, the unreadable ones as
 * {@code {"record", "line", "error"}} in their place, under {@code results}.
 */
final class ClassifyRoute implements Handler {

  private final Classifier classifier;

  ClassifyRoute(Classifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public void handle(Context ctx) {
    RequestText input = RequestText.body(ctx);
    List<EventRecord> records = read(input);
    if (records.isEmpty()) {
      throw ApiException.badRequest(input.source() + ": holds no events");
    }
    List<String> outputs = records.stream().map(r -> r.isReadable()
        ? JsonReport.line(classifier.classify(r.event())) : JsonReport.errorLine(r)).toList();
    List<EventRecord> bad = records.stream().filter(r -> !r.isReadable()).toList();
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

  /** A single JSON object (not an array of one) is answered with a single object. */
  private static boolean isOneObject(RequestText input, List<EventRecord> records) {
    return records.size() == 1 && input.text().strip().startsWith("{");
  }
}
