package org.cytosis.report;

/**
 * What a text report shows beyond the short answer: the full explanation ({@code --explain}), the
 * rules that fired ({@code --trace}) and the catalogue IDs behind each claim ({@code --sources}).
 */
public record TextOptions(boolean explain, boolean trace, boolean sources) {

  /** The short answer alone. */
  public static final TextOptions SHORT = new TextOptions(false, false, false);

  /** Everything a text report can show. */
  public static final TextOptions ALL = new TextOptions(true, true, true);
}
