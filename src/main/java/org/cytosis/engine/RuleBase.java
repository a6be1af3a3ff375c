package org.cytosis.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cytosis.io.InvalidInputException;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSessionsPool;

/** Loads the rules once: the built-in rule base from the class path, or a folder of DRL files. */
final class RuleBase {

  final KieBase kieBase;

  /** Sessions are reset and reused rather than built anew for each event (see RuleSession). */
  final KieSessionsPool sessions;

  final Map<String, RuleInfo> rules;

  /**
   * The same rules by the rule base's own {@link Rule} objects, which are the ones a match names:
   * the trace looks a firing rule up here, by identity, without building its key.
   */
  final Map<Rule, RuleInfo> byRule;

  final Catalogue catalogue;

  private RuleBase(KieBase kieBase, Catalogue catalogue) {
    this.kieBase = kieBase;
    this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    this.catalogue = catalogue;
    Map<Rule, RuleInfo> byRule = new IdentityHashMap<>();
    kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> byRule.put(r, RuleInfo.of(r))));
    this.byRule = Collections.unmodifiableMap(byRule);
    this.rules =
        byRule.values().stream()
            .collect(Collectors.toUnmodifiableMap(RuleInfo::key, Function.identity()));
  }

  /**
   * The rules packaged in the jar, precompiled at build time into Drools' executable model (see the
   * kie-maven-plugin in pom.xml and {@link PrecompiledModel}). Building the rule base straight from
   * the generated classes skips the class-path scan and kmodule.xml parsing of {@code KieServices},
   * and about half of the start-up time with them.
   */
  static RuleBase builtIn() {
    return new RuleBase(
        KieBaseBuilder.createKieBaseFromModel(PrecompiledModel.load()), Catalogue.builtIn());
  }

  /**
   * Compiles every {@code .drl} file below a folder. Rules are code: only call this for a folder
   * the user named explicitly. Uses {@code catalogue.tsv} from the folder when it has one.
   */
  static RuleBase fromDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InvalidInputException(dir.toString(), 0, "--rules", "is not a folder");
    }
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    List<Path> drl = listDrl(dir);
    if (drl.isEmpty()) {
      throw new InvalidInputException(dir.toString(), 0, "--rules", "holds no .drl files");
    }
    for (Path file : drl) {
      String relative = dir.relativize(file).toString().replace('\\', '/');
      try {
        kfs.write("src/main/resources/rules/" + relative, Files.readString(file));
      } catch (IOException e) {
        throw new InvalidInputException(
            file.toString(), 0, "--rules", "cannot be read: " + e.getMessage());
      }
    }
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      Message first = errors.get(0);
      throw new InvalidInputException(
          sourceOf(dir, first.getPath()),
          first.getLine(),
          "rule",
          firstSentence(first.getText())
              + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : ""));
    }
    KieContainer container = ks.newKieContainer(builder.getKieModule().getReleaseId());
    Catalogue catalogue = Catalogue.builtIn();
    Path tsv = dir.resolve("catalogue.tsv");
    if (Files.isRegularFile(tsv)) {
      try (var in = Files.newInputStream(tsv)) {
        catalogue = Catalogue.read(in);
      } catch (IOException e) {
        throw new InvalidInputException(
            tsv.toString(), 0, "--rules", "cannot be read: " + e.getMessage());
      }
    }
    return new RuleBase(container.getKieBase(), catalogue);
  }

  /** The file in the user's folder that Drools names by its place in the module ("rules/x.drl"). */
  private static String sourceOf(Path dir, String modulePath) {
    if (modulePath == null) {
      return dir.toString();
    }
    String relative =
        modulePath.startsWith("rules/") ? modulePath.substring("rules/".length()) : modulePath;
    return dir.resolve(relative).toString();
  }

  /**
   * The first line of a compiler message, without the Java exception and stack trace that Drools'
   * parser appends to some ("... Exception: java.lang.NullPointerException ... Stack trace: ...").
   */
  private static String firstSentence(String text) {
    String line = text.lines().findFirst().orElse("does not compile");
    int exception = line.indexOf(". Exception:");
    return exception < 0 ? line : line.substring(0, exception);
  }

  private static List<Path> listDrl(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
    } catch (IOException e) {
      throw new InvalidInputException(
          dir.toString(), 0, "--rules", "cannot be read: " + e.getMessage());
    }
  }
}
