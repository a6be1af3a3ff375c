package org.cytosis.validation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.cytosis.io.InvalidInputException;
import org.cytosis.io.JsonRecords;
import org.cytosis.io.Utf8Input;
import org.cytosis.scenario.Expected;
import org.cytosis.scenario.Scenario;
import org.cytosis.scenario.ScenarioReader;

/**
 * Reads a bank of scenarios from a file: a CSV bank ({@code .csv}), or JSON (anything else): one
 * scenario object as in {@code testcases/}, a JSON array of them, or JSON Lines. Every record of
 * the file becomes one {@link BankRecord}, in input order, readable or not. Files are read as
 * strict UTF-8: the first byte that is not ends the file with an unreadable record at its line.
 */
public final class BankReader {

  private BankReader() {}

  /**
   * @throws InvalidInputException when the file itself cannot be opened or read
   */
  public static Bank read(Path file) {
    return read(file, false);
  }

  /**
   * Reads a bank as the key of graded answers: as {@link #read}, except that a scenario may leave
   * its key out ({@link Expected#none()}; the rules' verdict then stands in for it), a CSV bank
   * needs only an {@code id} column, and a JSON scenario needs no {@code title}.
   *
   * @throws InvalidInputException when the file itself cannot be opened or read
   */
  public static Bank readKey(Path file) {
    return read(file, true);
  }

  private static Bank read(Path file, boolean keyOptional) {
    String source = file.toString();
    try (Reader reader = Utf8Input.open(file)) {
      return read(source, reader, isCsv(file), keyOptional);
    } catch (IOException e) {
      throw new InvalidInputException(source, 0, null, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Reads a bank that is not a file (an upload, say): a CSV bank when {@code csv}, JSON otherwise.
   * {@code source} names it in messages.
   *
   * @throws InvalidInputException when the reader fails
   */
  public static Bank read(String source, Reader reader, boolean csv) {
    return read(source, reader, csv, false);
  }

  /** As {@link #readKey(Path)}, for a key that is not a file (an upload, say). */
  public static Bank readKey(String source, Reader reader, boolean csv) {
    return read(source, reader, csv, true);
  }

  private static Bank read(String source, Reader reader, boolean csv, boolean keyOptional) {
    try {
      return csv ? CsvBankReader.read(source, reader, keyOptional)
          : readJson(source, reader, keyOptional);
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidInputException(source, 0, null, "cannot be read: " + e.getMessage());
    }
  }

  static boolean isCsv(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  static Bank readJson(String source, Reader reader, boolean keyOptional) {
    JsonRecords.ObjectReader<Scenario> scenarios =
        keyOptional ? ScenarioReader::readKeyObject : ScenarioReader::readObject;
    try (Stream<JsonRecords.Item<Scenario>> items =
        JsonRecords.read(source, reader, scenarios, "a scenario object")) {
      List<BankRecord> records = items.map(item -> item.error() == null
          ? BankRecord.readable(source, item.line(), item.value(), BankColumns.of(item.value()))
          : BankRecord.unreadable(source, item.line(), item.error(), Map.of())).toList();
      return new Bank(source, records, List.of());
    }
  }
}
