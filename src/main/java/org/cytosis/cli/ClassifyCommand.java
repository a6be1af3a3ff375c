package org.cytosis.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.cytosis.batch.OrderedParallelMap;
import org.cytosis.engine.Classifier;
import org.cytosis.io.EventReader;
import org.cytosis.io.EventRecord;
import org.cytosis.io.InputLimits;
import org.cytosis.io.InvalidInputException;
import org.cytosis.io.Utf8Input;
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
  private final ClassifierLoading loading;

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

  ClassifyCommand(Streams streams, ClassifierLoading loading) {
    this.streams = streams;
    this.loading = loading;
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
    // The rule base loads on another core while this thread opens and parses the input.
    CompletableFuture<Classifier> classifier = loading.classifier(rules);
    try {
      if (text != null) {
        return classifyText(classifier);
      }
      return classifyRecords(classifier);
    } catch (CompletionException e) {
      if (e.getCause() instanceof InvalidInputException invalid) {
        streams.err().println("cytosis classify: " + invalid.getMessage());
        return Main.BAD_INPUT;
      }
      throw e;
    }
  }

  /** {@code --text}: read as strictly as a description in a file, and named as the source. */
  private int classifyText(CompletableFuture<Classifier> classifier) {
    CellEvent event = CellEvent.builder().description(text).build();
    Classification result;
    try {
      InputLimits.checkText("description", text, "--text", 0);
      result = run(classifier.join(), event);
    } catch (InvalidInputException e) {
      streams.err().println("cytosis classify: "
          + new InvalidInputException("--text", 0, e.field(), e.problem()).getMessage());
      return Main.BAD_INPUT;
    }
    streams.out().println(render(event, result));
    return Main.OK;
  }

  /**
   * Streams the records through the classifier on every core: constant memory whatever the input
   * size, and output in input order, one entry per record.
   */
  private int classifyRecords(CompletableFuture<Classifier> classifier) {
    String source = file == null || file.equals("-") ? "<stdin>" : file;
    try (Reader reader = open(source);
        Stream<EventRecord> records = EventReader.read(source, reader);
        Stream<Outcome> outcomes = OrderedParallelMap.map(records, r -> outcome(classifier, source, r))) {
      int count = 0;
      boolean bad = false;
      for (Iterator<Outcome> it = outcomes.iterator(); it.hasNext(); ) {
        Outcome outcome = it.next();
        count++;
        if (outcome.error() != null) {
          bad = true;
          streams.err().println("cytosis classify: " + outcome.error());
        }
        streams.out().println(outcome.output());
      }
      if (count == 0) {
        classifier.join(); // a rules folder that does not compile is the first thing to report
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

  /** What one record prints: its result, or the error standing in its place (also for stderr). */
  private record Outcome(String output, String error) {}

  /**
   * Runs on a worker thread: classifying, explaining and rendering are the costly part of a batch.
   * A record the classifier refuses (a description beyond its limits) is an error in its place.
   */
  private Outcome outcome(CompletableFuture<Classifier> classifier, String source,
      EventRecord record) {
    if (record.isReadable()) {
      try {
        return new Outcome(render(record.event(), run(classifier.join(), record.event())), null);
      } catch (InvalidInputException refused) {
        record = new EventRecord(record.index(), record.line(), null,
            new InvalidInputException(source, record.line(), refused.field(), refused.problem()));
      }
    }
    String message = record.error().getMessage();
    return new Outcome(switch (format) {
      case json -> JsonReport.errorLine(record);
      case dot -> "// record " + record.index() + ": not classified: " + message + "\n";
      case mermaid -> "%% record " + record.index() + ": not classified: " + message + "\n";
      case text -> "record " + record.index() + ": not classified: " + message + "\n";
    }, message);
  }

  private Classification run(Classifier classifier, CellEvent event) {
    return noExplain ? classifier.classify(event) : classifier.explain(event);
  }

  private Reader open(String source) throws IOException {
    if (source.equals("<stdin>")) {
      return Utf8Input.reader(streams.in());
    }
    return Utf8Input.open(Path.of(file));
  }

  private String render(CellEvent event, Classification result) {
    return switch (format) {
      case json -> JsonReport.line(result);
      case dot -> DotReport.render(result);
      case mermaid -> MermaidReport.render(result);
      case text -> TextReport.render(result, event.description());
    };
  }
}
