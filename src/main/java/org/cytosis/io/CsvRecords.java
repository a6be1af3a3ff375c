package org.cytosis.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The records of a CSV file whose first row is a header, read lazily, one row at a time, so that a
 * file of any size is read in constant memory: what the bank and the answer readers share. A header
 * with a problem makes the whole file one unreadable record; a syntax error ends the file as an
 * unreadable record at the line where its row starts (see {@link CsvRows}). A byte that is not
 * UTF-8 makes its own row unreadable, naming the byte, its line and its column; the rows after it
 * are read.
 */
public final class CsvRecords {

  private CsvRecords() {}

  /** How a reader makes its records from rows. */
  public interface Shape<T> {

    /** What is wrong with the header row, if anything. */
    Optional<String> headerProblem(CsvRows.Row header);

    /** The record of one row under the header (its names trimmed). */
    T record(List<String> header, CsvRows.Row row);

    /** The unreadable record that stands for a bad header or a syntax error. */
    T unreadable(InvalidInputException error);
  }

  /**
   * An opened file: its header (names trimmed; null when the file is empty or its header cannot be
   * used), the line the header is on, and the records, read as they are taken. Closing the stream
   * closes the file.
   */
  public record Opened<T>(List<String> header, int headerLine, Stream<T> records) {}

  /**
   * Reads the header now and the rows as the records are taken.
   *
   * @throws IOException when the input cannot be read at all
   */
  public static <T> Opened<T> open(String source, Reader input, Shape<T> shape) throws IOException {
    CsvRows rows = CsvRows.openMarking(source, input);
    CsvRows.Row first;
    try {
      first = rows.next();
    } catch (InvalidInputException syntaxError) {
      return new Opened<>(
          null, 0, LazyRecords.of(List.of(shape.unreadable(syntaxError)).iterator(), source, rows));
    }
    if (first == null) {
      return new Opened<>(null, 0, LazyRecords.of(List.<T>of().iterator(), source, rows));
    }
    BadBytes.Mark badHeader = rows.lastBadByte();
    if (badHeader != null) { // the columns cannot be known, so no row can be read
      T bad = shape.unreadable(badHeader.toInvalidInput(source));
      return new Opened<>(
          null, first.line(), LazyRecords.of(List.of(bad).iterator(), source, rows));
    }
    Optional<String> problem = shape.headerProblem(first);
    if (problem.isPresent()) {
      T bad =
          shape.unreadable(new InvalidInputException(source, first.line(), null, problem.get()));
      return new Opened<>(
          null, first.line(), LazyRecords.of(List.of(bad).iterator(), source, rows));
    }
    List<String> header = first.cells().stream().map(String::trim).toList();
    return new Opened<>(
        header,
        first.line(),
        LazyRecords.of(new RowIterator<>(source, rows, header, shape), source, rows));
  }

  /** The rows after the header as records; a syntax error is the last record. */
  private static final class RowIterator<T> implements Iterator<T> {
    private final String source;
    private final CsvRows rows;
    private final List<String> header;
    private final Shape<T> shape;
    private T next;
    private boolean done;

    RowIterator(String source, CsvRows rows, List<String> header, Shape<T> shape) {
      this.source = source;
      this.rows = rows;
      this.header = header;
      this.shape = shape;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        try {
          CsvRows.Row row = rows.next();
          BadBytes.Mark bad = rows.lastBadByte();
          if (row == null) {
            done = true;
          } else if (bad != null) {
            next = shape.unreadable(bad.toInvalidRecord(source, badColumn(row), "row"));
          } else {
            next = shape.record(header, row);
          }
        } catch (InvalidInputException syntaxError) {
          done = true; // what follows a syntax error cannot be told apart into rows
          next = shape.unreadable(syntaxError);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return next != null;
    }

    /** The column of the first cell where a bad byte became U+FFFD, or null. */
    private String badColumn(CsvRows.Row row) {
      for (int i = 0; i < Math.min(row.cells().size(), header.size()); i++) {
        if (row.cells().get(i).indexOf('\uFFFD') >= 0) {
          return header.get(i);
        }
      }
      return null;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      T record = next;
      next = null;
      return record;
    }
  }
}
