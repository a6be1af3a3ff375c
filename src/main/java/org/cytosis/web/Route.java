package org.cytosis.web;

import io.javalin.http.Handler;

/** One route of the API: its method, path and handler. The OpenAPI description lists each. */
record Route(Method method, String path, Handler handler) {

  enum Method { GET, POST }
}
