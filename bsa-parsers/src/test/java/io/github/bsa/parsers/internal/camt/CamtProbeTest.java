package io.github.bsa.parsers.internal.camt;

import static io.github.bsa.parsers.internal.camt.CamtSamples.bytes;
import static io.github.bsa.parsers.internal.camt.CamtSamples.namespace;
import static io.github.bsa.parsers.internal.camt.CamtSamples.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementParserProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class CamtProbeTest {
  private static final List<StatementParserProvider> PROVIDERS =
      List.of(
          new Camt052ParserProvider(), new Camt053ParserProvider(), new Camt054ParserProvider());

  private static ProbeResult probe(String formatId, String text) {
    SourceSample sample = SourceSample.of(bytes(text));
    return PROVIDERS.stream()
        .filter(p -> p.formatId().equals(formatId))
        .findFirst()
        .orElseThrow()
        .probe(sample);
  }

  @Test
  void recognisesEachKindByNamespaceAndElement() {
    for (String kind : List.of("camt.052", "camt.053", "camt.054")) {
      String xml = statement(kind, namespace(kind, 8), "");
      assertThat(probe(kind, xml).confidence()).isGreaterThanOrEqualTo(0.9);
      for (String other : List.of("camt.052", "camt.053", "camt.054")) {
        if (!other.equals(kind)) {
          assertThat(probe(other, xml).confidence()).isLessThan(0.5);
        }
      }
    }
  }

  @Test
  void recognisesNamespaceFreeAndPrefixedDocuments() {
    assertThat(probe("camt.053", statement("camt.053", "", "")).confidence())
        .isGreaterThanOrEqualTo(0.9);
    assertThat(
            probe("camt.054", statement("camt.054", namespace("camt.054", 2), "ns2:")).confidence())
        .isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void namespaceAloneIsEnough() {
    String head =
        "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.052.001.13\">";
    assertThat(probe("camt.052", head).confidence()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void foreignInputIsNotCamt() {
    for (String text :
        List.of(
            "",
            ":20:STARTUMS\n:25:12345678/0000000001\n",
            "<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>",
            "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\">",
            "Date;Amount;Text\n2024-01-01;1,00;x\n")) {
      for (StatementParserProvider p : PROVIDERS) {
        assertThat(p.probe(SourceSample.of(bytes(text)))).isEqualTo(ProbeResult.NO);
      }
    }
  }
}
