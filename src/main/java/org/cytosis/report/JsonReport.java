package org.cytosis.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.cytosis.io.EventRecord;
import org.cytosis.io.JsonSupport;
import org.cytosis.model.Classification;

/** One JSON line per input record: a classification, or the error that kept it from being read. */
public final class JsonReport {

  private JsonReport() {}

  public static String line(Classification c) {
    if (c.explanation() == null) {
      return ClassificationJson.lineUnchecked(c); // the streaming writer: what batches write
    }
    try {
      return JsonSupport.MAPPER.writeValueAsString(c);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line standing in for an unreadable record, so that output stays one line per input. */
  public static String errorLine(EventRecord record) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonSupport.MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("record", record.index());
      g.writeNumberField("line", record.line());
      g.writeStringField("error", record.error().getMessage());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
