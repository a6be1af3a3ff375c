package org.cytosis.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** Query parameters, read as strictly as command-line options: a wrong value is an error. */
final class Query {

  private Query() {}

  /** One of {@code allowed} (the first when absent), in any case. */
  static String choice(Context ctx, String name, List<String> allowed) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return allowed.get(0);
    }
    String wanted = value.toLowerCase(Locale.ROOT);
    if (!allowed.contains(wanted)) {
      throw ApiException.badRequest(
          "parameter \""
              + name
              + "\" has unknown value "
              + org.cytosis.io.InvalidInputException.quote(value)
              + " (allowed: "
              + String.join(", ", allowed)
              + ")");
    }
    return wanted;
  }

  /** {@code true} or {@code false}; absent is {@code absent}. */
  static boolean flag(Context ctx, String name, boolean absent) {
    return choice(ctx, name, absent ? List.of("true", "false") : List.of("false", "true"))
        .equals("true");
  }
}
