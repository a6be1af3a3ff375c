package org.cytosis.web;

/**
 * What one request may ask of the server, so that one upload cannot take all its memory or time.
 * The command line has no such limits: use it for bigger jobs.
 */
final class Limits {

  /** The largest request body, uploads included. */
  static final int MAX_REQUEST_BYTES = 5 * 1024 * 1024;

  /** The most records (events, scenarios) one request may hold. */
  static final int MAX_RECORDS = 5_000;

  /**
   * The most events one request may have explained: an explanation re-runs the rules some 600 times
   * (0.1-0.4 s an event on a two-core machine).
   */
  static final int MAX_EXPLAINED = 100;

  private Limits() {}

  static String requestTooLarge() {
    return "request is larger than the limit of "
        + MAX_REQUEST_BYTES / (1024 * 1024)
        + " MB; split it, or use the command line";
  }

  /** A file (or body) must hold at least one record, and no more than a request may. */
  static void checkCount(RequestText input, int count, String what) {
    if (count == 0) {
      throw ApiException.badRequest(input.source() + ": holds no " + what);
    }
    if (count > MAX_RECORDS) {
      throw ApiException.tooLarge(tooManyRecords(input.source(), what));
    }
  }

  static String tooManyExplained(String source) {
    return source
        + ": holds more than "
        + MAX_EXPLAINED
        + " events to explain, the limit of one "
        + "request; add explain=false, split it, or use the command line";
  }

  static String tooManyRecords(String source, String what) {
    return source
        + ": holds more than "
        + MAX_RECORDS
        + " "
        + what
        + ", the limit of one request; split it, or use the command line";
  }
}
