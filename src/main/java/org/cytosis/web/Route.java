package org.cytosis.web;

import io.javalin.http.Handler;

/**
 * One route of the API: its method, path and handler, and for a POST the body types it takes (see
 * {@link BodyTypes}). The OpenAPI description lists each.
 */
record Route(Method method, String path, java.util.List<String> accepts, Handler handler) {

  enum Method {
    GET,
    POST
  }

  static Route get(String path, Handler handler) {
    return new Route(Method.GET, path, java.util.List.of(), handler);
  }

  static Route post(String path, java.util.List<String> accepts, Handler handler) {
    return new Route(Method.POST, path, accepts, BodyTypes.accepting(accepts, handler));
  }
}
