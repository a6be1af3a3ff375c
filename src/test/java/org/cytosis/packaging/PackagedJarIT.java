package org.cytosis.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.cytosis.io.JsonSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jars and the launcher, as a user runs them after {@code mvn package}: run by
 * failsafe in {@code integration-test}, after the self-contained {@code target/cytosis.jar}, the
 * library jar and the class-data-sharing archive are built. Each run is a whole JVM, started from a
 * folder that holds no rules, so only what the jar carries can answer.
 */
class PackagedJarIT {

  private static final Path HOME = Path.of("").toAbsolutePath();
  private static final Path JAR = HOME.resolve("target/cytosis.jar");
  private static final Path LAUNCHER = HOME.resolve("bin/cytosis");
  private static final Path TESTCASES = HOME.resolve("testcases");
  private static final String PRECOMPILED_INDEX = "META-INF/kie/org.cytosis/cytosis/drools-model";

  /** Every scenario event of testcases/, one per line, in file order. */
  private static Path events;

  @BeforeAll
  static void writeTheScenarioEvents(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path file : scenarioFiles()) {
      lines.add(JsonSupport.MAPPER.readTree(file.toFile()).get("event").toString());
    }
    events = Files.write(dir.resolve("events.jsonl"), lines);
  }

  @Test
  void theJarCarriesThePrecompiledModelOfEveryRulePackage() throws IOException {
    // given the index the kie-maven-plugin writes, read from the jar itself
    try (JarFile jar = new JarFile(JAR.toFile())) {
      var index = jar.getEntry(PRECOMPILED_INDEX);
      assertThat(index).as("model index in the jar").isNotNull();
      List<String> models =
          new String(jar.getInputStream(index).readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.startsWith("Drools-Model-Version"))
              .toList();
      // then it names one model per folder of rules/, and each is a class in the jar
      try (Stream<Path> folders = Files.list(HOME.resolve("rules"))) {
        long ruleFolders = folders.filter(Files::isDirectory).filter(d -> hasDrl(d)).count();
        assertThat(models).hasSize((int) ruleFolders);
      }
      for (String model : models) {
        assertThat(jar.getEntry(model.replace('.', '/') + ".class")).as(model).isNotNull();
      }
    }
  }

  @Test
  void theJarAloneInAnEmptyFolderClassifies(@TempDir Path empty) throws Exception {
    // given nothing but a copy of the jar (no lib/ folder, no rules, no class-data archive)
    Path jar = Files.copy(JAR, empty.resolve("cytosis.jar"));
    // when it classifies an English description, and then compiles the rules from DRL at start-up
    Run text =
        run(
            empty,
            List.of(
                "java",
                "-jar",
                jar.getFileName().toString(),
                "classify",
                "--format",
                "json",
                "--text",
                "A neutrophil engulfs a bacterium."));
    Run compiled =
        run(
            empty,
            List.of(
                "java",
                "-jar",
                jar.getFileName().toString(),
                "classify",
                "--rules",
                HOME.resolve("rules").toString(),
                "--format",
                "json",
                "--text",
                "A neutrophil engulfs a bacterium."));
    // then both answer phagocytosis, with no error and no logging on stderr (the jar carries the
    // logging set-up that keeps Drools' INFO messages quiet)

    try (Stream<Path> files = Files.list(empty)) {
      assertThat(files).containsExactly(jar);
    }
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.err()).isEmpty();
    assertThat(JsonSupport.MAPPER.readTree(text.out()).get("label").asText())
        .isEqualTo("PHAGOCYTOSIS");
    assertThat(compiled.exit()).as(compiled.err()).isZero();
    assertThat(compiled.out()).isEqualTo(text.out());
  }

  @Test
  void theLibraryJarHasAModuleNameAndNoCommandLineInside() throws IOException {
    // given the library jar beside the runnable one (the artifact a consumer depends on)
    Path library;
    try (Stream<Path> jars = Files.list(HOME.resolve("target"))) {
      library =
          jars.filter(p -> p.getFileName().toString().matches("cytosis-[0-9].*[0-9T]\\.jar"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no target/cytosis-VERSION.jar"));
    }
    try (JarFile jar = new JarFile(library.toFile())) {
      // then it names its module, carries the licence and the precompiled rules, and no
      // library of the command line or the web server (those are optional dependencies)
      assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("org.cytosis");
      assertThat(jar.getEntry("META-INF/LICENSE")).isNotNull();
      assertThat(jar.getEntry("META-INF/NOTICE")).isNotNull();
      assertThat(jar.getEntry(PRECOMPILED_INDEX)).isNotNull();
      assertThat(jar.getEntry("simplelogger.properties"))
          .as("the runnable's logging set-up")
          .isNull();

      assertThat(jar.stream().map(e -> e.getName()))
          .noneMatch(
              n ->
                  n.startsWith("picocli/")
                      || n.startsWith("io/javalin/")
                      || n.startsWith("org/slf4j/")
                      || n.startsWith("kotlin/"));
    }
  }

  @Test
  void theJarValidatesEveryScenarioFromAFolderWithNoRules(@TempDir Path elsewhere)
      throws Exception {
    // when the README's main job runs from another folder
    Run run =
        run(elsewhere, List.of("java", "-jar", JAR.toString(), "validate", TESTCASES.toString()));
    // then every scenario passes
    int scenarios = scenarioFiles().size();
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains(scenarios + " scenarios: " + scenarios + " PASS");
  }

  @Test
  void theLauncherWritesWhatTheJarWritesByteForByte(@TempDir Path elsewhere) throws Exception {
    // given the scenario events, classified by plain java -jar
    Run plain =
        run(
            elsewhere,
            List.of(
                "java",
                "-jar",
                JAR.toString(),
                "classify",
                "--no-explain",
                "--format",
                "json",
                events.toString()));
    // when bin/cytosis classifies them (class-data-sharing archive, its own JVM options)
    Run launched =
        run(
            elsewhere,
            List.of(
                LAUNCHER.toString(),
                "classify",
                "--no-explain",
                "--format",
                "json",
                events.toString()));
    // then the same bytes, the same exit code, and nothing on stderr (no JVM warning)
    assertThat(plain.exit()).as(plain.err()).isZero();
    assertThat(launched.exit()).isEqualTo(plain.exit());
    assertThat(launched.out()).isEqualTo(plain.out());
    assertThat(launched.err()).isEmpty();
  }

  @Test
  void aRulesFolderCompiledByThePackagedJarGivesTheSameResults(@TempDir Path elsewhere)
      throws Exception {
    // given the precompiled model's results
    Run precompiled =
        run(
            elsewhere,
            List.of(
                "java",
                "-jar",
                JAR.toString(),
                "classify",
                "--no-explain",
                "--format",
                "json",
                events.toString()));
    // when the same DRL is compiled at start-up from the rules folder
    Run compiled =
        run(
            elsewhere,
            List.of(
                "java",
                "-jar",
                JAR.toString(),
                "classify",
                "--rules",
                HOME.resolve("rules").toString(),
                "--no-explain",
                "--format",
                "json",
                events.toString()));
    // then the same results
    assertThat(compiled.exit()).as(compiled.err()).isZero();
    assertThat(compiled.out()).isEqualTo(precompiled.out());
  }

  @Test
  void theLauncherLeavesOutAnArchiveOlderThanTheJar(@TempDir Path home) throws Exception {
    // given a copy of the build whose archive is older than its jar (a jar rebuilt since)
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("target"));
    Files.copy(LAUNCHER, home.resolve("bin/cytosis"));
    Files.copy(JAR, home.resolve("target/cytosis.jar"));
    Path archive =
        Files.copy(HOME.resolve("target/cytosis.jsa"), home.resolve("target/cytosis.jsa"));
    Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    // when it runs
    Run run =
        run(
            home,
            List.of(
                "bash",
                home.resolve("bin/cytosis").toString(),
                "classify",
                "--no-explain",
                "--format",
                "json",
                events.toString()));
    // then it runs without the archive, which the JVM would refuse with a warning
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).hasSize(scenarioFiles().size());
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(Path dir, List<String> command) throws Exception {
    Path out = Files.createTempFile("cytosis-out", ".txt");
    Path err = Files.createTempFile("cytosis-err", ".txt");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("still running after 5 minutes: " + command);
      }
      return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static List<Path> scenarioFiles() throws IOException {
    try (Stream<Path> files = Files.walk(TESTCASES)) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .filter(p -> !p.getFileName().toString().endsWith(".schema.json"))
          .sorted()
          .toList();
    }
  }

  private static boolean hasDrl(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(f -> f.toString().endsWith(".drl"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
