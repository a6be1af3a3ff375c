package org.cytosis.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cytosis.engine.Classifier;
import org.cytosis.io.EventReader;
import org.cytosis.io.EventRecord;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.report.DotReport;
import org.cytosis.report.JsonReport;
import org.cytosis.report.MermaidReport;
import org.cytosis.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code classify [FILE|-]} or {@code classify --text "..."}. */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = "Classify the events in FILE (one JSON object, an array, or JSON Lines; '-' or nothing for stdin), or one event described with --text.")
final class ClassifyCommand implements Callable<Integer> {

  private final Streams streams;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "Events to classify; '-' for stdin.")
  String file;

  @Option(names = "--text", paramLabel = "TEXT", description = "Classify one event described in English.")
  String text;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (readable, with the trace and the explanation), json (JSON Lines, one result per input), "
          + "dot (Graphviz) or mermaid: the justification graph, one per event. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--no-explain",
      description = "Leave out the explanation (why not, counterfactuals), which costs some hundreds of extra rule runs per event: for big batches.")
  boolean noExplain;

  @Mixin
  RulesOption rules;

  ClassifyCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    if (text != null && file != null) {
      streams.err().println("cytosis classify: give either FILE or --text, not both");
      return Main.BAD_INPUT;
    }
    if (noExplain && format.isDiagram()) {
      streams.err().println("cytosis classify: --format " + format + " draws the explanation; it cannot be combined with --no-explain");
      return Main.BAD_INPUT;
    }
    try {
      Classifier classifier = rules.classifier();
      if (text != null) {
        CellEvent event = CellEvent.builder().description(text).build();
        print(event, run(classifier, event));
        return Main.OK;
      }
      return classifyRecords(classifier);
    } catch (InvalidInputException e) {
      streams.err().println("cytosis classify: " + e.getMessage());
      return Main.BAD_INPUT;
    }
  }

  private int classifyRecords(Classifier classifier) {
    String source = file == null || file.equals("-") ? "<stdin>" : file;
    try (Reader reader = open(source); Stream<EventRecord> records = EventReader.read(source, reader)) {
      int count = 0;
      boolean bad = false;
      for (Iterator<EventRecord> it = records.iterator(); it.hasNext(); ) {
        EventRecord record = it.next();
        count++;
        if (record.isReadable()) {
          print(record.event(), run(classifier, record.event()));
        } else {
          bad = true;
          streams.err().println("cytosis classify: " + record.error().getMessage());
          streams.out().println(switch (format) {
            case json -> JsonReport.errorLine(record);
            case dot -> "// record " + record.index() + ": not classified: " + record.error().getMessage() + "\n";
            case mermaid -> "%% record " + record.index() + ": not classified: " + record.error().getMessage() + "\n";
            case text -> "record " + record.index() + ": not classified: " + record.error().getMessage() + "\n";
          });
        }
      }
      if (count == 0) {
        streams.err().println("cytosis classify: " + source + ": holds no events");
        return Main.BAD_INPUT;
      }
      return bad ? Main.BAD_INPUT : Main.OK;
    } catch (NoSuchFileException e) {
      streams.err().println("cytosis classify: " + source + ": no such file");
      return Main.BAD_INPUT;
    } catch (IOException | java.io.UncheckedIOException e) {
      streams.err().println("cytosis classify: " + source + ": cannot be read: " + e.getMessage());
      return Main.BAD_INPUT;
    }
  }

  private Reader open(String source) throws IOException {
    if (source.equals("<stdin>")) {
      return new InputStreamReader(streams.in(), StandardCharsets.UTF_8);
    }
    return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
  }

  private Classification run(Classifier classifier, CellEvent event) {
    return noExplain ? classifier.classify(event) : classifier.explain(event);
  }

  private void print(CellEvent event, Classification result) {
    streams.out().println(switch (format) {
      case json -> JsonReport.line(result);
      case dot -> DotReport.render(result);
      case mermaid -> MermaidReport.render(result);
      case text -> TextReport.render(result, event.description());
    });
  }
}
