package org.cytosis.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The criteria catalogue: stable IDs (KD-3, PH-1, ERR-2...) and the plain statement each stands
 * for, read from {@code rules/catalogue.tsv}. Rules cite these IDs; explanations quote them.
 */
public final class Catalogue {

  private final Map<String, String> statements;

  private Catalogue(Map<String, String> statements) {
    this.statements = Collections.unmodifiableMap(statements);
  }

  static Catalogue builtIn() {
    try (InputStream in = Catalogue.class.getResourceAsStream("/rules/catalogue.tsv")) {
      if (in == null) {
        throw new IllegalStateException("rules/catalogue.tsv is missing from the class path");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Catalogue read(InputStream in) throws IOException {
    Map<String, String> statements = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    reader.readLine(); // header: id, topic, statement
    for (String line; (line = reader.readLine()) != null; ) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", 3);
      if (cells.length != 3) {
        throw new IllegalStateException(
            "catalogue line is not id<TAB>topic<TAB>statement: " + line);
      }
      statements.put(cells[0].trim(), cells[2].trim());
    }
    return new Catalogue(statements);
  }

  /**
   * Whether the catalogue has a statement with this ID.
   *
   * @param id a catalogue ID, such as {@code KD-9}
   * @return true when the ID is in the catalogue
   */
  public boolean contains(String id) {
    return statements.containsKey(id);
  }

  /**
   * The plain statement behind an ID.
   *
   * @param id a catalogue ID
   * @return the statement, or empty when the ID is not in the catalogue
   */
  public Optional<String> statement(String id) {
    return Optional.ofNullable(statements.get(id));
  }

  /** {@return every ID, in catalogue order} */
  public java.util.Set<String> ids() {
    return statements.keySet();
  }
}
