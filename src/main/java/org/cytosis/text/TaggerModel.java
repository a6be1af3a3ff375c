package org.cytosis.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;

/**
 * Loads the English part-of-speech model (OpenNLP's maxent 1.5 model) from the compact form the
 * build derives from it ({@link TaggerModelCompiler}, {@link CompactTaggerFormat}): its loading is
 * the critical path of an English batch's start-up, and OpenNLP's own format costs most of that in
 * per-item parsing (BENCHMARKS.md). What is read goes into OpenNLP's own classes through their own
 * constructors: the maxent model, the tag dictionary, the tagger factory and the model.
 *
 * <p>The manifest goes in as the model's manifest entries: its {@code OpenNLP-Version} (1.5.0) is
 * what makes OpenNLP give a 1.5 model the context generator it was trained with. {@code
 * TaggerModelTest} checks that the model so loaded equals the one OpenNLP loads from the artifact
 * and tags every sentence of the scenarios and the corpus as it does.
 */
final class TaggerModel {

  /** Where the build writes the compact model, inside the jar. */
  static final String COMPACT_MODEL = "/org/cytosis/text/en-pos-maxent.compact";

  private TaggerModel() {}

  /** The model in the compact resource {@code name}, which must exist. */
  static POSModel load(String name) throws IOException {
    byte[] bytes;
    try (InputStream in = TaggerModel.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            name + " is missing from the class path; the build writes it: mvn -B package");
      }
      // One array of the right size: reading 9 MB in chunks and joining them was a third of the
      // load.
      byte[] header = in.readNBytes(CompactTaggerFormat.HEADER);
      bytes = Arrays.copyOf(header, CompactTaggerFormat.length(header, name));
      if (in.readNBytes(bytes, header.length, bytes.length - header.length)
          != bytes.length - header.length) {
        throw new IOException(name + ": shorter than its header says; rebuild it");
      }
    }
    CompactTaggerFormat.Contents contents = CompactTaggerFormat.read(ByteBuffer.wrap(bytes), name);
    String language = contents.manifest().get("Language");
    if (language == null) {
      throw new IOException(name + ": the manifest names no language; rebuild it");
    }
    return new POSModel(
        language,
        contents.maxent(),
        contents.manifest(),
        new POSTaggerFactory(null, null, contents.dictionary()));
  }
}
