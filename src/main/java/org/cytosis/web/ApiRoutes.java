package org.cytosis.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cytosis.io.JsonSupport;
import org.cytosis.usecase.Cytosis;

/**
 * The routes of the HTTP API, in one list so that a test can hold the OpenAPI description to it.
 */
final class ApiRoutes {

  /** The hand-written OpenAPI 3 description, a resource beside this class. */
  static final String OPENAPI = "openapi.json";

  private ApiRoutes() {}

  static List<Route> all(Cytosis cytosis) {
    String openApi = resource(OPENAPI);
    String health = health(cytosis);
    return List.of(
        Route.get("/api/health", ctx -> Responses.json(ctx, 200, health)),
        Route.get("/api/openapi.json", ctx -> Responses.json(ctx, 200, openApi)),
        Route.post(
            "/api/classify",
            List.of(BodyTypes.JSON, BodyTypes.JSON_LINES, BodyTypes.TEXT),
            new ClassifyRoute(cytosis.classify())),
        Route.post(
            "/api/validate",
            List.of(BodyTypes.JSON, BodyTypes.JSON_LINES, BodyTypes.CSV, BodyTypes.MULTIPART),
            new ValidateRoute(cytosis.validate())),
        Route.post("/api/grade", List.of(BodyTypes.MULTIPART), new GradeRoute(cytosis.grade())));
  }

  /** Up, with the size of the rule base it serves (which differs under {@code --rules}). */
  private static String health(Cytosis cytosis) {
    var node = JsonSupport.MAPPER.createObjectNode();
    node.put("status", "UP");
    node.put("rules", cytosis.ruleCount());
    node.put("catalogueEntries", cytosis.catalogueEntries());
    return node.toString();
  }

  static String resource(String name) {
    try (InputStream in = ApiRoutes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
