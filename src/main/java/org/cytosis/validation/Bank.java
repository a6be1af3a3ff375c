package org.cytosis.validation;

import java.util.List;

/**
 * The records of one bank file, in input order, and notes for the author that are not errors (a
 * column that looks like a misspelt field name, say).
 */
public record Bank(String source, List<BankRecord> records, List<String> notes) {

  public Bank {
    records = List.copyOf(records);
    notes = List.copyOf(notes);
  }
}
