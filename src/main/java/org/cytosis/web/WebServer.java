package org.cytosis.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cytosis.usecase.Cytosis;

/**
 * The web page and the HTTP API, served by an embedded Jetty (through Javalin) from one classifier.
 * The page is the static files under {@code web/} in the jar; the API is {@link ApiRoutes}.
 * Requests are limited to {@link Limits#MAX_REQUEST_BYTES} and {@link Limits#MAX_RECORDS} records.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(Cytosis.builtIn(), "127.0.0.1", 0)) {
 *   server.url();   // http://127.0.0.1:40123/
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {

  /** How long a stop waits for requests in progress to finish. */
  private static final long STOP_TIMEOUT_MS = 5_000;

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; " + "frame-ancestors 'none'; form-action 'self'";

  private final Javalin app;
  private final String host;
  private final int port;

  private WebServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
    this.port = app.port(); // kept: Javalin forgets it once stopped
  }

  /**
   * Starts serving on {@code host} (a name or address; {@code 127.0.0.1} keeps it to this machine)
   * and {@code port} ({@code 0} for any free port).
   *
   * @throws IllegalArgumentException when the host is unknown or the port out of range
   * @throws RuntimeException (Javalin's) when the address cannot be bound
   */
  public static WebServer start(Cytosis cytosis, String host, int port) {
    Objects.requireNonNull(cytosis, "cytosis must not be null");
    Objects.requireNonNull(host, "host must not be null");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
    }
    resolve(host);
    Javalin app = Javalin.create(config -> configure(config, cytosis));
    app.start(host, port);
    return new WebServer(app, host);
  }

  /** The port it listens on (the one picked, when started with 0). */
  public int port() {
    return port;
  }

  /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    String shown = host.contains(":") ? "[" + host + "]" : host; // an IPv6 literal
    return "http://" + shown + ":" + port + "/";
  }

  /** Whether the server can be reached only from this machine. */
  public boolean isLoopbackOnly() {
    return resolve(host).isLoopbackAddress();
  }

  /** Stops serving, letting requests in progress finish for a few seconds. */
  @Override
  public void close() {
    app.stop();
  }

  private static void configure(JavalinConfig config, Cytosis cytosis) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false; // the network is closed: no version checks
    config.http.maxRequestSize = Limits.MAX_REQUEST_BYTES;
    config.jetty.multipartConfig.maxTotalRequestSize(Limits.MAX_REQUEST_BYTES, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxFileSize(Limits.MAX_REQUEST_BYTES, SizeUnit.BYTES);
    config.jetty.modifyServer(server -> server.setStopTimeout(STOP_TIMEOUT_MS));
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = "/web";
          files.location = Location.CLASSPATH;
        });
    config.routes.before(
        ctx -> {
          // The page may use only what this server serves: a browser refuses anything else.
          ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
          ctx.header("X-Content-Type-Options", "nosniff");
        });
    List<Route> routes = ApiRoutes.all(cytosis);
    for (Route route : routes) {
      switch (route.method()) {
        case GET -> config.routes.get(route.path(), route.handler());
        case POST -> config.routes.post(route.path(), route.handler());
      }
    }
    wrongMethods(config, routes);
    ApiErrors.install(config.routes);
  }

  /**
   * A route asked with a method it does not have is 405 with {@code Allow}, not "no such route":
   * the path is right, only the method is wrong.
   */
  private static void wrongMethods(JavalinConfig config, List<Route> routes) {
    Map<String, Set<Route.Method>> methods = new TreeMap<>();
    routes.forEach(
        r ->
            methods
                .computeIfAbsent(r.path(), p -> EnumSet.noneOf(Route.Method.class))
                .add(r.method()));
    methods.forEach(
        (path, has) -> {
          String allow = has.stream().map(Enum::name).collect(Collectors.joining(", "));
          Handler refuse =
              ctx -> {
                ctx.header("Allow", allow);
                throw new ApiException(
                    405, ctx.method() + " is not allowed on " + path + "; use " + allow);
              };
          if (!has.contains(Route.Method.GET)) {
            config.routes.get(path, refuse);
          }
          if (!has.contains(Route.Method.POST)) {
            config.routes.post(path, refuse);
          }
          config.routes.put(path, refuse);
          config.routes.patch(path, refuse);
          config.routes.delete(path, refuse);
        });
  }

  private static InetAddress resolve(String host) {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("host \"" + host + "\" is not known");
    }
  }
}
