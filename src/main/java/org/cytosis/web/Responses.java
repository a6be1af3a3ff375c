package org.cytosis.web;

import io.javalin.http.Context;
import java.util.List;

/** How the API writes answers: the same JSON the command line writes, as UTF-8. */
final class Responses {

  static final String JSON = "application/json; charset=utf-8";

  private Responses() {}

  static void json(Context ctx, int status, String json) {
    ctx.status(status).contentType(JSON).result(json);
  }

  /** A JSON array of objects already written as JSON, byte for byte as the command line writes them. */
  static String array(List<String> objects) {
    return "[" + String.join(",", objects) + "]";
  }

  /** A file to save: {@code Content-Disposition: attachment} with a plain file name. */
  static void download(Context ctx, String contentType, String fileName, String body) {
    ctx.status(200).contentType(contentType)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .result(body);
  }
}
