package io.github.bsa.parsers.internal.textio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link AdaptiveTextReader#readPlain} returns what {@link AdaptiveTextReader#read()} would. */
final class AdaptiveTextReaderPlainTest {
  private static final boolean[] STOP = new boolean[128];

  static {
    STOP['<'] = true;
    STOP['&'] = true;
  }

  @Test
  void readPlain_agreesWithReadingOneCharacterAtATime() throws IOException {
    Random random = new Random(7);
    String[] pieces = {"a", "Z", " ", "\t", "<", "&", "\r", "\n", "\r\n", "é", "€", "😀", "x"};
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(20_000);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
      if (round % 3 == 0 && bytes.length > 0) {
        bytes[random.nextInt(bytes.length)] = (byte) 0xE9; // a stray legacy byte
      }
      assertThat(trace(bytes, random, true)).isEqualTo(trace(bytes, random, false));
    }
  }

  @Test
  void readPlain_readsNothingAfterAPushback() throws IOException {
    AdaptiveTextReader r = reader("abc".getBytes(StandardCharsets.US_ASCII));
    int c = r.read();
    r.unread(c);
    assertThat(r.readPlain(new char[8], 0, 8, STOP)).isZero();
    assertThat(r.read()).isEqualTo('a');
    char[] rest = new char[8];
    assertThat(r.readPlain(rest, 0, 8, STOP)).isEqualTo(2);
    assertThat(new String(rest, 0, 2)).isEqualTo("bc");
    assertThat(r.column()).isEqualTo(3);
  }

  /**
   * Every character, and the line, column and count after each character that ends a plain run (and
   * at the end).
   */
  private static List<String> trace(byte[] bytes, Random random, boolean plain) throws IOException {
    AdaptiveTextReader r = reader(bytes);
    List<String> out = new ArrayList<>();
    char[] buf = new char[64];
    while (true) {
      if (plain) {
        int n = r.readPlain(buf, 0, 1 + random.nextInt(buf.length), STOP);
        for (int i = 0; i < n; i++) {
          out.add(Integer.toString(buf[i]));
        }
        if (n > 0) {
          continue;
        }
      }
      int c = r.read();
      if (c < 0) {
        break;
      }
      out.add(Integer.toString(c));
      if (isStop(c)) {
        out.add(r.line() + ":" + r.column() + ":" + r.charCount());
      }
    }
    out.add("end " + r.line() + ":" + r.column() + ":" + r.charCount());
    return out;
  }

  private static boolean isStop(int ch) {
    return ch >= 0x80 || ch == '\r' || ch == '\n' || STOP[ch];
  }

  private static AdaptiveTextReader reader(byte[] bytes) throws IOException {
    InputStream in = new ByteArrayInputStream(bytes);
    return new AdaptiveTextReader(in, null, bytes);
  }
}
