package org.cytosis.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Locale;

/**
 * The body types a POST route takes, checked before it reads a byte: any other is 415, naming the
 * types it takes. A body sent with no type, or with the form type {@code curl -d} sends by default,
 * is read by its content (JSON when it starts with '{' or '[', CSV otherwise where a route takes
 * CSV).
 */
final class BodyTypes {

  static final String JSON = "application/json";
  static final String JSON_LINES = "application/x-ndjson";
  static final String CSV = "text/csv";
  static final String TEXT = "text/plain";
  static final String MULTIPART = "multipart/form-data";

  /** What {@code curl -d} sends when told nothing: taken as a body of no declared type. */
  static final String FORM = "application/x-www-form-urlencoded";

  private BodyTypes() {}

  /** The handler, behind a check that the body's type is one of {@code types}. */
  static Handler accepting(List<String> types, Handler route) {
    return ctx -> {
      String type = of(ctx);
      if (type != null && !type.equals(FORM) && !types.contains(type)) {
        ctx.header("Accept-Post", String.join(", ", types));
        throw new ApiException(
            415, "a body of type " + type + " is not taken here; send " + oneOf(types));
      }
      route.handle(ctx);
    };
  }

  /** The body's media type in lower case without parameters, or null when none was sent. */
  static String of(Context ctx) {
    String type = ctx.contentType();
    if (type == null || type.isBlank()) {
      return null;
    }
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** Whether the body declared no type of its own (none, or the form type curl sends unasked). */
  static boolean undeclared(Context ctx) {
    String type = of(ctx);
    return type == null || type.equals(FORM);
  }

  /** Whether the body was declared as JSON or JSON Lines. */
  static boolean declaredJson(Context ctx) {
    String type = of(ctx);
    return JSON.equals(type) || JSON_LINES.equals(type);
  }

  /** "a", "a or b", "a, b or c". */
  private static String oneOf(List<String> items) {
    int last = items.size() - 1;
    return last == 0
        ? items.get(0)
        : String.join(", ", items.subList(0, last)) + " or " + items.get(last);
  }
}
