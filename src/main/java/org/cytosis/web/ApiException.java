package org.cytosis.web;

/**
 * A request the API refuses, with the HTTP status to answer and a one-line message in the words of
 * the command line. Rendered by {@link ApiErrors} as {@code {"status": 400, "error": "..."}}.
 */
final class ApiException extends RuntimeException {

  private final int status;

  ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException tooLarge(String message) {
    return new ApiException(413, message);
  }
}
