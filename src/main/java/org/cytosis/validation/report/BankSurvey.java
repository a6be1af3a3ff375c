package org.cytosis.validation.report;

import org.cytosis.output.InputSurvey;
import org.cytosis.validation.BankRecord;

/**
 * What the reports must know of every record of a run before the first result, found in a first
 * pass over the records that keeps none of them: how many there are, their columns (the CSV
 * report's header is their union) and the widest id and key (the text report's table).
 */
public final class BankSurvey {

  private final InputSurvey input = new InputSurvey();
  private int widestId;
  private int widestKey;

  /** Takes note of one record. */
  public void add(BankRecord record) {
    input.add(record.columns().keySet());
    widestId = Math.max(widestId, TextValidationReport.idCell(record).length());
    widestKey = Math.max(widestKey, TextValidationReport.keyCell(record).length());
  }

  public int records() {
    return input.rows();
  }

  InputSurvey input() {
    return input;
  }

  int widestId() {
    return widestId;
  }

  int widestKey() {
    return widestKey;
  }
}
