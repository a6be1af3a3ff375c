package org.cytosis.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The marks of bad bytes: taken by the record that holds them, and bounded on one long line. */
class BadBytesTest {

  @Test
  void eachRecordTakesTheFirstMarkWithinItAndNoneOfAnother() {
    // given bad bytes at offsets 5 and 7 on line 1, and 30 on line 2
    BadBytes marks = new BadBytes();
    marks.add(5, 1, 0xE9);
    marks.add(7, 1, 0xE8);
    marks.add(30, 2, 0xE0);
    // then a record before them has none, the one holding two gets the first, the next its own
    assertThat(marks.takeOffsets(0, 5)).isNull();
    assertThat(marks.takeOffsets(5, 10)).isEqualTo(new BadBytes.Mark(5, 5, 1, 0xE9));
    assertThat(marks.takeOffsets(10, 20)).isNull();
    assertThat(marks.takeLines(2, 2)).isEqualTo(new BadBytes.Mark(30, 30, 2, 0xE0));
    assertThat(marks.any()).isFalse();
  }

  @Test
  void aLineOfAMillionBadBytesHoldsAFewThousandMarksAndEveryRecordOnItStillFindsOne() {
    // given a million bad bytes, every other character of one line (a binary file read as text)
    BadBytes marks = new BadBytes();
    for (long offset = 0; offset < 2_000_000; offset += 2) {
      marks.add(offset, 1, 0x9C);
    }
    // then a record anywhere on the line is spoiled, the last one too, however the marks merged
    for (long from = 0; from < 2_000_000; from += 100_000) {
      assertThat(marks.takeOffsets(from, from + 10)).as("record at %d", from).isNotNull();
    }
    assertThat(marks.takeOffsets(1_999_990, 2_000_000)).isNotNull();
  }
}
