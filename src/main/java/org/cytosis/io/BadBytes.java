package org.cytosis.io;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The bytes that were not UTF-8 in an input a {@link StrictUtf8Reader} decodes with marks: each
 * became U+FFFD in the text and a mark here, so that the reader of records can refuse the one
 * record that holds it and go on with the next. A Latin-1 "é" in row 3 of a spreadsheet export then
 * costs row 3, not the rest of the file. Marks are taken in input order as the records are read, so
 * only those of the text decoded ahead of the parser are held.
 */
final class BadBytes {

  /**
   * Marks held before those of one line are merged into one: a 100 MB line of Latin-1 text is one
   * mark, not a hundred million.
   */
  private static final int MERGE_AFTER = 1024;

  /**
   * Where bad bytes are: the offsets in the decoded text of the first and last U+FFFD of the mark
   * (inclusive; the same for a single one), the 1-based line, and the first byte's value.
   */
  record Mark(long start, long end, int line, int value) {

    /**
     * The error of the record that holds this byte; {@code unit} names a record ("line", "row",
     * "record") in "this row is not read, the rows after it are".
     */
    InvalidInputException toInvalidRecord(String source, String field, String unit) {
      return new InvalidInputException(
          source,
          line,
          field,
          String.format(
              Locale.ROOT,
              "is not UTF-8 (byte 0x%02X on this line): %s; this %s is not read, the %ss after it are",
              value,
              NotUtf8Exception.hint(line, value),
              unit,
              unit));
    }

    /** The error for a bad byte outside any record, after which the input cannot be read. */
    InvalidInputException toInvalidInput(String source) {
      return new NotUtf8Exception(line, value).toInvalidInput(source);
    }
  }

  private final Deque<Mark> marks = new ArrayDeque<>();

  /** A bad byte, now U+FFFD at {@code offset} of the decoded text, on {@code line}. */
  void add(long offset, int line, int value) {
    Mark last = marks.peekLast();
    if (last != null && last.line() == line && marks.size() >= MERGE_AFTER) {
      marks.removeLast();
      marks.addLast(new Mark(last.start(), offset, line, last.value()));
    } else {
      marks.addLast(new Mark(offset, offset, line, value));
    }
  }

  /** Whether a mark is held, so that a field holding U+FFFD is worth looking for. */
  boolean any() {
    return !marks.isEmpty();
  }

  /**
   * The first mark within offsets [from, to) of the decoded text, or null; marks that end before
   * {@code to} are dropped (a merged mark reaching further stays for the next record).
   */
  Mark takeOffsets(long from, long to) {
    Mark found = null;
    while (!marks.isEmpty() && marks.peekFirst().start() < to) {
      Mark mark = marks.peekFirst();
      if (found == null && mark.end() >= from) {
        found = mark;
      }
      if (mark.end() >= to) {
        break;
      }
      marks.removeFirst();
    }
    return found;
  }

  /** The first mark on lines [from, to], or null; marks up to line {@code to} are dropped. */
  Mark takeLines(int from, int to) {
    Mark found = null;
    while (!marks.isEmpty() && marks.peekFirst().line() <= to) {
      Mark mark = marks.removeFirst();
      if (found == null && mark.line() >= from) {
        found = mark;
      }
    }
    return found;
  }
}
