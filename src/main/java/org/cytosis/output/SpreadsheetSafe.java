package org.cytosis.output;

/**
 * Makes text safe to put in a cell of a CSV file that people open in a spreadsheet. A cell that
 * starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return, which some
 * spreadsheets skip before looking) is read as a formula, so text from a bank or an answer could
 * run code in the reader's spreadsheet ("CSV injection"). Such a cell gets a leading apostrophe,
 * which spreadsheets take as "this is text". Every CSV writer in Cytosis passes every cell, header
 * names included, through {@link #cell}.
 */
public final class SpreadsheetSafe {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetSafe() {}

  /** The text as a spreadsheet-safe cell; null becomes the empty cell. */
  public static String cell(String text) {
    if (text == null) {
      return "";
    }
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
