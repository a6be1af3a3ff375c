package org.cytosis.cli;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.cytosis.usecase.Cytosis;
import org.slf4j.LoggerFactory;

/**
 * The classifier of one run, loaded on another core. Building the rule base is the longest step of
 * a command's start-up and parsing the command line the next, so when the arguments already show
 * that the built-in rules will be needed ({@code classify} without {@code --rules}), loading starts
 * before picocli parses them. Otherwise it starts when the command asks.
 */
final class ClassifierLoading {

  private final CompletableFuture<Cytosis> builtIn;

  private ClassifierLoading(CompletableFuture<Cytosis> builtIn) {
    this.builtIn = builtIn;
  }

  static ClassifierLoading forArguments(String... args) {
    boolean needsBuiltIn =
        args.length > 0
            && args[0].equals("classify")
            && Arrays.stream(args).noneMatch(a -> a.startsWith("--rules"));
    if (!needsBuiltIn) {
      return new ClassifierLoading(null);
    }
    // Logging is set up here, before other threads start: Drools and OpenNLP each get a logger
    // while they load, and a logger asked for on one thread while another is setting SLF4J up
    // makes SLF4J write a warning about replayed calls to stderr (seen once in 72 start-ups
    // measured while the rules and the tagger loaded at once).
    LoggerFactory.getILoggerFactory();
    // The English reader loads when first needed; --text needs it for sure, so it loads here too.
    boolean text = Arrays.stream(args).anyMatch(a -> a.startsWith("--text"));
    if (text) {
      loadTaggerAside();
    }
    return new ClassifierLoading(
        CompletableFuture.supplyAsync(
            () -> {
              Cytosis cytosis = Cytosis.builtIn();
              if (text) {
                cytosis.loadEnglish();
              }
              return cytosis;
            }));
  }

  /**
   * The part-of-speech model takes about as long to load as the rules, even in its compact form
   * (BENCHMARKS.md); loaded lazily, it loaded on the first sentence, after them, on the command's
   * thread. A failure here is left for the reading itself to report.
   */
  static void loadTaggerAside() {
    LoggerFactory.getILoggerFactory(); // set up before the thread starts: see forArguments
    Thread loading =
        new Thread(
            () -> {
              try {
                Cytosis.loadTagger();
              } catch (RuntimeException | Error e) {
                // Reported where the sentence is read, with the command's own message.
              }
            },
            "cytosis-tagger-loading");
    loading.setDaemon(true);
    loading.start();
  }

  /** The classifier the {@code --rules} option asks for, loading or loaded. */
  CompletableFuture<Cytosis> rules(RulesOption rules) {
    if (rules.rulesDir == null && builtIn != null) {
      return builtIn;
    }
    return CompletableFuture.supplyAsync(rules::cytosis);
  }
}
