package org.cytosis.validation.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import org.cytosis.io.JsonSupport;
import org.cytosis.output.ReportSink;
import org.cytosis.validation.ValidationResult;
import org.cytosis.validation.ValidationTally;

/**
 * JSON Lines, one object per result: {@code id}, {@code verdict}, {@code expected} (the key),
 * {@code actual} (the classification, null when the record could not be read), {@code reason}, then
 * {@code location} (file:line), {@code lint} and {@code columns} (the record's columns that Cytosis
 * does not read, unchanged).
 */
public final class JsonValidationReport implements ValidationReport {

  @Override
  public ReportSink<ValidationResult, String, ValidationTally> open(
      Writer out, BankSurvey survey, boolean strict) {
    return ReportSink.lines(out, JsonValidationReport::line);
  }

  static String line(ValidationResult result) {
    ObjectNode node = JsonSupport.MAPPER.createObjectNode();
    node.put("id", result.id());
    node.put("verdict", result.verdict().name());
    node.putPOJO("expected", result.expected());
    node.putPOJO("actual", result.actual());
    node.put("reason", result.reason().text());
    node.put("location", result.record().location());
    var lint = node.putArray("lint");
    result.lint().forEach(lint::add);
    ObjectNode columns = node.putObject("columns");
    result.record().extraColumns().forEach(columns::put);
    return node.toString();
  }
}
