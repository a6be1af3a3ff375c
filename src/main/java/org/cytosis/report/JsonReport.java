package org.cytosis.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.cytosis.io.EventRecord;
import org.cytosis.io.JsonSupport;
import org.cytosis.model.Classification;

/** One JSON line per input record: a classification, or the error that kept it from being read. */
public final class JsonReport {

  private JsonReport() {}

  public static String line(Classification c) {
    try {
      return JsonSupport.MAPPER.writeValueAsString(c);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line standing in for an unreadable record, so that output stays one line per input. */
  public static String errorLine(EventRecord record) {
    ObjectNode node = JsonSupport.MAPPER.createObjectNode();
    node.put("record", record.index());
    node.put("line", record.line());
    node.put("error", record.error().getMessage());
    return node.toString();
  }
}
