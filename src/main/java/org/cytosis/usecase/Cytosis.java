package org.cytosis.usecase;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cytosis.engine.Classifier;
import org.cytosis.explain.Explainer;
import org.cytosis.grading.GradingRules;
import org.cytosis.text.TextReader;

/**
 * The rules of one run (the built-in ones, or a folder's) and the use cases over them: classifying,
 * validating banks, grading answers. The command line and the web API are thin adapters over these;
 * neither assembles a pipeline of its own. Thread-safe: build one and share it.
 */
public final class Cytosis {

  private final Classifier classifier;

  /**
   * Loaded when first asked for: the grading tables read the English lexicon, which classifying
   * events given as fields never needs.
   */
  private final Supplier<GradingRules> grading;

  private final ClassifyEvents classify;
  private final ValidateBanks validate;
  private volatile GradeAnswers grade;

  private Cytosis(Classifier classifier, Function<Classifier, GradingRules> grading) {
    this.classifier = Objects.requireNonNull(classifier, "classifier must not be null");
    this.grading = new Once<>(() -> grading.apply(classifier));
    this.classify = new ClassifyEvents(classifier, new Explainer(classifier));
    this.validate = new ValidateBanks(classifier);
  }

  /** The rules, lexicon and grading tables packaged in Cytosis. */
  public static Cytosis builtIn() {
    return of(Classifier.create());
  }

  /**
   * The rules of a folder (its DRL files, its {@code lexicon/} and {@code grading/} folders when it
   * has them), compiled now; null for the built-in ones. Rules are code: only load a folder you
   * trust.
   *
   * @throws org.cytosis.io.InvalidInputException if the folder or one of its tables is unreadable
   */
  public static Cytosis fromRulesDirectory(Path rulesDir) {
    if (rulesDir == null) {
      return builtIn();
    }
    return new Cytosis(
        Classifier.fromRulesDirectory(rulesDir),
        classifier -> GradingRules.fromRulesDirectory(rulesDir, classifier));
  }

  /** The use cases over {@code classifier}, with the built-in grading tables. */
  public static Cytosis of(Classifier classifier) {
    return new Cytosis(classifier, GradingRules::builtIn);
  }

  /** Classifying and explaining events. */
  public ClassifyEvents classify() {
    return classify;
  }

  /** Checking banks of scenarios against their answer keys. */
  public ValidateBanks validate() {
    return validate;
  }

  /**
   * Grading students' answers against a key.
   *
   * @throws org.cytosis.io.InvalidInputException if a grading table of the rules folder is bad
   */
  public GradeAnswers grade() {
    GradeAnswers made = grade;
    if (made == null) {
      made = new GradeAnswers(classifier, grading.get());
      grade = made;
    }
    return made;
  }

  /** How many rules the rule base holds (differs under a rules folder). */
  public int ruleCount() {
    return classifier.rules().size();
  }

  /** How many statements the catalogue the rules cite holds. */
  public int catalogueEntries() {
    return classifier.catalogue().ids().size();
  }

  /** Loads the English reader now rather than on the first description. */
  public void loadEnglish() {
    classifier.textReader();
  }

  /**
   * Loads the part-of-speech model that English reading shares, if not yet loaded: with the
   * lexicon, the longest part of the reader to load, so a command that knows text is coming loads
   * it on another thread, beside the rules (see {@link TextReader#loadTagger}).
   */
  public static void loadTagger() {
    TextReader.loadTagger();
  }

  /** The example sentences of the built-in reading tables, one per table row. */
  public static java.util.List<String> readingExamples() {
    return TextReader.builtInExamples();
  }

  /**
   * Every rule of the rule base with its metadata, as {@code cytosis rules} lists them.
   *
   * @return the rules, in the rule base's order
   */
  public java.util.List<RuleEntry> rules() {
    return classifier.rules().stream().map(RuleEntry::of).toList();
  }

  /** The classifier underneath, for a library user who needs more than the use cases. */
  public Classifier classifier() {
    return classifier;
  }

  /**
   * The grading tables in use, loaded now if they were not yet.
   *
   * @throws org.cytosis.io.InvalidInputException if a grading table of the rules folder is bad
   */
  public GradingRules gradingRules() {
    return grading.get();
  }

  /** A value made by the first caller; the others wait for it. */
  private static final class Once<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    Once(Supplier<T> make) {
      this.make = make;
    }

    @Override
    public T get() {
      T made = value;
      if (made == null) {
        synchronized (this) {
          if (value == null) {
            value = make.get();
          }
          made = value;
        }
      }
      return made;
    }
  }
}
