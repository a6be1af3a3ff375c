package org.cytosis.validation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.cytosis.io.InvalidInputException;
import org.cytosis.io.JsonRecords;
import org.cytosis.scenario.Scenario;
import org.cytosis.scenario.ScenarioReader;

/**
 * Reads a bank of scenarios from a file: a CSV bank ({@code .csv}), or JSON (anything else): one
 * scenario object as in {@code testcases/}, a JSON array of them, or JSON Lines. Every record of
 * the file becomes one {@link BankRecord}, in input order, readable or not.
 */
public final class BankReader {

  private BankReader() {}

  /**
   * @throws InvalidInputException when the file itself cannot be opened or read
   */
  public static Bank read(Path file) {
    String source = file.toString();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(source, reader, isCsv(file));
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
    try {
      return csv ? CsvBankReader.read(source, reader) : readJson(source, reader);
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidInputException(source, 0, null, "cannot be read: " + e.getMessage());
    }
  }

  static boolean isCsv(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  static Bank readJson(String source, Reader reader) {
    try (Stream<JsonRecords.Item<Scenario>> items =
        JsonRecords.read(source, reader, ScenarioReader::readObject, "a scenario object")) {
      List<BankRecord> records = items.map(item -> item.error() == null
          ? BankRecord.readable(source, item.line(), item.value(), BankColumns.of(item.value()))
          : BankRecord.unreadable(source, item.line(), item.error(), Map.of())).toList();
      return new Bank(source, records, List.of());
    }
  }
}
