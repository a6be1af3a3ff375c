package org.cytosis.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.cytosis.io.InvalidInputException;
import org.cytosis.io.JsonSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the API answers is JSON, {@code {"status": 400, "error": "..."}}, with the one-line
 * message the command line prints for the same input (without its {@code cytosis classify:}
 * prefix). Never a stack trace: an internal error is logged on the server's stderr.
 */
final class ApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  private ApiErrors() {}

  static void install(RoutesConfig routes) {
    routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.getMessage()));
    routes.exception(InvalidInputException.class, (e, ctx) -> send(ctx, 400, e.getMessage()));
    routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), message(e)));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
          send(ctx, 500, "internal error: " + e);
        });
  }

  /** The body of an error answer: its status and message, plus any fields the caller adds. */
  static ObjectNode body(int status, String message) {
    ObjectNode node = JsonSupport.MAPPER.createObjectNode();
    node.put("status", status);
    node.put("error", message);
    return node;
  }

  private static void send(Context ctx, int status, String message) {
    Responses.json(ctx, status, body(status, message).toString());
  }

  /** Javalin's own refusals (no such route, too large) in the API's words. */
  private static String message(HttpResponseException e) {
    if (e.getStatus() == 404) {
      return "no such page or API route; the API is described at /api/openapi.json";
    }
    if (e.getStatus() == 413) {
      return Limits.requestTooLarge();
    }
    HttpStatus status = HttpStatus.forStatus(e.getStatus());
    return e.getMessage() == null || e.getMessage().isBlank()
        ? status.getMessage()
        : e.getMessage();
  }
}
