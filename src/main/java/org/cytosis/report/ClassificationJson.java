package org.cytosis.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.cytosis.io.JsonSupport;
import org.cytosis.model.Classification;
import org.cytosis.model.Conflict;
import org.cytosis.model.EventResult;
import org.cytosis.model.Evidence;
import org.cytosis.model.Finding;
import org.cytosis.model.Label;
import org.cytosis.model.NegatedMention;
import org.cytosis.model.Question;
import org.cytosis.model.TraceStep;

/**
 * Writes a classification as one line of JSON straight through Jackson's streaming generator: the
 * same bytes the object mapper writes for it (field order, nulls and omitted empties as the model's
 * annotations say), without the mapper's reflective serializers, which cost about as much per
 * event as a third of the rules. A batch writes millions of these. An explained classification
 * goes to the mapper: its explanation is large and rare in batches, and one writer of it is enough.
 *
 * <p>{@code ClassificationJsonTest} holds this writer to the mapper's bytes.
 */
final class ClassificationJson {

  private ClassificationJson() {}

  static String line(Classification c) throws IOException {
    SegmentedStringWriter out = new SegmentedStringWriter(JsonSupport.MAPPER.getFactory()._getBufferRecycler());
    try (JsonGenerator g = JsonSupport.MAPPER.getFactory().createGenerator(out)) {
      write(g, c);
    }
    return out.getAndClear();
  }

  /** As {@code @JsonPropertyOrder} on {@link Classification} lists them. */
  private static void write(JsonGenerator g, Classification c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    enumField(g, "status", c.status());
    enumField(g, "label", c.label());
    g.writeFieldName("lineage");
    g.writeStartArray();
    for (Label l : c.lineage()) {
      g.writeString(l.name());
    }
    g.writeEndArray();
    g.writeStringField("goTerm", c.goTerm());
    g.writeNumberField("confidence", c.confidence());
    if (c.note() != null) {
      g.writeStringField("note", c.note());
    }
    findings(g, "findings", c.findings());
    if (!c.negated().isEmpty()) {
      g.writeFieldName("negated");
      g.writeStartArray();
      for (NegatedMention m : c.negated()) {
        g.writeStartObject();
        enumField(g, "criterion", m.criterion());
        g.writeStringField("value", m.value());
        evidence(g, m.evidence());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeFieldName("conflicts");
    g.writeStartArray();
    for (Conflict conflict : c.conflicts()) {
      g.writeStartObject();
      enumField(g, "level", conflict.level());
      g.writeFieldName("first");
      finding(g, conflict.first());
      g.writeFieldName("second");
      finding(g, conflict.second());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("missing");
    g.writeStartArray();
    for (Question q : c.missing()) {
      g.writeStartObject();
      enumField(g, "criterion", q.criterion());
      g.writeStringField("question", q.question());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!c.events().isEmpty()) {
      g.writeFieldName("events");
      g.writeStartArray();
      for (EventResult e : c.events()) {
        event(g, e);
      }
      g.writeEndArray();
    }
    g.writeFieldName("trace");
    g.writeStartArray();
    for (TraceStep step : c.trace()) {
      g.writeStartObject();
      g.writeStringField("rule", step.rule());
      g.writeStringField("criterion", step.criterion());
      strings(g, "sources", step.sources());
      strings(g, "matched", step.matched());
      strings(g, "concluded", step.concluded());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void event(JsonGenerator g, EventResult e) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("main", e.main());
    g.writeStringField("text", e.text());
    g.writeNumberField("start", e.start());
    g.writeNumberField("end", e.end());
    g.writeFieldName("roles");
    g.writeStartArray();
    for (EventResult.ReadRole r : e.roles()) {
      g.writeStartObject();
      g.writeStringField("role", r.role());
      g.writeStringField("text", r.text());
      g.writeStringField("criterion", r.criterion());
      g.writeBooleanField("counts", r.counts());
      g.writeEndObject();
    }
    g.writeEndArray();
    enumField(g, "status", e.status());
    enumField(g, "label", e.label());
    findings(g, "findings", e.findings());
    g.writeEndObject();
  }

  private static void findings(JsonGenerator g, String name, List<Finding> findings)
      throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (Finding f : findings) {
      finding(g, f);
    }
    g.writeEndArray();
  }

  /** As {@code @JsonPropertyOrder} on {@link Finding} lists them. */
  private static void finding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    enumField(g, "criterion", f.criterion());
    g.writeStringField("value", f.value());
    enumField(g, "supports", f.supports());
    enumField(g, "weight", f.weight());
    strings(g, "sources", f.sources());
    g.writeStringField("rule", f.rule());
    evidence(g, f.evidence());
    g.writeEndObject();
  }

  /** {@link Evidence} leaves out what is null. */
  private static void evidence(JsonGenerator g, Evidence e) throws IOException {
    g.writeFieldName("evidence");
    if (e == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("field", e.field());
    if (e.start() != null) {
      g.writeNumberField("start", e.start());
    }
    if (e.end() != null) {
      g.writeNumberField("end", e.end());
    }
    if (e.text() != null) {
      g.writeStringField("text", e.text());
    }
    if (e.negatedBy() != null) {
      g.writeStringField("negatedBy", e.negatedBy());
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void enumField(JsonGenerator g, String name, Enum<?> value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value.name());
    }
  }

  /** Wraps the generator's checked exception, which writing to a string never throws. */
  static String lineUnchecked(Classification c) {
    try {
      return line(c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
