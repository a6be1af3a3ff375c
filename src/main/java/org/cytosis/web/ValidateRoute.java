package org.cytosis.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;
import org.cytosis.io.JsonSupport;
import org.cytosis.usecase.ValidateBanks;
import org.cytosis.validation.Bank;
import org.cytosis.validation.ValidationRun;
import org.cytosis.validation.report.CsvValidationReport;
import org.cytosis.validation.report.JsonValidationReport;

/**
 * {@code POST /api/validate}: checks a bank of scenarios against its answer keys, as {@code
 * validate} does. The bank is the body (JSON, JSON Lines, or CSV sent as {@code text/csv}) or a
 * file in the multipart field {@code bank} (CSV when its name ends in {@code .csv}). {@code
 * ?strict=true} adds lint; {@code ?format=csv} answers with the CSV report to download instead of
 * JSON. A bank's unreadable records are INVALID results, as on the command line, so the answer is
 * 200 whenever the bank itself could be read.
 */
final class ValidateRoute implements Handler {

  static final String FIELD = "bank";

  private final ValidateBanks validate;

  ValidateRoute(ValidateBanks validate) {
    this.validate = validate;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    String format = Query.choice(ctx, "format", List.of("json", "csv"));
    boolean strict = Query.flag(ctx, "strict", false);
    RequestText input = RequestText.of(ctx, FIELD);
    Bank bank = ValidateBanks.read(input.source(), input.reader(), input.csv());
    Limits.checkCount(input, bank.records().size(), "scenarios");
    ValidationRun run = validate.validate(bank, strict);
    Responses.jsonOrCsv(
        ctx,
        format,
        "validation.csv",
        out -> new CsvValidationReport().write(run, out),
        () -> json(bank, run));
  }

  /** The summary line, the counts per verdict, notes on the bank, and one result per record. */
  private static String json(Bank bank, ValidationRun run) throws IOException {
    ObjectNode body = JsonSupport.MAPPER.createObjectNode();
    body.put("summary", run.summary());
    ObjectNode counts = body.putObject("counts");
    run.counts().forEach((verdict, n) -> counts.put(verdict.name(), n));
    bank.notes().forEach(body.putArray("notes")::add);
    body.putRawValue(
        "results",
        new RawValue(Responses.linesAsArray(out -> new JsonValidationReport().write(run, out))));
    return body.toString();
  }
}
