package org.cytosis.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cytosis.io.JsonSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input never becomes code: rules load from a folder only when {@code --rules} names it, JSON never
 * chooses a class to make, a report never hands a spreadsheet a formula, and an error message never
 * repeats more than a short excerpt of what it complains about.
 */
class SecurityTest {

  private static final String TEXT = "A neutrophil engulfs a bacterium.";

  @TempDir Path dir;

  @Test
  void aRulesFolderInTheWorkingDirectoryIsNeverLoadedUnlessRulesNamesIt() throws Exception {
    // given a working directory whose rules/ folder holds the built-in rules plus one that runs
    // code (it writes a file), and a folder of rules that do not compile
    Path pwned = dir.resolve("pwned.txt");
    Path rules = copyBuiltInRules(dir.resolve("rules"));
    Files.writeString(
        rules.resolve("family/rules-are-code.drl"),
        """
        package rules.family;
        import org.cytosis.engine.Observation;
        rule "Rules are code: this one writes a file"
            @criterion("direction")
            @sources("KD-9")
        when
            Observation()
        then
            java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "rules are code");
        end
        """
            .formatted(pwned));
    Path broken = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(
        broken.resolve("broken.drl"), "package rules;\n\nrule \"never ends\"\nwhen\n  Nonsense(\n");
    Cli.Run builtIn = Cli.run("classify", "--text", TEXT, "--format", "json", "--no-explain");
    // when Cytosis runs there without --rules
    ChildJvm.Result there =
        ChildJvm.run(
            dir,
            "256m",
            Input.utf8(""),
            "classify",
            "--text",
            TEXT,
            "--format",
            "json",
            "--no-explain");
    // then it used its own rules: the same result, and no code from the folder ran
    assertThat(there.exit()).isZero();
    assertThat(there.out()).containsExactlyElementsOf(builtIn.outLines());
    assertThat(pwned).doesNotExist();
    // when --rules names the folder, its rules run (that is what the option is for)
    Cli.Run named =
        Cli.run(
            "classify",
            "--rules",
            rules.toString(),
            "--text",
            TEXT,
            "--format",
            "json",
            "--no-explain");
    assertThat(named.exit()).isZero();
    assertThat(named.out()).contains("\"label\":\"PHAGOCYTOSIS\"");
    assertThat(pwned).exists();
    // and a folder whose rules do not compile is one line naming the file and line, exit 2
    Cli.Run bad = Cli.run("classify", "--rules", broken.toString(), "--text", TEXT);
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.errLines())
        .singleElement()
        .asString()
        .contains("broken.drl:")
        .doesNotContain("Exception");
  }

  @Test
  void jsonNeverChoosesTheClassItMakes() throws Exception {
    // given the one mapper Cytosis reads and writes JSON with
    var mapper = JsonSupport.MAPPER;
    // then no default typing is set up, for reading or for writing
    var anything = TypeFactory.defaultInstance().constructType(Object.class);
    assertThat(mapper.getDeserializationConfig().getDefaultTyper(anything)).isNull();
    assertThat(mapper.getSerializationConfig().getDefaultTyper(anything)).isNull();
    // and a class name in the input is only data
    Object read = mapper.readValue("[\"java.lang.ProcessBuilder\",[\"calc\"]]", Object.class);
    assertThat(read).isInstanceOf(List.class);
  }

  @Test
  void theCsvReportHandsASpreadsheetNoFormula() throws Exception {
    // given a bank whose cells start like formulas: in the id, the title and a column of notes
    Path bank = dir.resolve("bank.csv");
    Files.writeString(
        bank,
        "id,title,expected_label,cargo,notes\n"
            + "\"=cmd|' /C calc'!A0\",+1+1,PINOCYTOSIS,FLUID,-2+3\n"
            + "n2,@SUM(A1:A9),PINOCYTOSIS,FLUID,\"\t=1+1\"\n"
            + "n3,plain,PINOCYTOSIS,FLUID,\"\r=1+1\"\n",
        StandardCharsets.UTF_8);
    // when
    Cli.Run run = Cli.run("validate", bank.toString(), "--format", "csv");
    // then every such cell is shown as text, with a leading apostrophe
    List<List<String>> rows = csv(run.out());
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1)).startsWith("'=cmd|' /C calc'!A0", "'+1+1").contains("'-2+3");
    assertThat(rows.get(2)).contains("'@SUM(A1:A9)", "'\t=1+1");
    assertThat(rows.get(3)).contains("'\r=1+1");
    assertThat(rows.stream().flatMap(List::stream))
        .noneMatch(cell -> cell.matches("(?s)[=+\\-@\t\r].*"));
  }

  @Test
  void theGradeCsvReportHandsASpreadsheetNoFormula() throws Exception {
    // given answers whose cells start like formulas
    Path answers = dir.resolve("answers.csv");
    Files.writeString(
        answers,
        "student_id,scenario_id,answer,justification,notes\n"
            + "@ana,neutrophil-bacterium,\"=HYPERLINK(\"\"http://x\"\")\",+engulfs,-1\n",
        StandardCharsets.UTF_8);
    // when
    Cli.Run run =
        Cli.run(
            "grade",
            "--key",
            BadInputCatalogue.KEY,
            "--answers",
            answers.toString(),
            "--format",
            "csv");
    // then
    List<List<String>> rows = csv(run.out());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1))
        .startsWith(
            "'@ana", "neutrophil-bacterium", "'=HYPERLINK(\"http://x\")", "'+engulfs", "'-1");
    assertThat(rows.stream().flatMap(List::stream))
        .noneMatch(cell -> cell.matches("(?s)[=+\\-@\t\r].*"));
  }

  @Test
  void anErrorMessageQuotesAtMostFortyCharactersOfTheInput() {
    // given values, a field name and a bare token, each 900 characters of "x"
    String x = "x".repeat(900);
    String input = "{\"cargo\":\"" + x + "\"}\n{\"" + x + "\":\"FLUID\"}\n{\"cargo\":" + x + "}\n";
    // when
    Cli.Run run =
        Cli.run(
            new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            "classify",
            "--no-explain");
    // then each is named, with an excerpt of at most 40 characters
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(3);
    assertThat(run.err()).doesNotContainPattern(Pattern.compile("x{41}"));
  }

  /** The rows of a CSV text, each a list of its cells. */
  private static List<List<String>> csv(String text) throws IOException {
    try (MappingIterator<List<String>> rows =
        new CsvMapper()
            .readerForListOf(String.class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(text)) {
      return rows.readAll();
    }
  }

  private static Path copyBuiltInRules(Path target) throws IOException {
    Path source = Path.of("rules");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    return target;
  }
}
