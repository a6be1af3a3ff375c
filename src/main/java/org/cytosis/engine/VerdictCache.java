package org.cytosis.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.cytosis.model.Classification;

/**
 * The results of the fast path, kept by the facts the rules were given. A classification without an
 * explanation depends on nothing but the facts inserted into the session (each observation's
 * criterion, normalised value and evidence, in order, and whether the text asserted no event) and
 * the event's id, which only labels the result. So a repeated combination of facts, as a bank or a
 * class brings many of, gets the stored result under its own id instead of another run of the rules
 * (25-30 µs). The key is the very list that would be inserted, compared by value: two events that
 * differ in anything a rule can see are two keys. The explained path and the runs behind an
 * explanation never come here, and neither does a classifier with a listener, which must hear every
 * firing.
 *
 * <p>Bounded (least recently and least frequently used results go first) and safe from many
 * threads. Two threads that miss the same key at once both run the rules and store equal results:
 * no lock is held while the rules run.
 */
final class VerdictCache {

  /**
   * Entries kept when the system property {@code cytosis.verdictCache} does not say otherwise (0
   * turns the cache off). A result with its trace is a few kilobytes, so this is some tens of MB at
   * most.
   */
  static final int DEFAULT_SIZE = 4096;

  private final Cache<List<?>, Classification> results;

  private VerdictCache(int size) {
    this.results =
        Caffeine.newBuilder()
            .maximumSize(size)
            // Maintenance on the calling thread: no task for the common pool, which has a single
            // worker on two cores and is shared with the batch.
            .executor(Runnable::run)
            .recordStats()
            .build();
  }

  /** A cache of {@code size} results, or null (no cache) for a size of 0 or less. */
  static VerdictCache ofSize(int size) {
    return size > 0 ? new VerdictCache(size) : null;
  }

  /** The size from the system property {@code cytosis.verdictCache}, else {@link #DEFAULT_SIZE}. */
  static VerdictCache configured() {
    return ofSize(Integer.getInteger("cytosis.verdictCache", DEFAULT_SIZE));
  }

  /**
   * The result for these facts, under {@code id}: the stored one if these facts were classified
   * before, else {@code run}'s, stored.
   *
   * @param facts exactly what the rules are given, an immutable list of value-compared records
   * @param id the id of the event being classified
   * @param run the rules run on the facts, without a listener
   */
  Classification classify(List<?> facts, String id, Supplier<Classification> run) {
    List<?> key = List.copyOf(facts); // no copy when the list is immutable already
    Classification stored = results.getIfPresent(key);
    if (stored == null) {
      stored = run.get();
      results.put(key, stored);
    }
    return Objects.equals(stored.id(), id) ? stored : stored.withId(id);
  }

  /** Hits over lookups since the cache was made, for measurements. */
  double hitRate() {
    return results.stats().hitRate();
  }
}
