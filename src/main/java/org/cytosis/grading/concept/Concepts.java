package org.cytosis.grading.concept;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.cytosis.model.Label;

/**
 * The concepts a question's element may name: every label of the classification but {@code
 * NOT_BULK_TRANSPORT} (which names no process), and the nine crossings of the membrane without a
 * vesicle. Names are matched ignoring case, with {@code -} and space as {@code _}, as enum values
 * are everywhere in the contract.
 */
public final class Concepts {

  /** The processes and properties without a vesicle, in the contract's order. */
  public static final List<String> NON_VESICULAR =
      List.of(
          "SELECTIVE_PERMEABILITY",
          "PASSIVE_TRANSPORT",
          "DIFFUSION",
          "OSMOSIS",
          "FACILITATED_DIFFUSION",
          "ACTIVE_TRANSPORT",
          "PUMP",
          "CHANNEL",
          "CARRIER");

  private Concepts() {}

  /** Every concept, the labels first. */
  public static List<String> all() {
    List<String> all = new ArrayList<>();
    for (Label label : Label.values()) {
      if (label != Label.NOT_BULK_TRANSPORT) {
        all.add(label.name());
      }
    }
    all.addAll(NON_VESICULAR);
    return List.copyOf(all);
  }

  /** The concept a name stands for, or null when it names none. */
  public static String parse(String name) {
    String normal = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return all().contains(normal) ? normal : null;
  }

  /** The concept closest to an unknown name, for a "did you mean" (null when none is near). */
  public static String closest(String name) {
    String normal = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    LevenshteinDistance near = new LevenshteinDistance(Math.max(2, normal.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String concept : all()) {
      int d = near.apply(normal, concept);
      if (d >= 0 && d < bestDistance) {
        best = concept;
        bestDistance = d;
      }
    }
    return best;
  }
}
