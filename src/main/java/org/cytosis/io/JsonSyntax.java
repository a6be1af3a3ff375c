package org.cytosis.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON syntax error in plain words, with its column: "is not valid JSON: at column 1, 'A' starts
 * no JSON value (an object, an array, a string, a number, true, false or null)". The parser's own
 * message names its internals (token classes, feature flags, character codes); none of that helps
 * the person who wrote the file.
 */
public final class JsonSyntax {

  private static final Pattern UNEXPECTED_CHAR =
      Pattern.compile("Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\)");
  private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'");

  private JsonSyntax() {}

  /** "is not valid JSON: ..." (the caller adds the source and line). */
  public static String describe(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String at =
        e.getLocation() == null || e.getLocation().getColumnNr() < 1
            ? ""
            : "at column " + e.getLocation().getColumnNr() + ", ";
    return "is not valid JSON: " + at + words(original.lines().findFirst().orElse(""));
  }

  static String words(String original) {
    String lower = original.toLowerCase(Locale.ROOT);
    Matcher unrecognized = UNRECOGNIZED.matcher(original);
    if (unrecognized.find()) {
      return "\""
          + unrecognized.group(1)
          + "\" starts no JSON value (an object, an array, a string in "
          + "double quotes, a number, true, false or null)";
    }
    if (lower.startsWith("unexpected end-of-input")) {
      if (lower.contains("array")) {
        return "the text ends before the closing ']' of an array";
      }
      if (lower.contains("object") || lower.contains("field name")) {
        return "the text ends before the closing '}' of an object";
      }
      return lower.contains("string")
          ? "the text ends inside a string (a closing '\"' is missing)"
          : "the text ends in the middle of a value";
    }
    Matcher unexpected = UNEXPECTED_CHAR.matcher(original);
    String found = unexpected.find() ? "'" + unexpected.group(1) + "'" : "a character";
    if (lower.contains("double-quote to start field name")) {
      return found + " where a field name in double quotes was expected";
    }
    if (lower.contains("comma to separate object entries")) {
      return found + " where a ',' between fields or a closing '}' was expected";
    }
    if (lower.contains("comma to separate array entries")) {
      return found + " where a ',' between values or a closing ']' was expected";
    }
    if (lower.contains("colon to separate field name")) {
      return found + " where a ':' after the field name was expected";
    }
    if (lower.contains("expected a valid value") || lower.contains("expected a value")) {
      return found
          + " where a value was expected (an object, an array, a string in double quotes, "
          + "a number, true, false or null)";
    }
    if (lower.startsWith("illegal character")) {
      return "a control character where JSON was expected (is this a text file?)";
    }
    if (lower.contains("illegal unquoted character") || lower.contains("control character")) {
      return "a control character (such as a tab or a line break) inside a string; write it as \\t or \\n";
    }
    if (lower.contains("unexpected close marker")) {
      return found + " closes something that was not opened";
    }
    // Any other: the parser's first clause, without its internals.
    String clause =
        original
            .replaceAll("\\s*\\(code \\d+\\)", "")
            .replaceAll(":? ?(was )?expecting.*$", "")
            .replaceAll("\\s*\\(.*$", "")
            .trim();
    return clause.isEmpty()
        ? "syntax error"
        : clause.substring(0, 1).toLowerCase(Locale.ROOT) + clause.substring(1);
  }
}
