package org.cytosis.report;

import java.util.List;
import org.apache.commons.text.WordUtils;

/** Sentences wrapped to the width of a terminal, continuation lines indented two more. */
final class Wrapped {

  /** Columns a line may take. */
  static final int WIDTH = 100;

  private Wrapped() {}

  static void add(List<String> lines, int indent, String text) {
    String pad = " ".repeat(indent);
    String[] wrapped = WordUtils.wrap(text, WIDTH - indent - 2, "\n", true).split("\n");
    for (int i = 0; i < wrapped.length; i++) {
      lines.add((i == 0 ? pad : pad + "  ") + wrapped[i]);
    }
  }
}
