package org.cytosis.text;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.TagDictionary;

/**
 * Loads the English part-of-speech model (OpenNLP's maxent 1.5 model: a zip of a manifest, a tag
 * dictionary and the maxent model) in about half the time {@code new POSModel(stream)} takes, which
 * is the critical path of an English batch's start-up (BENCHMARKS.md). Two things make the
 * library's own load slow, and neither changes what it reads: it parses the model straight from the
 * zip, eight bytes at a time through the inflater, and it parses the two large entries one after
 * the other. Here the entries are inflated whole first, the tag dictionary is parsed on another
 * thread while the maxent model is parsed on this one, both by OpenNLP's own readers, and the model
 * is put together by OpenNLP's own constructor.
 *
 * <p>The manifest goes in as the model's manifest entries: its {@code OpenNLP-Version} (1.5.0) is
 * what makes OpenNLP give a 1.5 model the context generator it was trained with. {@code
 * TaggerModelTest} checks that the model so loaded tags every sentence of the scenarios and the
 * corpus exactly as {@code new POSModel(stream)} does.
 */
final class TaggerModel {

  private static final String MANIFEST = "manifest.properties";

  private static final String TAG_DICTIONARY = "tags.tagdict";

  private static final String MAXENT_MODEL = "pos.model";

  private TaggerModel() {}

  /** The model in the resource {@code name}, which must exist. */
  static POSModel load(String name) throws IOException {
    Properties manifest = new Properties();
    CompletableFuture<TagDictionary> dictionary = null;
    byte[] maxent = null;
    try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(open(name), 1 << 16))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        byte[] bytes = zip.readAllBytes();
        switch (entry.getName()) {
          case MANIFEST -> manifest.load(new ByteArrayInputStream(bytes));
          case TAG_DICTIONARY -> dictionary = parseAside(bytes);
          case MAXENT_MODEL -> maxent = bytes;
          default -> throw new IOException(name + ": unexpected entry " + entry.getName());
        }
      }
    }
    if (maxent == null || dictionary == null || manifest.getProperty("Language") == null) {
      throw new IOException(name + ": not an OpenNLP 1.5 part-of-speech model");
    }
    AbstractModel model =
        new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(maxent)))
            .getModel();
    Map<String, String> entries = new TreeMap<>();
    manifest.stringPropertyNames().forEach(k -> entries.put(k, manifest.getProperty(k)));
    return new POSModel(
        manifest.getProperty("Language"),
        model,
        entries,
        new POSTaggerFactory(null, null, joined(dictionary)));
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = TaggerModel.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          name + " (opennlp-postag-models) is missing from the class path");
    }
    return in;
  }

  private static CompletableFuture<TagDictionary> parseAside(byte[] bytes) {
    CompletableFuture<TagDictionary> parsed = new CompletableFuture<>();
    Thread parsing =
        new Thread(
            () -> {
              try {
                parsed.complete(POSDictionary.create(new ByteArrayInputStream(bytes)));
              } catch (IOException | RuntimeException e) {
                parsed.completeExceptionally(e);
              }
            },
            "cytosis-tag-dictionary");
    parsing.setDaemon(true);
    parsing.start();
    return parsed;
  }

  private static TagDictionary joined(CompletableFuture<TagDictionary> dictionary)
      throws IOException {
    try {
      return dictionary.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new UncheckedIOException(new IOException("cannot read the tag dictionary", e));
    }
  }
}
