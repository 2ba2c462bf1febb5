package io.github.bsa.parsers.internal.mt940;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.LimitExceededException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line reader's bulk scan (ADR 0270) at buffer edges, with a BOM, {@code @@} and limits. */
final class Mt940LineReaderTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Test
  void lines_areTheSameFromOneReadAndFromSingleBytes() throws IOException {
    byte[] text =
        concat(
            BOM,
            ":20:A\r\n:86:x@y@@:61:z\r\r\n\n:86:Gr\u00fc\u00dfe\n:86:caf"
                .getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xE9},
            "@@last@".getBytes(StandardCharsets.UTF_8));
    List<String> expected =
        List.of(
            ":20:A", ":86:x@y", ":61:z", "", "", ":86:Gr\u00fc\u00dfe", ":86:caf\u00e9", "last@");
    assertThat(lines(new ByteArrayInputStream(text), 100)).isEqualTo(expected);
    assertThat(lines(oneByteAtATime(text), 100)).isEqualTo(expected);
  }

  @Test
  void lineOfExactlyTheLimit_isRead_oneMore_isRefusedAtItsLine() throws IOException {
    String ok = "x".repeat(20);
    assertThat(
            lines(new ByteArrayInputStream((ok + "\n" + ok).getBytes(StandardCharsets.UTF_8)), 20))
        .containsExactly(ok, ok);
    for (InputStream in :
        List.of(
            new ByteArrayInputStream(("a\n" + ok + "y\n").getBytes(StandardCharsets.UTF_8)),
            oneByteAtATime(("a\n" + ok + "@y\n").getBytes(StandardCharsets.UTF_8)))) {
      assertThatThrownBy(() -> lines(in, 20))
          .isInstanceOf(LimitExceededException.class)
          .satisfies(e -> assertThat(((LimitExceededException) e).position().line()).isEqualTo(2));
    }
  }

  private static List<String> lines(InputStream in, int max) throws IOException {
    Mt940LineReader reader = new Mt940LineReader(in, max, null);
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      lines.add(line);
      assertThat(reader.lineNumber()).isEqualTo(lines.size());
    }
    return lines;
  }

  private static InputStream oneByteAtATime(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
