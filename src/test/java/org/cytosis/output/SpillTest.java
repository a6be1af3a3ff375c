package org.cytosis.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SpillTest {

  @Test
  void textWrittenIsReadBackByRangesInOrderOrGoingBackAndTheFileIsGoneOnClose() throws Exception {
    // given
    Path file;
    StringWriter out = new StringWriter();
    try (Spill spill = new Spill()) {
      assertThat(spill.file()).isNull(); // nothing is created before the first write
      spill.write("alpha ");
      long second = spill.length();
      spill.write("béta γ ");
      long third = spill.length();
      spill.write("delta\n".repeat(5_000));
      file = spill.file();
      assertThat(file).exists();
      // when: a range, the one after it, then one that goes back
      spill.copyTo(out, second, third - second);
      spill.copyTo(out, third, 6);
      spill.copyTo(out, 0, second);
      // then
      assertThat(out.toString()).isEqualTo("béta γ delta\nalpha ");
      StringWriter all = new StringWriter();
      spill.copyTo(all);
      assertThat(all.toString()).isEqualTo("alpha béta γ " + "delta\n".repeat(5_000));
    }
    assertThat(Files.exists(file)).isFalse();
  }

  @Test
  void aSpillNeverWrittenCopiesNothingAndLeavesNoFile() throws Exception {
    // given
    StringWriter out = new StringWriter();
    // when
    try (Spill spill = new Spill()) {
      spill.copyTo(out);
      // then
      assertThat(spill.file()).isNull();
    }
    assertThat(out.toString()).isEmpty();
  }
}
