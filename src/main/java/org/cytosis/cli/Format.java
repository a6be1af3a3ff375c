package org.cytosis.cli;

/**
 * Output formats. Every command takes {@code text} and {@code json}; {@code dot} and {@code mermaid}
 * draw an explanation's justification graph and are for {@code classify} only.
 */
enum Format {
  text,
  json,
  dot,
  mermaid;

  /** Whether this format draws a graph, and so needs the explanation. */
  boolean isDiagram() {
    return this == dot || this == mermaid;
  }
}
