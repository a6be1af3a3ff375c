package org.cytosis.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cytosis.io.EventReader;
import org.cytosis.io.EventRecord;
import org.cytosis.io.InputLimits;
import org.cytosis.io.InvalidInputException;
import org.cytosis.io.Utf8Input;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.report.TextOptions;
import org.cytosis.usecase.ClassifyEvents;
import org.cytosis.usecase.ClassifyEvents.Explaining;
import org.cytosis.usecase.ClassifyEvents.Outcome;
import org.cytosis.usecase.ClassifyFormat;
import org.cytosis.usecase.Cytosis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code classify [FILE|-]} or {@code classify --text "..."}. */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description =
        "Classify the events in FILE (one JSON object, an array, or JSON Lines; '-' or nothing for stdin), or one event described with --text.")
final class ClassifyCommand implements Callable<Integer> {

  private final Streams streams;
  private final ClassifierLoading loading;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "Events to classify; '-' for stdin.")
  String file;

  @Option(
      names = "--text",
      paramLabel = "TEXT",
      description = "Classify one event described in English.")
  String text;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description =
          "text (the answer in words; see --explain, --trace, --sources), json (JSON Lines, one result per input), "
              + "dot (Graphviz) or mermaid: the justification graph, one per event. Default: ${DEFAULT-VALUE}.")
  ClassifyFormat format;

  @Option(
      names = "--explain",
      description =
          "Explain every event: how, why not the other answers, what would change it. One event (--text, or a file "
              + "holding one) is explained anyway; an explanation costs some hundreds of extra rule runs per event.")
  boolean explain;

  @Option(names = "--no-explain", description = "Explain no event, not even a single one.")
  boolean noExplain;

  @Option(names = "--trace", description = "Text: also list the rules that fired, in order.")
  boolean trace;

  @Option(names = "--sources", description = "Text: also give the catalogue IDs behind each claim.")
  boolean sources;

  @Mixin RulesOption rules;

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
    if (explain && noExplain) {
      streams.err().println("cytosis classify: give either --explain or --no-explain, not both");
      return Main.BAD_INPUT;
    }
    if (text != null && text.isBlank()) {
      streams
          .err()
          .println(
              "cytosis classify: --text is empty: describe one event in a sentence, "
                  + "for example --text \"Neutrophils engulf bacteria.\"");
      return Main.BAD_INPUT;
    }
    if (noExplain && format.isDiagram()) {
      streams
          .err()
          .println(
              "cytosis classify: --format "
                  + format
                  + " draws the explanation; it cannot be combined with --no-explain");
      return Main.BAD_INPUT;
    }
    // The rule base loads on another core while this thread opens and parses the input.
    CompletableFuture<Cytosis> loaded = loading.rules(rules);
    try {
      if (text != null) {
        return classifyText(loaded);
      }
      return classifyRecords(loaded);
    } catch (CompletionException e) {
      if (e.getCause() instanceof InvalidInputException invalid) {
        streams.err().println("cytosis classify: " + invalid.getMessage());
        return Main.BAD_INPUT;
      }
      throw e;
    }
  }

  /** {@code --text}: read as strictly as a description in a file, and named as the source. */
  private int classifyText(CompletableFuture<Cytosis> loaded) {
    CellEvent event = CellEvent.builder().description(text).build();
    Classification result;
    try {
      InputLimits.checkText("description", text, "--text", 0);
      result = loaded.join().classify().classify(event, !noExplain);
    } catch (InvalidInputException e) {
      streams
          .err()
          .println(
              "cytosis classify: "
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
  private int classifyRecords(CompletableFuture<Cytosis> loaded) {
    String source = file == null || file.equals("-") ? "<stdin>" : file;
    try (Reader reader = open(source);
        Stream<EventRecord> records = EventReader.read(source, reader)) {
      // A file of one event is explained like --text; a batch only when asked, as explaining costs
      // some hundreds of rule runs per event. Two records are read ahead to tell which it is.
      Iterator<EventRecord> read = records.iterator();
      List<EventRecord> ahead = new ArrayList<>();
      while (ahead.size() < 2 && read.hasNext()) {
        ahead.add(read.next());
      }
      // Descriptions ahead: the part-of-speech model, with the lexicon the longest part of the
      // English reader to load, starts loading now on its own thread, beside the rules, not on the
      // first one read.
      if (ahead.stream().anyMatch(ClassifyCommand::described)) {
        ClassifierLoading.loadTaggerAside();
      }
      boolean explained =
          ClassifyEvents.explains(
              explain ? Explaining.ALWAYS : noExplain ? Explaining.NEVER : Explaining.ONE_EVENT,
              format,
              ahead.size());
      Stream<EventRecord> all =
          Stream.concat(
              ahead.stream(),
              StreamSupport.stream(
                  Spliterators.spliteratorUnknownSize(read, Spliterator.ORDERED), false));
      try (ProgressDisplay progress =
          explained && ahead.size() > 1 ? progress(source) : ProgressDisplay.none()) {
        return classifyAll(loaded, source, all, explained, progress);
      }
    } catch (NoSuchFileException e) {
      streams.err().println("cytosis classify: " + source + ": no such file");
      return Main.BAD_INPUT;
    } catch (InvalidInputException notText) { // a PNG, a zip: one line for the whole input
      streams.err().println("cytosis classify: " + notText.getMessage());
      return Main.BAD_INPUT;
    } catch (IOException | java.io.UncheckedIOException e) {
      streams.err().println("cytosis classify: " + source + ": cannot be read: " + e.getMessage());
      return Main.BAD_INPUT;
    }
  }

  private static boolean described(EventRecord record) {
    return record.isReadable()
        && record.event().description() != null
        && !record.event().description().isBlank();
  }

  /**
   * A bar for explaining a batch, on a terminal only (see {@link ProgressDisplay}): a file's events
   * are counted first, a quick read beside the explaining; stdin's cannot be, so its bar only
   * counts.
   */
  private ProgressDisplay progress(String source) throws IOException {
    if (!ProgressDisplay.wanted(streams, true)) {
      return ProgressDisplay.none();
    }
    long total = -1;
    if (!source.equals("<stdin>")) {
      try (Reader reader = open(source);
          Stream<EventRecord> records = EventReader.read(source, reader)) {
        total = records.count();
      }
    }
    return ProgressDisplay.open(streams, "explain", total, ProgressDisplay.MIN_EXPLAINED, true);
  }

  private int classifyAll(
      CompletableFuture<Cytosis> loaded,
      String source,
      Stream<EventRecord> records,
      boolean explained,
      ProgressDisplay progress) {
    try (Stream<Outcome> outcomes =
        ClassifyEvents.classifyAll(
            () -> loaded.join().classify(),
            source,
            records,
            explained,
            format,
            c -> render(c.event(), c.result()))) {
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
        progress.step();
      }
      if (count == 0) {
        loaded.join(); // a rules folder that does not compile is the first thing to report
        streams.err().println("cytosis classify: " + source + ": holds no events");
        return Main.BAD_INPUT;
      }
      return bad ? Main.BAD_INPUT : Main.OK;
    }
  }

  private Reader open(String source) throws IOException {
    if (source.equals("<stdin>")) {
      return Utf8Input.reader(streams.in());
    }
    return Utf8Input.open(Path.of(file));
  }

  /**
   * Text shows the full explanation only when asked for; the short answer uses it when it is there.
   */
  private String render(CellEvent event, Classification result) {
    return format.render(result, event.description(), new TextOptions(explain, trace, sources));
  }
}
