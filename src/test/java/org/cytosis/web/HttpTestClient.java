package org.cytosis.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cytosis.io.JsonSupport;

/** Requests to a running server over real HTTP, as another program would send them. */
final class HttpTestClient {

  /** One answer: its status, content type and body. */
  record Answer(int status, String contentType, String body, HttpResponse<String> response) {
    JsonNode json() throws IOException {
      return JsonSupport.MAPPER.readTree(body);
    }
  }

  private final String base;

  HttpTestClient(WebServer server) {
    this.base = server.url();
  }

  Answer get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  /** A request with no body by any method, to see how a route answers a method it does not have. */
  Answer request(String method, String path) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build());
  }

  /** A body sent with no Content-Type at all. */
  Answer postUntyped(String path, String body) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  Answer post(String path, String contentType, String body)
      throws IOException, InterruptedException {
    return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  Answer post(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /** One file of a multipart form: its field, file name and content. */
  record Part(String field, String fileName, byte[] content) {}

  /** A multipart form with one file, as a browser sends an {@code <input type="file">}. */
  Answer upload(String path, String field, String fileName, byte[] content)
      throws IOException, InterruptedException {
    return uploadAll(path, List.of(new Part(field, fileName, content)));
  }

  /** A multipart form with several files. */
  Answer uploadAll(String path, List<Part> parts) throws IOException, InterruptedException {
    String boundary = "cytosis-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Part part : parts) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + part.field()
                  + "\"; filename=\""
                  + part.fileName()
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(part.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  private URI uri(String path) {
    return URI.create(base).resolve(path);
  }

  private Answer send(HttpRequest request) throws IOException, InterruptedException {
    // A new client each time: after a refusal (413) the server closes the connection, and a
    // pooled one would be found dead by the next request.
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body(),
        response);
  }
}
