package org.cytosis.model;

import java.util.Set;
import java.util.stream.Collectors;

/** A fact that can say in words what it is, for the trace. */
public interface Describable {
  /** {@return this fact in words, for the trace} */
  String describe();

  /**
   * Any fact a rule matched, in words: its own description, or its text. A set (what an {@code
   * accumulate} collects) lists its elements in text order: a hash set's own order follows the
   * identity hash codes of the enums in its elements, which differ with the thread that first
   * hashed them, and output must not depend on which worker thread classified what.
   *
   * @param fact any fact a rule matched
   * @return it in words
   */
  static String of(Object fact) {
    if (fact instanceof Describable d) {
      return d.describe();
    }
    if (fact instanceof Set<?> set) {
      return set.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(fact);
  }
}
