package org.cytosis.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * Watches a document's tokens for the field whose text holds U+FFFD, where a byte that was not
 * UTF-8 was marked ({@link BadBytes}), so that the record's error can name the field. Looks only
 * while a mark is held: input without bad bytes pays one check per token.
 */
final class BadFieldWatch extends JsonParserDelegate {

  private static final char REPLACEMENT = '\uFFFD';

  private final BadBytes marks;
  private String field;
  private boolean seen;

  BadFieldWatch(JsonParser parser, BadBytes marks) {
    super(parser);
    this.marks = marks;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    if (!seen && marks.any() && holdsReplacement(delegate, token)) {
      seen = true;
      field = delegate.currentName();
    }
    return token;
  }

  /** The field of the first text holding U+FFFD since the last call (null if none), forgotten. */
  String takeField() {
    String first = field;
    field = null;
    seen = false;
    return first;
  }

  /** The field of the first text holding U+FFFD in one line of JSON, or null. */
  static String firstBadField(String json) {
    try (JsonParser parser = StrictJson.FACTORY.createParser(json)) {
      for (JsonToken token; (token = parser.nextToken()) != null; ) {
        if (holdsReplacement(parser, token)) {
          return parser.currentName();
        }
      }
    } catch (JsonProcessingException e) {
      // the line's syntax is broken too: its line and byte are still named
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
    return null;
  }

  private static boolean holdsReplacement(JsonParser parser, JsonToken token) throws IOException {
    return (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING)
        && parser.getText().indexOf(REPLACEMENT) >= 0;
  }
}
