package org.cytosis.validation;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cytosis.io.InvalidInputException;
import org.cytosis.io.JsonRecords;
import org.cytosis.io.LazyRecords;
import org.cytosis.scenario.Expected;
import org.cytosis.scenario.Scenario;
import org.cytosis.scenario.ScenarioReader;

/**
 * Reads a bank of scenarios from a file: a CSV bank ({@code .csv}), or JSON (anything else): one
 * scenario object as in {@code testcases/}, a JSON array of them, or JSON Lines. Every record of
 * the file becomes one {@link BankRecord}, in input order, readable or not. {@link #open} and
 * {@link #records} read lazily, for banks of any size; {@link #read} reads a whole bank at once.
 * Files are read as strict UTF-8: the first byte that is not ends the file with an unreadable
 * record at its line.
 */
public final class BankReader {

  private BankReader() {}

  /**
   * @throws InvalidInputException when the file itself cannot be opened or read
   */
  public static Bank read(Path file) {
    return open(file, false).toBank();
  }

  /**
   * Reads a bank as the key of graded answers: as {@link #read}, except that a scenario may leave
   * its key out ({@link Expected#none()}; the rules' verdict then stands in for it), a CSV bank
   * needs only an {@code id} column, and a JSON scenario needs no {@code title}.
   *
   * @throws InvalidInputException when the file itself cannot be opened or read
   */
  public static Bank readKey(Path file) {
    return open(file, true).toBank();
  }

  /**
   * Opens a bank for reading its records one at a time, in input order. Close it when done.
   *
   * @throws InvalidInputException when the file cannot be opened; taking records throws it when the
   *     file cannot be read further
   */
  public static BankStream open(Path file) {
    return open(file, false);
  }

  /**
   * The records of several banks, one file after another, read lazily: each file is opened when its
   * first record is taken and closed after its last. Close the stream if not read to its end.
   *
   * @throws InvalidInputException (when records are taken) for a file that cannot be read
   */
  public static Stream<BankRecord> records(List<Path> files) {
    FileByFile records = new FileByFile(files.iterator());
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(records::close);
  }

  private static BankStream open(Path file, boolean keyOptional) {
    return LazyRecords.openFile(
        file, reader -> open(file.toString(), reader, isCsv(file), keyOptional));
  }

  /**
   * Reads a bank that is not a file (an upload, say): a CSV bank when {@code csv}, JSON otherwise.
   * {@code source} names it in messages.
   *
   * @throws InvalidInputException when the reader fails
   */
  public static Bank read(String source, Reader reader, boolean csv) {
    return openReader(source, reader, csv, false).toBank();
  }

  /** As {@link #readKey(Path)}, for a key that is not a file (an upload, say). */
  public static Bank readKey(String source, Reader reader, boolean csv) {
    return openReader(source, reader, csv, true).toBank();
  }

  private static BankStream openReader(
      String source, Reader reader, boolean csv, boolean keyOptional) {
    try {
      return open(source, reader, csv, keyOptional);
    } catch (IOException e) {
      throw LazyRecords.unreadable(source, e);
    }
  }

  private static BankStream open(String source, Reader reader, boolean csv, boolean keyOptional)
      throws IOException {
    return csv
        ? CsvBankReader.open(source, reader, keyOptional)
        : openJson(source, reader, keyOptional);
  }

  static boolean isCsv(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  private static BankStream openJson(String source, Reader reader, boolean keyOptional) {
    JsonRecords.ObjectReader<Scenario> scenarios =
        keyOptional ? ScenarioReader::readKeyObject : ScenarioReader::readObject;
    Iterator<BankRecord> records =
        JsonRecords.read(source, reader, scenarios, "a scenario object")
            .map(
                item ->
                    item.error() == null
                        ? BankRecord.readable(
                            source, item.line(), item.value(), BankColumns.of(item.value()))
                        : BankRecord.unreadable(source, item.line(), item.error(), Map.of()))
            .iterator();
    return new BankStream(source, List.of(), LazyRecords.of(records, source, reader));
  }

  /** The records of one file after another; the file being read is closed at its end. */
  private static final class FileByFile implements Iterator<BankRecord>, AutoCloseable {
    private final Iterator<Path> files;
    private BankStream current;
    private Iterator<BankRecord> records = Collections.emptyIterator();

    FileByFile(Iterator<Path> files) {
      this.files = files;
    }

    @Override
    public boolean hasNext() {
      while (!records.hasNext()) {
        close();
        if (!files.hasNext()) {
          return false;
        }
        current = open(files.next(), false);
        records = current.records().iterator();
      }
      return true;
    }

    @Override
    public BankRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return records.next();
    }

    @Override
    public void close() {
      if (current != null) {
        current.close();
        current = null;
      }
    }
  }
}
