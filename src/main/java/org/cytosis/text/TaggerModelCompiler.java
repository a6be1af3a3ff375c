package org.cytosis.text;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSModel;

/**
 * Writes the English part-of-speech model in the compact form {@link TaggerModel} loads at run time
 * ({@link CompactTaggerFormat}). The build runs it once ({@code mvn process-classes}, see pom.xml)
 * on the model as OpenNLP itself loads it from the {@code opennlp-postag-models} artifact, so the
 * compact form is derived, never edited, and always matches the artifact the build resolved. Not a
 * user command.
 */
final class TaggerModelCompiler {

  /** The model inside the {@code opennlp-postag-models} artifact. */
  static final String SOURCE_MODEL = "/en-pos-maxent.bin";

  private TaggerModelCompiler() {}

  /**
   * @param args the file to write
   */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]);
    Files.createDirectories(target.toAbsolutePath().getParent());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
      CompactTaggerFormat.write(contents(loadAsOpenNlpDoes()), out);
    }
  }

  /** The model as OpenNLP loads it from its artifact: what the compact form must reproduce. */
  static POSModel loadAsOpenNlpDoes() throws IOException {
    try (InputStream in = TaggerModelCompiler.class.getResourceAsStream(SOURCE_MODEL)) {
      if (in == null) {
        throw new IOException(SOURCE_MODEL + " (opennlp-postag-models) is not on the class path");
      }
      return new POSModel(in);
    }
  }

  /** What a loaded model holds, as {@link CompactTaggerFormat} stores it. */
  static CompactTaggerFormat.Contents contents(POSModel model) throws IOException {
    AbstractModel maxent = model.getArtifact("pos.model");
    Object[] parts = maxent.getDataStructures();
    Context[] contexts = (Context[]) parts[0];
    @SuppressWarnings("unchecked")
    Map<String, Context> byPredicate = (Map<String, Context>) parts[1];
    String[] predicates = byPredicate.keySet().toArray(String[]::new);
    for (int i = 0; i < predicates.length; i++) {
      // The names must line up with the weights: OpenNLP keeps both in the file's order.
      if (byPredicate.get(predicates[i]) != contexts[i]) {
        throw new IOException("predicate " + predicates[i] + " is out of the model's order");
      }
    }
    Properties properties = model.getArtifact("manifest.properties");
    Map<String, String> manifest = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> manifest.put(k, properties.getProperty(k)));
    if (!(model.getFactory().getTagDictionary() instanceof POSDictionary dictionary)) {
      throw new IOException("the model's tag dictionary is not a POSDictionary");
    }
    return new CompactTaggerFormat.Contents(
        manifest, dictionary, contexts, predicates, (String[]) parts[2]);
  }
}
