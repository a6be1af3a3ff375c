package org.cytosis.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.cytosis.io.EventRecord;
import org.cytosis.io.JsonSupport;
import org.cytosis.model.Classification;

/** One JSON line per input record: a classification, or the error that kept it from being read. */
public final class JsonReport {

  private JsonReport() {}

  public static String line(Classification c) {
    if (c.explanation() != null) {
      return render(c); // explained results are made one by one: none shares its parts
    }
    LineKey key = new LineKey(c);
    String afterId = AFTER_ID.getIfPresent(key);
    if (afterId != null) {
      return "{\"id\":" + render(c.id()) + afterId;
    }
    String line = render(c);
    // Kept from the second sighting on: a result seen once (every result of a file whose events
    // all differ) would only churn the cache, and the old generation with it.
    if (SEEN_ONCE.asMap().putIfAbsent(key.hash, Boolean.TRUE) != null) {
      String start = "{\"id\":" + render(c.id());
      if (line.startsWith(start)) {
        AFTER_ID.put(key, line.substring(start.length()));
      }
    }
    return line;
  }

  /**
   * Hashes of the keys seen once; a collision only keeps a line early, since {@link #AFTER_ID}
   * compares whole keys.
   */
  private static final Cache<Integer, Boolean> SEEN_ONCE =
      Caffeine.newBuilder().maximumSize(16_384).executor(Runnable::run).build();

  /**
   * The JSON after the id of results seen before. The verdict cache gives a repeated event the
   * stored result under its own id: the same lists, status, label and confidence, so the same JSON
   * but for the id, which is the first field. Writing the 3.7 KB of a result was half of a batch's
   * time once most results came from the verdict cache (BENCHMARKS.md). Keyed by the identity of
   * the result's lists (two results that share them write the same JSON) and the value of its other
   * fields; bounded, and holding nothing that the verdict cache would not.
   */
  private static final Cache<LineKey, String> AFTER_ID =
      Caffeine.newBuilder().maximumSize(4096).executor(Runnable::run).build();

  /** Everything of a result but its id; lists compared by identity, the rest by value. */
  private static final class LineKey {
    private final Classification c;
    private final int hash;

    LineKey(Classification c) {
      this.c = c;
      this.hash =
          Objects.hash(
              c.status(),
              c.label(),
              c.confidence(),
              c.note(),
              System.identityHashCode(c.findings()),
              System.identityHashCode(c.trace()),
              System.identityHashCode(c.events()));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof LineKey k
          && c.status() == k.c.status()
          && c.label() == k.c.label()
          && Double.compare(c.confidence(), k.c.confidence()) == 0
          && Objects.equals(c.note(), k.c.note())
          && c.explanation() == k.c.explanation()
          && c.findings() == k.c.findings()
          && c.conflicts() == k.c.conflicts()
          && c.missing() == k.c.missing()
          && c.trace() == k.c.trace()
          && c.negated() == k.c.negated()
          && c.events() == k.c.events();
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private static String render(Object value) {
    try {
      return JsonSupport.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line standing in for an unreadable record, so that output stays one line per input. */
  public static String errorLine(EventRecord record) {
    ObjectNode node = JsonSupport.MAPPER.createObjectNode();
    node.put("record", record.index());
    node.put("line", record.line());
    node.put("error", record.error().getMessage());
    return node.toString();
  }
}
