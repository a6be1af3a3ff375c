package org.cytosis.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cytosis.io.InvalidInputException;
import org.cytosis.io.Utf8Input;

/**
 * The text a request carries, read whole but never past {@link Limits#MAX_REQUEST_BYTES}: its body,
 * or a file uploaded in a multipart form. {@code source} names it in error messages as a file name
 * does on the command line: the uploaded file's name, or {@code <request>} for a body. {@code csv}
 * says whether it was sent as CSV (a {@code .csv} name or a {@code text/csv} type).
 */
record RequestText(String source, byte[] bytes, boolean csv) {

  /** How a request body is named in messages, as {@code <stdin>} is on the command line. */
  static final String BODY = "<request>";

  /**
   * The text as strict UTF-8, as the command line reads files: a byte that is not UTF-8 is an error
   * at its line, never a replacement character.
   */
  Reader reader() {
    return Utf8Input.reader(new ByteArrayInputStream(bytes));
  }

  /** The text for a glance at its shape (a bad byte shows as U+FFFD), without a byte-order mark. */
  String text() {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The file uploaded in form field {@code part} of a multipart request, else the body. */
  static RequestText of(Context ctx, String part) {
    return isMultipart(ctx) ? upload(ctx, part) : body(ctx);
  }

  /**
   * The body. Its type says what it is; with no type it is read by its content, so that a CSV bank
   * sent without {@code text/csv} is read as CSV, not as one unreadable JSON record. A body sent as
   * JSON that cannot be JSON (it starts with neither '{' nor '[') is refused with what to send.
   */
  static RequestText body(Context ctx) {
    byte[] bytes = read(ctx.bodyInputStream());
    RequestText text = new RequestText(BODY, bytes, isCsvType(ctx.contentType()));
    String start = text.text().strip();
    boolean json = start.isEmpty() || start.startsWith("{") || start.startsWith("[");
    if (BodyTypes.declaredJson(ctx) && !json) {
      throw ApiException.badRequest(
          BODY
              + ":1: is not valid JSON: it starts with "
              + InvalidInputException.quote(start.substring(0, Math.min(start.length(), 12)))
              + " where '{' or '[' was expected; send a description as text/plain to /api/classify, "
              + "a CSV bank as text/csv");
    }
    return BodyTypes.undeclared(ctx) && !json ? new RequestText(BODY, bytes, true) : text;
  }

  /** The file in form field {@code part}; a missing field is a bad request naming it. */
  static RequestText upload(Context ctx, String part) {
    UploadedFile file = uploadedFile(ctx, part);
    if (file == null) {
      throw ApiException.badRequest(
          "field \""
              + part
              + "\" is missing: send the file in a "
              + "multipart form field named "
              + part);
    }
    String name = file.filename() == null || file.filename().isBlank() ? part : file.filename();
    try (InputStream in = file.content()) {
      return new RequestText(
          name,
          read(in),
          name.toLowerCase(Locale.ROOT).endsWith(".csv") || isCsvType(file.contentType()));
    } catch (IOException e) {
      throw ApiException.badRequest(name + ": cannot be read: " + e.getMessage());
    }
  }

  static boolean isMultipart(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  /**
   * Jetty parses the form when a part is first asked for, and enforces the multipart limits then:
   * over them is too large; any other failure is a form that cannot be read.
   */
  private static UploadedFile uploadedFile(Context ctx, String part) {
    try {
      return ctx.uploadedFile(part);
    } catch (Exception e) { // Jetty's checked ServletException comes through Kotlin undeclared
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof IllegalStateException
            && String.valueOf(cause.getMessage()).startsWith("max ")) {
          throw ApiException.tooLarge(Limits.requestTooLarge());
        }
      }
      throw ApiException.badRequest("the multipart form cannot be read: " + e.getMessage());
    }
  }

  private static boolean isCsvType(String type) {
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/csv");
  }

  /** The bytes; one byte over the limit is refused. */
  private static byte[] read(InputStream in) {
    try {
      byte[] bytes = in.readNBytes(Limits.MAX_REQUEST_BYTES + 1);
      if (bytes.length > Limits.MAX_REQUEST_BYTES) {
        throw ApiException.tooLarge(Limits.requestTooLarge());
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
