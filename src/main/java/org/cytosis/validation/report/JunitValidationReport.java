package org.cytosis.validation.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cytosis.validation.ValidationResult;
import org.cytosis.validation.ValidationRun;
import org.cytosis.validation.ValidationVerdict;

/**
 * JUnit XML, the format CI servers publish as test results: one {@code testsuite} per bank file,
 * one {@code testcase} per scenario (named by its id). A verdict other than PASS is a
 * {@code failure} whose type is the verdict, message the headline and body the whole reason; an
 * unreadable record is an {@code error}. Under {@code --strict}, lint on a passing scenario is a
 * failure of type LINT.
 */
public final class JunitValidationReport implements ValidationReport {

  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  @Override
  public void write(ValidationRun run, Writer out) throws IOException {
    Map<String, List<ValidationResult>> suites = new LinkedHashMap<>();
    run.results().forEach(r ->
        suites.computeIfAbsent(r.record().source(), s -> new ArrayList<>()).add(r));
    try {
      XMLStreamWriter xml = XML.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "cytosis validate");
      counts(xml, run.results());
      for (Map.Entry<String, List<ValidationResult>> suite : suites.entrySet()) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", safe(suite.getKey()));
        counts(xml, suite.getValue());
        xml.writeAttribute("skipped", "0");
        for (ValidationResult result : suite.getValue()) {
          testcase(xml, result, className(suite.getKey()));
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
    }
  }

  private static void counts(XMLStreamWriter xml, List<ValidationResult> results)
      throws XMLStreamException {
    long errors = results.stream().filter(r -> r.verdict() == ValidationVerdict.INVALID).count();
    long failures = results.stream().filter(r -> r.verdict() != ValidationVerdict.INVALID)
        .filter(r -> r.verdict() != ValidationVerdict.PASS || !r.lint().isEmpty()).count();
    xml.writeAttribute("tests", Integer.toString(results.size()));
    xml.writeAttribute("failures", Long.toString(failures));
    xml.writeAttribute("errors", Long.toString(errors));
  }

  private static void testcase(XMLStreamWriter xml, ValidationResult result, String className)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    boolean passed = result.verdict() == ValidationVerdict.PASS && result.lint().isEmpty();
    if (passed) {
      xml.writeEmptyElement("testcase");
    } else {
      xml.writeStartElement("testcase");
    }
    xml.writeAttribute("name", safe(result.id()));
    xml.writeAttribute("classname", safe(className));
    if (passed) {
      return;
    }
    xml.writeCharacters("\n      ");
    boolean lintOnly = result.verdict() == ValidationVerdict.PASS;
    xml.writeStartElement(result.verdict() == ValidationVerdict.INVALID ? "error" : "failure");
    xml.writeAttribute("type", lintOnly ? "LINT" : result.verdict().name());
    xml.writeAttribute("message", safe(lintOnly ? result.lint().get(0) : result.reason().headline()));
    xml.writeCharacters(safe(body(result)));
    xml.writeEndElement();
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static String body(ValidationResult result) {
    StringBuilder body = new StringBuilder(result.record().location()).append('\n')
        .append(result.reason().headline()).append('\n');
    result.reason().points().forEach(p -> body.append("- ").append(p).append('\n'));
    result.lint().forEach(l -> body.append("lint: ").append(l).append('\n'));
    return body.toString();
  }

  /** A bank file as a class name, the way CI servers group tests: folders become packages. */
  static String className(String source) {
    String withoutExtension = source.replaceFirst("\\.[^./\\\\]*$", "");
    return withoutExtension.replaceAll("[/\\\\]+", ".").replaceFirst("^\\.+", "");
  }

  /** XML 1.0 cannot carry most control characters, whatever the escaping: replace them. */
  private static String safe(String text) {
    return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "\uFFFD");
  }
}
