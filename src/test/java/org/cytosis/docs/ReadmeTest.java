package org.cytosis.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README is a front door: short, with the two fresh-machine commands first and links to the
 * docs pages by task; every link between the documents leads to a file that exists.
 */
class ReadmeTest {

  private static final Path README = Path.of("README.md");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

  @Test
  void theReadmeIsShortAndOpensWithTheTwoFreshMachineCommands() throws Exception {
    List<String> lines = Files.readAllLines(README);

    assertThat(lines).hasSizeLessThanOrEqualTo(250);
    int build =
        indexOfStart(
            lines,
            "mvn -B -q package -DskipTests && java -jar target/cytosis.jar validate testcases/");
    int verify = indexOfStart(lines, "mvn -B verify");
    assertThat(build).isBetween(0, 15);
    assertThat(verify).isEqualTo(build + 1);
    assertThat(String.join("\n", lines))
        .contains("Java 17", "Chromium and chromedriver", "minutes");
  }

  @Test
  void theReadmeLinksAtLeastFiveDocsPagesAndEveryLinkedFileExists() throws Exception {
    List<String> docs =
        links(README).stream().filter(l -> l.startsWith("docs/") && l.endsWith(".md")).toList();

    assertThat(docs).hasSizeGreaterThanOrEqualTo(5);
    try (var pages = Files.list(Path.of("docs"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
        for (String link : links(page)) {
          assertThat(page.getParent().resolve(link).normalize())
              .as(page + " links " + link)
              .exists();
        }
      }
    }
    // docs/reading.md is written with the English reading layer; every other link must resolve now.
    links(README).stream()
        .filter(l -> !l.equals("docs/reading.md"))
        .forEach(l -> assertThat(Path.of(l)).as("README links " + l).exists());
  }

  private static int indexOfStart(List<String> lines, String command) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(command)) {
        return i;
      }
    }
    return -1;
  }

  /** Relative links (no scheme, no pure anchors) of a Markdown file. */
  private static List<String> links(Path file) throws Exception {
    Matcher m = LINK.matcher(Files.readString(file));
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      if (!m.group(1).contains(":")) {
        found.add(m.group(1));
      }
    }
    return found;
  }
}
