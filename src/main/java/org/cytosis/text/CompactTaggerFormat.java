package org.cytosis.text;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSDictionary;

/**
 * The part-of-speech model's contents in a form read with a few bulk copies: its manifest, its tag
 * dictionary, and its maxent model's outcomes, outcome sets, predicate names and weights, in the
 * order OpenNLP keeps them. OpenNLP's own format spends most of a cold start on per-item work (a
 * weight read eight bytes at a time through the zip's inflater, an outcome set parsed from text,
 * the tag dictionary parsed from 0.85 MB of XML): see BENCHMARKS.md. The build writes this form
 * from the model as OpenNLP loads it ({@link TaggerModelCompiler}); {@link TaggerModel} reads it
 * back into OpenNLP's own classes, and {@code TaggerModelTest} holds the two models equal.
 *
 * <p>Layout, big-endian: the magic number, the version and the length of the rest; the manifest
 * (count, then key and value); the dictionary (case-sensitivity, tag names, then each word with its
 * tags as indexes into the names); the outcome names; the outcome sets (count, then each as a byte
 * of length and a byte per outcome); the predicates (count, then each one's outcome set as a char);
 * each predicate name's length in chars as a byte, then every name in one UTF-8 block; every weight
 * in one block of doubles, predicate after predicate. Strings are an int length and UTF-8 bytes.
 */
final class CompactTaggerFormat {

  static final int MAGIC = 0x43595450;

  static final int VERSION = 1;

  /** The magic number, the version and the length of what follows. */
  static final int HEADER = 12;

  private CompactTaggerFormat() {}

  /** The contents of an OpenNLP part-of-speech model, as its own classes hold them. */
  record Contents(
      Map<String, String> manifest,
      POSDictionary dictionary,
      Context[] contexts,
      String[] predicates,
      String[] outcomes) {

    /** The maxent model these contents make, built by OpenNLP's own constructor. */
    GISModel maxent() {
      return new GISModel(contexts, predicates, outcomes);
    }
  }

