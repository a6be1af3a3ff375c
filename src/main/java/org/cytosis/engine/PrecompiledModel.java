package org.cytosis.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;

/**
 * The executable model that the kie-maven-plugin generates from {@code rules/} at build time: one
 * generated class per DRL package, listed in an index file beside the kmodule. Reading the index
 * and instantiating the classes is all it takes to have the rule base; no DRL is compiled.
 */
final class PrecompiledModel {

  /** Written by the kie-maven-plugin: {@code META-INF/kie/<groupId>/<artifactId>/drools-model}. */
  static final String INDEX = "META-INF/kie/org.cytosis/cytosis/drools-model";

  private PrecompiledModel() {}

  static List<Model> load() {
    ClassLoader loader = PrecompiledModel.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new IllegalStateException(
            INDEX
                + " is missing from the class path: the jar was built "
                + "without the executable model (run mvn package)");
      }
      List<Model> models = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String name = line.trim();
        // The first line states the model's version; the others name one generated class each.
        if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
          models.add(instantiate(loader, name));
        }
      }
      return models;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Model instantiate(ClassLoader loader, String className) {
    try {
      return (Model) loader.loadClass(className).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "the precompiled rule class " + className + " cannot be loaded", e);
    }
  }
}
