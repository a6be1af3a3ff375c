package org.cytosis.validation;

import java.util.List;

/**
 * Why a scenario got its verdict, for a textbook author: one headline sentence, then the points
 * behind it (findings, contradictions, open questions), each a sentence.
 */
public record Reason(String headline, List<String> points) {

  public Reason {
    points = List.copyOf(points);
  }

  /** The headline and every point, as one paragraph on one line. */
  public String text() {
    return points.isEmpty() ? headline : headline + " " + String.join(" ", points);
  }
}
