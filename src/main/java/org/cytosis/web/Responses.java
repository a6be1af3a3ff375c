package org.cytosis.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

/** How the API writes answers: the same JSON the command line writes, as UTF-8. */
final class Responses {

  static final String JSON = "application/json; charset=utf-8";

  /** A report that writes itself, as the command line's report writers do. */
  @FunctionalInterface
  interface Report {
    void writeTo(Writer out) throws IOException;
  }

  /** A JSON answer, written when asked for. */
  @FunctionalInterface
  interface JsonAnswer {
    String write() throws IOException;
  }

  /**
   * The answer of a route that also offers its report as CSV: the CSV file to save under {@code
   * csvName} for {@code ?format=csv}, the JSON otherwise.
   */
  static void jsonOrCsv(Context ctx, String format, String csvName, Report csv, JsonAnswer json)
      throws IOException {
    if (format.equals("csv")) {
      csvDownload(ctx, csvName, csv);
    } else {
      json(ctx, 200, json.write());
    }
  }

  private Responses() {}

  static void json(Context ctx, int status, String json) {
    ctx.status(status).contentType(JSON).result(json);
  }

  /**
   * A JSON array of objects already written as JSON, byte for byte as the command line writes them.
   */
  static String array(List<String> objects) {
    return "[" + String.join(",", objects) + "]";
  }

  /** A JSON Lines report as one JSON array, each line an element, byte for byte. */
  static String linesAsArray(Report report) throws IOException {
    StringWriter lines = new StringWriter();
    report.writeTo(lines);
    return array(lines.toString().lines().toList());
  }

  /** A CSV report as a file to save: {@code Content-Disposition: attachment} with its name. */
  static void csvDownload(Context ctx, String fileName, Report report) throws IOException {
    StringWriter csv = new StringWriter();
    report.writeTo(csv);
    ctx.status(200)
        .contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .result(csv.toString());
  }
}
