package org.cytosis.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OrderedParallelMapTest {

  @Test
  void resultsComeInInputOrderWhateverOrderTheWorkersFinishIn() {
    // given: elements whose work takes longer the earlier they come, so later ones finish first
    List<Integer> input = IntStream.range(0, 2_000).boxed().toList();

    // when
    List<String> results;
    try (Stream<String> mapped =
        OrderedParallelMap.map(
            input.stream(),
            i -> {
              busyWait(i % 7 == 0 ? 50_000 : 0);
              return "r" + i;
            },
            3,
            5)) {
      results = mapped.toList();
    }

    // then
    assertThat(results).isEqualTo(input.stream().map(i -> "r" + i).toList());
  }

  @Test
  void workRunsOnSeveralThreadsAtOnce() throws Exception {
    // given: the first two elements each wait until both are being worked on at the same time
    CountDownLatch bothInside = new CountDownLatch(2);
    AtomicBoolean overlapped = new AtomicBoolean(true);

    // when
    try (Stream<Integer> mapped =
        OrderedParallelMap.map(
            Stream.of(0, 1, 2, 3),
            i -> {
              if (i < 2) {
                bothInside.countDown();
                try {
                  overlapped.compareAndSet(true, bothInside.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
              return i;
            },
            2,
            1)) {
      assertThat(mapped.toList()).containsExactly(0, 1, 2, 3);
    }

    // then
    assertThat(overlapped).isTrue();
  }

  @Test
  void readsOnlyABoundedWindowAheadOfWhatHasBeenTaken() {
    // given: an endless input that counts how much of it was read
    AtomicInteger read = new AtomicInteger();
    Iterator<Integer> endless =
        Stream.iterate(0, i -> i + 1).peek(i -> read.incrementAndGet()).iterator();
    int threads = 2;
    int chunk = 4;

    // when: a few results are taken from the endless stream
    try (Stream<Integer> mapped =
        OrderedParallelMap.map(Stream.generate(endless::next), i -> i * 2, threads, chunk)) {
      Iterator<Integer> results = mapped.iterator();
      for (int taken = 1; taken <= 100; taken++) {
        assertThat(results.next()).isEqualTo((taken - 1) * 2);

        // then: memory stays bounded: what was read never runs more than the window ahead
        assertThat(read.get() - taken)
            .isLessThanOrEqualTo((threads * OrderedParallelMap.CHUNKS_PER_THREAD + 1) * chunk);
      }
    }
  }

  @Test
  void aFailureSurfacesAtItsElementAfterEveryEarlierResult() {
    // given
    Iterator<String> results =
        OrderedParallelMap.map(
                IntStream.range(0, 500).boxed(),
                i -> {
                  if (i == 321) {
                    throw new IllegalArgumentException("element 321 is bad");
                  }
                  return "r" + i;
                },
                2,
                8)
            .iterator();

    // when
    for (int i = 0; i < 321; i++) {
      assertThat(results.next()).isEqualTo("r" + i);
    }

    // then
    assertThatThrownBy(results::next)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("element 321 is bad");
  }

  @Test
  void anEmptyInputGivesNoResults() {
    try (Stream<Object> mapped = OrderedParallelMap.map(Stream.empty(), x -> x)) {
      assertThat(mapped.toList()).isEmpty();
    }
  }

  @Test
  void closingTheResultsClosesTheInput() {
    // given
    AtomicBoolean inputClosed = new AtomicBoolean();
    Stream<Integer> input = Stream.of(1, 2, 3).onClose(() -> inputClosed.set(true));

    // when
    try (Stream<Integer> mapped = OrderedParallelMap.map(input, i -> i)) {
      assertThat(mapped.findFirst()).contains(1);
    }

    // then
    assertThat(inputClosed).isTrue();
  }

  private static void busyWait(long nanos) {
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }
}
