package org.cytosis.validation;

import java.util.List;
import java.util.stream.Stream;

/**
 * One bank file opened for reading: its records, read lazily and in input order as they are taken
 * (so a bank of any size is read in constant memory), and the notes for the author found when it
 * was opened (a CSV header's misspelt-looking column, say). Close it to close the file.
 */
public record BankStream(String source, List<String> notes, Stream<BankRecord> records)
    implements AutoCloseable {

  public BankStream {
    notes = List.copyOf(notes);
  }

  /** Reads every record now. */
  Bank toBank() {
    try {
      return new Bank(source, records.toList(), notes);
    } finally {
      close();
    }
  }

  @Override
  public void close() {
    records.close();
  }
}
