package io.github.bsa.parsers.internal.mt940;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class Mt940ProbeTest {
  private final Mt940ParserProvider mt940 = new Mt940ParserProvider();
  private final Mt942ParserProvider mt942 = new Mt942ParserProvider();

  @Test
  void probe_mt940Fields_isConfident() {
    SourceSample s = sample(":20:A\r\n:25:1\r\n:28C:1\r\n:60F:C240105EUR1,00\r\n");
    assertThat(mt940.probe(s).confidence()).isGreaterThanOrEqualTo(0.85);
    assertThat(mt942.probe(s).confidence()).isLessThan(mt940.probe(s).confidence());
  }

  @Test
  void probe_envelope_isConfident() {
    SourceSample s = sample("{1:F01INGBNL2AXXXX00001}{2:I940INGBNL2AXXXN}{4:\n:20:A\n:25:1\n");
    assertThat(mt940.probe(s).confidence()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void probe_mt942Fields_preferMt942() {
    SourceSample s = sample(":20:A\n:25:1\n:28C:1\n:34F:EURD0,\n:13D:2401191815+0100\n:61:x\n");
    assertThat(mt942.probe(s).confidence()).isGreaterThanOrEqualTo(0.85);
    assertThat(mt940.probe(s).confidence()).isLessThan(mt942.probe(s).confidence());
  }

  @Test
  void probe_foreignText_isNo() {
    for (String text :
        new String[] {"date;amount\n2024-01-01;5\n", "<OFX>", "", "\u0000\u0001binary"}) {
      assertThat(mt940.probe(sample(text))).isEqualTo(ProbeResult.NO);
      assertThat(mt942.probe(sample(text))).isEqualTo(ProbeResult.NO);
    }
  }

  private static SourceSample sample(String text) {
    return SourceSample.of(text.getBytes(StandardCharsets.UTF_8));
  }
}