  static void write(Contents contents, OutputStream stream) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 23);
    DataOutputStream out = new DataOutputStream(body);
    Map<String, String> manifest = new TreeMap<>(contents.manifest());
    out.writeInt(manifest.size());
    for (Map.Entry<String, String> e : manifest.entrySet()) {
      writeString(out, e.getKey());
      writeString(out, e.getValue());
    }
    writeDictionary(out, contents.dictionary());
    out.writeInt(contents.outcomes().length);
    for (String outcome : contents.outcomes()) {
      writeString(out, outcome);
    }
    writeModel(out, contents.contexts(), contents.predicates());
    out.flush();
    DataOutputStream header = new DataOutputStream(stream);
    header.writeInt(MAGIC);
    header.writeInt(VERSION);
    header.writeInt(body.size());
    body.writeTo(header);
    header.flush();
  }

  /**
   * The length of the file that starts with these {@link #HEADER} bytes, so that a reader can read
   * it into one array of the right size.
   */
  static int length(byte[] header, String name) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(header);
    if (header.length < HEADER || in.getInt() != MAGIC || in.getInt() != VERSION) {
      throw new IOException(
          name + ": not a compact part-of-speech model of version " + VERSION + "; rebuild it");
    }
    return HEADER + in.getInt();
  }

  private static void writeDictionary(DataOutputStream out, POSDictionary dictionary)
      throws IOException {
    out.writeBoolean(dictionary.isCaseSensitive());
    Map<String, Integer> tagIndex = new LinkedHashMap<>();
    Map<String, String[]> words = new LinkedHashMap<>();
    for (String word : dictionary) {
      String[] tags = dictionary.getTags(word);
      words.put(word, tags);
      for (String tag : tags) {
        tagIndex.putIfAbsent(tag, tagIndex.size());
      }
    }
    out.writeInt(tagIndex.size());
    for (String tag : tagIndex.keySet()) {
      writeString(out, tag);
    }
    out.writeInt(words.size());
    for (Map.Entry<String, String[]> e : words.entrySet()) {
      writeString(out, e.getKey());
      out.writeInt(e.getValue().length);
      for (String tag : e.getValue()) {
        out.writeInt(tagIndex.get(tag));
      }
    }
  }

  /**
   * The predicates that share an outcome set share one array in OpenNLP's model (its reader makes
   * one per set); they share one here too, so the model read back is laid out as OpenNLP lays it.
   */
  private static void writeModel(DataOutputStream out, Context[] contexts, String[] predicates)
      throws IOException {
    Map<int[], Integer> setIndex = new IdentityHashMap<>();
    List<int[]> sets = new ArrayList<>();
    int weights = 0;
    for (Context context : contexts) {
      if (setIndex.putIfAbsent(context.getOutcomes(), sets.size()) == null) {
        sets.add(context.getOutcomes());
      }
      weights += context.getParameters().length;
    }
    out.writeInt(sets.size());
    for (int[] set : sets) {
      out.writeByte(fits(set.length, 0xFF, "an outcome set's size"));
      for (int outcome : set) {
        out.writeByte(fits(outcome, 0xFF, "an outcome's index"));
      }
    }
    out.writeInt(contexts.length);
    for (Context context : contexts) {
      out.writeChar(fits(setIndex.get(context.getOutcomes()), 0xFFFF, "an outcome set's index"));
    }
    StringBuilder names = new StringBuilder();
    for (String predicate : predicates) {
      out.writeByte(fits(predicate.length(), 0xFF, "a predicate's length"));
      names.append(predicate);
    }
    writeString(out, names.toString());
    out.writeInt(weights);
    for (Context context : contexts) {
      for (double weight : context.getParameters()) {
        out.writeDouble(weight);
      }
    }
  }

  /** The model's numbers are small enough for a byte or a char each; a model that is not, fails. */
  private static int fits(int value, int largest, String what) throws IOException {
    if (value < 0 || value > largest) {
      throw new IOException(
          what + " is " + value + ", more than this format holds (" + largest + ")");
    }
    return value;
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /**
   * Reads what {@link #write} wrote.
   *
   * @param name the resource's name, for messages
   * @throws IOException if the bytes are not this format (a stale or foreign file)
   */
  static Contents read(ByteBuffer in, String name) throws IOException {
    byte[] header = new byte[Math.min(HEADER, in.remaining())];
    in.get(header);
    if (length(header, name) != header.length + in.remaining()) {
      throw new IOException(name + ": its length is not the one its header gives; rebuild it");
    }
    Map<String, String> manifest = new TreeMap<>();
    for (int i = in.getInt(); i > 0; i--) {
      manifest.put(readString(in), readString(in));
    }
    POSDictionary dictionary = readDictionary(in);
    String[] outcomes = new String[in.getInt()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = readString(in);
    }
    int[][] sets = new int[in.getInt()][];
    for (int i = 0; i < sets.length; i++) {
      int[] set = new int[Byte.toUnsignedInt(in.get())];
      for (int j = 0; j < set.length; j++) {
        set[j] = Byte.toUnsignedInt(in.get());
      }
      sets[i] = set;
    }
    char[] setOf = new char[in.getInt()];
    in.asCharBuffer().get(setOf);
    in.position(in.position() + setOf.length * Character.BYTES);
    byte[] nameLengths = new byte[setOf.length];
    in.get(nameLengths);
    String names = readString(in);
    String[] predicates = new String[setOf.length];
    for (int i = 0, at = 0; i < predicates.length; i++) {
      int length = Byte.toUnsignedInt(nameLengths[i]);
      predicates[i] = names.substring(at, at + length);
      at += length;
    }
    double[] weights = new double[in.getInt()];
    in.asDoubleBuffer().get(weights);
    in.position(in.position() + weights.length * Double.BYTES);
    Context[] contexts = new Context[setOf.length];
    for (int i = 0, at = 0; i < contexts.length; i++) {
      int[] set = sets[setOf[i]];
      double[] own = new double[set.length];
      System.arraycopy(weights, at, own, 0, set.length);
      at += set.length;
      contexts[i] = new Context(set, own);
    }
    if (in.hasRemaining()) {
      throw new IOException(name + ": " + in.remaining() + " bytes after the model; rebuild it");
    }
    return new Contents(manifest, dictionary, contexts, predicates, outcomes);
  }

  private static POSDictionary readDictionary(ByteBuffer in) {
    POSDictionary dictionary = new POSDictionary(in.get() != 0);
    String[] tagNames = new String[in.getInt()];
    for (int i = 0; i < tagNames.length; i++) {
      tagNames[i] = readString(in);
    }
    for (int i = in.getInt(); i > 0; i--) {
      String word = readString(in);
      String[] tags = new String[in.getInt()];
      for (int t = 0; t < tags.length; t++) {
        tags[t] = tagNames[in.getInt()];
      }
      dictionary.put(word, tags);
    }
    return dictionary;
  }

  private static String readString(ByteBuffer in) {
    int length = in.getInt();
    String s =
        new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return s;
  }
}
