package org.cytosis.io;

import org.cytosis.model.CellEvent;

/**
 * One record of an input file, in input order: the event read, or why it could not be read. Exactly
 * one of {@code event} and {@code error} is set.
 *
 * @param index 1-based position of the record in the input
 * @param line 1-based line where the record starts
 * @param event the event read, or null
 * @param error why it could not be read, or null
 */
public record EventRecord(int index, int line, CellEvent event, InvalidInputException error) {

  public boolean isReadable() {
    return error == null;
  }
}
