package org.cytosis.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The two readers under every record reader: strict UTF-8 decoding that places a bad byte on its
 * line, and line reading that holds at most a maximum of any line. Texts are generated with every
 * kind of line break, and characters of one to four bytes, so that both cross the readers' buffer
 * boundaries.
 */
class LineReadingProperties {

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(50),
            Arbitraries.of(
                "\n", "\r", "\r\n", "\r\r\n", "é", "日本", "\uD83D\uDE00", "\uFEFF", "\t", " "),
            Arbitraries.strings().withCharRange('\u0100', '\uD7FF').ofMaxLength(3000));
    return pieces.list().ofMaxSize(40).map(p -> String.join("", p));
  }

  @Property
  void validUtf8DecodesToTheSameText(@ForAll("texts") String text) throws IOException {
    // when
    String decoded =
        readAll(Utf8Input.reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    // then
    assertThat(decoded).isEqualTo(text);
  }

  @Property
  void aByteThatIsNotUtf8IsPlacedOnItsLineAfterEveryCharacterBeforeIt(
      @ForAll("texts") String before,
      @ForAll @IntRange(min = 0x80, max = 0xFF) int bad,
      @ForAll("texts") String after) {
    // given valid text, then a byte that cannot start a character, then more text
    Assume.that(bad < 0xC2 || bad > 0xF4); // a continuation byte, or one UTF-8 never uses
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] tail = after.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) bad;
    System.arraycopy(tail, 0, all, head.length + 1, tail.length);
    Reader reader = Utf8Input.reader(new ByteArrayInputStream(all));
    StringBuilder delivered = new StringBuilder();
    // when it is read, then every character before the bad byte comes first, and then the error
    assertThatThrownBy(
            () -> {
              for (int c; (c = reader.read()) >= 0; ) {
                delivered.append((char) c);
              }
            })
        .isInstanceOfSatisfying(
            NotUtf8Exception.class,
            e -> {
              assertThat(e.badByte()).isEqualTo(bad);
              assertThat(e.line()).isEqualTo(lines(before).size());
            });
    assertThat(delivered.toString()).isEqualTo(before);
  }

  @Property
  void markedBadBytesBecomeReplacementCharactersPlacedByOffsetAndLine(
      @ForAll("texts") String a,
      @ForAll @IntRange(min = 0x80, max = 0xFF) int bad1,
      @ForAll("texts") String b,
      @ForAll @IntRange(min = 0x80, max = 0xFF) int bad2,
      @ForAll("texts") String c)
      throws IOException {
    // given text with two bytes that cannot start a character (after an "x", so that it never
    // starts as UTF-16 would)
    Assume.that((bad1 < 0xC2 || bad1 > 0xF4) && (bad2 < 0xC2 || bad2 > 0xF4));
    String head = "x" + a;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    bytes.write(bad1);
    bytes.writeBytes(b.getBytes(StandardCharsets.UTF_8));
    bytes.write(bad2);
    bytes.writeBytes(c.getBytes(StandardCharsets.UTF_8));
    StrictUtf8Reader reader =
        (StrictUtf8Reader) Utf8Input.reader(new ByteArrayInputStream(bytes.toByteArray()));
    BadBytes marks = reader.markBadBytes();
    // when it is read with marks
    String decoded = readAll(reader);
    // then the text is the JDK's, with U+FFFD for each, and each is marked at its offset and line
    assertThat(decoded).isEqualTo(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
    long first = head.length();
    long second = first + 1 + b.length();
    BadBytes.Mark one = marks.takeOffsets(0, first + 1);
    BadBytes.Mark two = marks.takeOffsets(first + 1, second + 1);
    assertThat(one).isEqualTo(new BadBytes.Mark(first, first, lines(head).size(), bad1));
    assertThat(two)
        .isEqualTo(new BadBytes.Mark(second, second, lines(head + "\uFFFD" + b).size(), bad2));
    assertThat(marks.any()).isFalse();
  }

  @Property
  void linesAreTheLinesBufferedReaderFinds(@ForAll("texts") String text) throws IOException {
    // when
    List<String> bounded = new ArrayList<>();
    BoundedLineReader reader = new BoundedLineReader(new StringReader(text), Integer.MAX_VALUE);
    for (BoundedLineReader.Line line; (line = reader.next()) != null; ) {
      bounded.add(line.text());
    }
    // then
    assertThat(bounded).isEqualTo(new BufferedReader(new StringReader(text)).lines().toList());
  }

  @Property
  void aLineLongerThanTheMaximumIsOnlyCounted(
      @ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 200) int max)
      throws IOException {
    // when
    BoundedLineReader reader = new BoundedLineReader(new StringReader(text), max);
    List<String> expected = new BufferedReader(new StringReader(text)).lines().toList();
    // then
    for (String line : expected) {
      BoundedLineReader.Line read = reader.next();
      assertThat(read.length()).isEqualTo(line.length());
      assertThat(read.text()).isEqualTo(line.length() <= max ? line : null);
    }
    assertThat(reader.next()).isNull();
  }

  /** The lines of a text with a line break at its end counted as opening one more line. */
  private static List<String> lines(String text) {
    List<String> lines =
        new ArrayList<>(new BufferedReader(new StringReader(text)).lines().toList());
    if (text.isEmpty() || text.endsWith("\n") || text.endsWith("\r")) {
      lines.add("");
    }
    return lines;
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[777];
    for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0; ) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }
}
