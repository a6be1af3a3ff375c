package org.cytosis.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Maps a function over a sequence of any length on several threads, in bounded memory, and gives
 * the results in input order. The input is read on the caller's thread as results are taken, in
 * chunks handed to worker threads; at most {@code threads * CHUNKS_PER_THREAD} chunks are read
 * ahead, so memory stays constant whatever the input size, and a slow consumer slows the reading.
 *
 * <p>An exception thrown by the function for one element is rethrown to the consumer when that
 * element's turn comes, after every earlier result; elements that fail in expected ways should be
 * mapped to a result that says so (as the command line does with unreadable records). Closing the
 * returned stream cancels the work in flight and stops the threads.
 *
 * <p>Behind {@code classify}, {@code validate} and {@code grade}, and the library's batch methods.
 */
public final class OrderedParallelMap {

  /** Elements per task: enough to make handing over cheap, few enough to keep every core busy. */
  static final int DEFAULT_CHUNK = 64;

  /** Chunks read ahead per thread: keeps workers busy while the consumer waits for the oldest. */
  static final int CHUNKS_PER_THREAD = 4;

  private OrderedParallelMap() {}

  /**
   * The results of {@code function} over {@code input}, in input order, computed on every core. The
   * returned stream is lazy and must be closed (try-with-resources) if not read to its end.
   */
  public static <T, R> Stream<R> map(
      Stream<? extends T> input, Function<? super T, ? extends R> function) {
    return map(input, function, Runtime.getRuntime().availableProcessors(), DEFAULT_CHUNK);
  }

  /** As {@link #map(Stream, Function)}, with a given number of threads and chunk size. */
  public static <T, R> Stream<R> map(
      Stream<? extends T> input,
      Function<? super T, ? extends R> function,
      int threads,
      int chunkSize) {
    Objects.requireNonNull(input, "input must not be null");
    Objects.requireNonNull(function, "function must not be null");
    if (threads < 1 || chunkSize < 1) {
      throw new IllegalArgumentException("threads and chunkSize must be at least 1");
    }
    Results<T, R> results = new Results<>(input.iterator(), function, threads, chunkSize);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED), false)
        .onClose(results::close)
        .onClose(input::close);
  }

  /**
   * The results as they are taken: reads ahead, hands chunks to the workers, waits for the oldest.
   */
  private static final class Results<T, R> implements Iterator<R>, AutoCloseable {

    private final Iterator<? extends T> input;
    private final Function<? super T, ? extends R> function;
    private final int chunkSize;
    private final int window;
    private final ExecutorService executor;

    /** Each chunk's results: an R, or a {@link Failed} that ends the chunk. */
    private final Deque<Future<List<Object>>> inFlight = new ArrayDeque<>();

    private Iterator<Object> current = Collections.emptyIterator();
    private boolean closed;

    Results(
        Iterator<? extends T> input,
        Function<? super T, ? extends R> function,
        int threads,
        int chunkSize) {
      this.input = input;
      this.function = function;
      this.chunkSize = chunkSize;
      this.window = threads * CHUNKS_PER_THREAD;
      this.executor = Executors.newFixedThreadPool(threads, daemonThreads());
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (closed) {
          return false;
        }
        fill();
        Future<List<Object>> oldest = inFlight.pollFirst();
        if (oldest == null) {
          close();
          return false;
        }
        current = await(oldest).iterator();
        fill();
      }
      return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public R next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Object result = current.next();
      if (result instanceof Failed failed) {
        close();
        throw failed.rethrowable();
      }
      return (R) result;
    }

    /** Stops the workers; results not yet taken are dropped. Idempotent. */
    @Override
    public void close() {
      if (!closed) {
        closed = true;
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
        executor.shutdownNow();
      }
    }

    /** Reads input and hands it to the workers until the window is full or the input ends. */
    private void fill() {
      while (inFlight.size() < window && input.hasNext()) {
        List<T> chunk = new ArrayList<>(chunkSize);
        while (chunk.size() < chunkSize && input.hasNext()) {
          chunk.add(input.next());
        }
        inFlight.addLast(executor.submit(() -> apply(chunk)));
      }
    }

    /**
     * Runs on a worker. A failure stands in for its element; the rest of the chunk is not needed.
     */
    private List<Object> apply(List<T> chunk) {
      List<Object> out = new ArrayList<>(chunk.size());
      for (T element : chunk) {
        try {
          out.add(function.apply(element));
        } catch (RuntimeException | Error e) {
          out.add(new Failed(e));
          break;
        }
      }
      return out;
    }

    /** What the function threw for an element, kept until the consumer reaches that element. */
    private record Failed(Throwable cause) {
      RuntimeException rethrowable() {
        if (cause instanceof Error error) {
          throw error;
        }
        return (RuntimeException) cause;
      }
    }

    private List<Object> await(Future<List<Object>> future) {
      try {
        return future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new CancellationException("interrupted while waiting for a result");
      } catch (ExecutionException e) {
        close();
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(cause);
      }
    }

    /** Daemon threads, so that a consumer that stops early never keeps the JVM alive. */
    private static ThreadFactory daemonThreads() {
      AtomicInteger count = new AtomicInteger();
      return runnable -> {
        Thread thread = new Thread(runnable, "cytosis-batch-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      };
    }
  }
}
