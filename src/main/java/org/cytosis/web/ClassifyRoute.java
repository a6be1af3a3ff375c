package org.cytosis.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cytosis.io.EventReader;
import org.cytosis.io.EventRecord;
import org.cytosis.io.InputLimits;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.report.JsonReport;
import org.cytosis.report.TextOptions;
import org.cytosis.usecase.ClassifyEvents;
import org.cytosis.usecase.ClassifyEvents.Explaining;
import org.cytosis.usecase.ClassifyFormat;

/**
 * {@code POST /api/classify}: the body holds events as {@code classify} reads them (one object, an
 * array, or JSON Lines), or, sent as {@code text/plain} (or with no type, when it is not JSON), one
 * event described in English, as {@code classify --text} reads it. One object gives one
 * classification object; anything else an array with one entry per record, in input order. One
 * event is explained, as on the command line, unless {@code ?explain=false}; a batch only with
 * {@code ?explain=true}. {@code ?format=text} answers the command line's short text answer; {@code
 * ?format=dot} or {@code mermaid} the justification graphs as text. An unreadable event is a 400
 * whose {@code error} is the command line's message; in a JSON batch the answer still holds every
 * record, the unreadable ones as {@code {"record", "line", "error"}} in their place, under {@code
 * results}.
 */
final class ClassifyRoute implements Handler {

  private final ClassifyEvents classify;

  ClassifyRoute(ClassifyEvents classify) {
    this.classify = classify;
  }

  @Override
  public void handle(Context ctx) {
    String name = Query.choice(ctx, "format", List.of("json", "text", "dot", "mermaid"));
    ClassifyFormat format = ClassifyFormat.valueOf(name);
    // Absent: one event is explained and a batch is not; true or false decide for every event.
    String asked =
        ctx.queryParam("explain") == null
            ? ""
            : Query.choice(ctx, "explain", List.of("true", "false"));
    if (asked.equals("false") && format.isDiagram()) {
      throw ApiException.badRequest(
          "format \""
              + name
              + "\" draws the explanation; it cannot be "
              + "combined with explain=false");
    }
    RequestText input = RequestText.body(ctx);
    boolean description =
        BodyTypes.TEXT.equals(BodyTypes.of(ctx)) || BodyTypes.undeclared(ctx) && input.csv();
    List<EventRecord> records = description ? List.of(describedEvent(input)) : read(input);
    if (records.isEmpty()) {
      throw ApiException.badRequest(input.source() + ": holds no events");
    }
    // One event is explained unless told not to, a batch only when asked: explaining costs some
    // hundreds of rule runs per event.
    boolean explain =
        ClassifyEvents.explains(
            asked.isEmpty()
                ? Explaining.ONE_EVENT
                : asked.equals("true") ? Explaining.ALWAYS : Explaining.NEVER,
            format,
            records.size());
    if (explain && records.size() > Limits.MAX_EXPLAINED) {
      throw ApiException.tooLarge(Limits.tooManyExplained(input.source()));
    }
    Function<CellEvent, Classification> run = event -> classify.classify(event, explain);
    if (format == ClassifyFormat.json) {
      answerJson(ctx, description || isOneObject(input, records), records, run);
    } else {
      // The text answers or the graphs one after another, as {@code classify} prints them.
      answerText(ctx, records, run, result -> format.render(result, null, TextOptions.SHORT));
    }
  }

  private static void answerJson(
      Context ctx,
      boolean oneObject,
      List<EventRecord> records,
      Function<CellEvent, Classification> run) {
    List<String> outputs =
        records.stream()
            .map(
                r ->
                    r.isReadable()
                        ? JsonReport.line(run.apply(r.event()))
                        : JsonReport.errorLine(r))
            .toList();
    List<EventRecord> bad = unreadable(records);
    if (oneObject) {
      if (!bad.isEmpty()) {
        throw ApiException.badRequest(bad.get(0).error().getMessage());
      }
      Responses.json(ctx, 200, outputs.get(0));
    } else if (bad.isEmpty()) {
      Responses.json(ctx, 200, Responses.array(outputs));
    } else {
      ObjectNode body =
          ApiErrors.body(
              400,
              bad.get(0).error().getMessage()
                  + (bad.size() > 1
                      ? " (and " + (bad.size() - 1) + " more unreadable records)"
                      : ""));
      body.putRawValue("results", new RawValue(Responses.array(outputs)));
      Responses.json(ctx, 400, body.toString());
    }
  }

  /** The short text answers or the graphs one after another, as {@code classify} prints them. */
  private static void answerText(
      Context ctx,
      List<EventRecord> records,
      Function<CellEvent, Classification> run,
      Function<Classification, String> render) {
    List<EventRecord> bad = unreadable(records);
    if (!bad.isEmpty()) {
      throw ApiException.badRequest(bad.get(0).error().getMessage());
    }
    StringBuilder text = new StringBuilder();
    records.forEach(r -> text.append(render.apply(run.apply(r.event()))).append('\n'));
    ctx.status(200).contentType("text/plain; charset=utf-8").result(text.toString());
  }

  /**
   * A body that is English, not JSON: one event it describes, as {@code classify --text} reads it.
   */
  private static EventRecord describedEvent(RequestText input) {
    String text;
    try (var reader = input.reader()) {
      var out = new java.io.StringWriter();
      reader.transferTo(out);
      text = out.toString();
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      throw ApiException.badRequest(input.source() + ": " + e.getMessage());
    }
    if (text.isBlank()) {
      throw ApiException.badRequest(
          input.source()
              + ": the description is empty: describe one event "
              + "in a sentence, for example \"Neutrophils engulf bacteria.\"");
    }
    String description = text.strip();
    try {
      InputLimits.checkText("description", description, input.source(), 1);
    } catch (InvalidInputException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    return new EventRecord(1, 1, CellEvent.builder().description(description).build(), null);
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
