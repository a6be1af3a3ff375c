package org.cytosis.validation.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cytosis.output.ReportSink;
import org.cytosis.output.Spill;
import org.cytosis.validation.ValidationResult;
import org.cytosis.validation.ValidationTally;
import org.cytosis.validation.ValidationVerdict;

/**
 * JUnit XML, the format CI servers publish as test results: one {@code testsuite} per bank file,
 * one {@code testcase} per scenario (named by its id). A verdict other than PASS is a {@code
 * failure} whose type is the verdict, message the headline and body the whole reason; an unreadable
 * record is an {@code error}. Under {@code --strict}, lint on a passing scenario is a failure of
 * type LINT.
 *
 * <p>The totals come first in the XML, in the {@code testsuites} and {@code testsuite} elements, so
 * the test cases are kept in a temporary file as they come, with each suite's counts, and the
 * document is written when the run ends.
 */
public final class JunitValidationReport implements ValidationReport {

  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
  private static final Pattern NOT_IN_XML =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  /** Where some test cases are in the spill: from a character, for a number of characters. */
  private static final class Segment {
    final long from;
    long chars;

    Segment(long from) {
      this.from = from;
    }
  }

  /**
   * A bank file's counts, and where its test cases are in the spill: one segment, or more when the
   * file is named again later in the run (its cases are then still one suite).
   */
  private static final class Suite {
    final String source;
    final List<Segment> segments = new ArrayList<>();
    int tests;
    int failures;
    int errors;

    Suite(String source) {
      this.source = source;
    }

    void count(ValidationResult result) {
      tests++;
      if (result.verdict() == ValidationVerdict.INVALID) {
        errors++;
      } else if (result.verdict() != ValidationVerdict.PASS || !result.lint().isEmpty()) {
        failures++;
      }
    }
  }

  @Override
  public ReportSink<ValidationResult, String, ValidationTally> open(
      Writer out, BankSurvey survey, boolean strict) {
    Spill cases = new Spill();
    Map<String, Suite> suites = new LinkedHashMap<>();
    return new ReportSink<>() {
      private Segment current;
      private String currentSource;

      @Override
      public String render(ValidationResult result) {
        return testcase(result);
      }

      @Override
      public void write(ValidationResult result, String testcase) throws IOException {
        String source = result.record().source();
        Suite suite = suites.computeIfAbsent(source, Suite::new);
        if (!source.equals(currentSource)) {
          current = new Segment(cases.length());
          suite.segments.add(current);
          currentSource = source;
        }
        suite.count(result);
        current.chars += testcase.length();
        cases.write(testcase);
      }

      @Override
      public void finish(ValidationTally tally) throws IOException {
        try {
          document(out, suites.values(), cases);
        } catch (XMLStreamException e) {
          throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
      }

      @Override
      public void close() throws IOException {
        cases.close();
      }
    };
  }

  private static void document(Writer out, Collection<Suite> suites, Spill cases)
      throws XMLStreamException, IOException {
    XMLStreamWriter xml = XML.createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("testsuites");
    xml.writeAttribute("name", "cytosis validate");
    counts(
        xml,
        suites.stream().mapToInt(s -> s.tests).sum(),
        suites.stream().mapToInt(s -> s.failures).sum(),
        suites.stream().mapToInt(s -> s.errors).sum());
    for (Suite suite : suites) {
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", safe(suite.source));
      counts(xml, suite.tests, suite.failures, suite.errors);
      xml.writeAttribute("skipped", "0");
      xml.writeCharacters(""); // ends the start tag, so that the test cases can follow it
      xml.flush();
      for (Segment segment : suite.segments) {
        cases.copyTo(out, segment.from, segment.chars);
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
  }

  private static void counts(XMLStreamWriter xml, int tests, int failures, int errors)
      throws XMLStreamException {
    xml.writeAttribute("tests", Integer.toString(tests));
    xml.writeAttribute("failures", Integer.toString(failures));
    xml.writeAttribute("errors", Integer.toString(errors));
  }

  /** One test case as XML, indented to sit in its suite. */
  private static String testcase(ValidationResult result) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml;
      synchronized (XML) { // a factory is not documented as safe to share between threads
        xml = XML.createXMLStreamWriter(text);
      }
      testcase(xml, result, className(result.record().source()));
      xml.writeCharacters(""); // ends an empty element's tag
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write a test case to a string", e);
    }
    return text.toString();
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
    xml.writeAttribute(
        "message", safe(lintOnly ? result.lint().get(0) : result.reason().headline()));
    xml.writeCharacters(safe(body(result)));
    xml.writeEndElement();
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static String body(ValidationResult result) {
    StringBuilder body =
        new StringBuilder(result.record().location())
            .append('\n')
            .append(result.reason().headline())
            .append('\n');
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
    return NOT_IN_XML.matcher(text).replaceAll("\uFFFD");
  }
}
