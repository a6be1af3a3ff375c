package org.cytosis.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Reads enum values the way the contract says: any case, with '-' and ' ' standing for '_'; and
 * finds the nearest name to a misspelt one, for the "did you mean" of an error message.
 */
public final class EnumValues {

  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private EnumValues() {}

  /**
   * {@code "solid-particle "} as {@code SOLID_PARTICLE}.
   *
   * @param raw a value as written
   * @return it as an enum constant's name would be
   */
  public static String normalise(String raw) {
    return raw.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  /**
   * The constant of {@code type} that {@code raw} names, read the contract's way.
   *
   * @param <E> the enum
   * @param type the enum's class
   * @param raw a value as written
   * @return the constant, or empty when it names none
   */
  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String raw) {
    String wanted = normalise(raw);
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst();
  }

  /**
   * Every name of {@code type}, in declaration order, comma-separated.
   *
   * @param type the enum's class
   * @return its names, for an error message
   */
  public static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /**
   * The candidate nearest to what was written, by edit distance.
   *
   * @param raw a value as written
   * @param candidates the values allowed
   * @return the nearest candidate, or null when there are none
   */
  public static String closest(String raw, Iterable<String> candidates) {
    String wanted = normalise(raw);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      String candidate = normalise(c);
      // A value that starts with what was written ("SOLID" for SOLID_PARTICLE) is the best guess.
      int d = candidate.startsWith(wanted) ? 0 : DISTANCE.apply(wanted, candidate);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * The name of {@code type} nearest to what was written (names compared in sorted order).
   *
   * @param type the enum's class
   * @param raw a value as written
   * @return the nearest name
   */
  public static String closest(Class<? extends Enum<?>> type, String raw) {
    return closest(
        raw,
        Arrays.stream(type.getEnumConstants())
            .map(Enum::name)
            .sorted(Comparator.naturalOrder())
            .toList());
  }
}
