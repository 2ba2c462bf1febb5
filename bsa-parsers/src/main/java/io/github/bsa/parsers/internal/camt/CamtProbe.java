package io.github.bsa.parsers.internal.camt;

import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Recognises CAMT messages by their namespace or message element in the 8 KiB sample. */
final class CamtProbe {
  private static final Pattern NAMESPACE =
      Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.(05[234])\\.\\d{3}\\.\\d{2}");
  private static final Pattern ROOT =
      Pattern.compile(
          "<(?:[A-Za-z_][\\w.-]*:)?(BkToCstmr(?:AcctRpt|Stmt|DbtCdtNtfctn)(?:V\\d{1,3})?)[\\s>/]");

  private CamtProbe() {}

  /** What the sample looks like. */
  record Verdict(CamtKind kind, double confidence, String reason) {}

  /** Returns what the sample is, or {@code null} when it is not recognisably CAMT. */
  static @Nullable Verdict inspect(SourceSample sample) {
    try {
      String text = sample.text();
      if (text.indexOf('<') < 0) {
        return null;
      }
      CamtKind byElement = null;
      Matcher r = ROOT.matcher(text);
      if (r.find()) {
        byElement = CamtKind.ofRootElement(r.group(1));
      }
      CamtKind byNamespace = null;
      Matcher n = NAMESPACE.matcher(text);
      if (n.find()) {
        byNamespace = CamtKind.ofNumber(n.group(1));
      }
      if (byElement != null && byNamespace != null) {
        // the element decides: it is what the parser reads
        return new Verdict(byElement, 0.98, "CAMT namespace and message element");
      }
      if (byElement != null) {
        return new Verdict(byElement, 0.92, "CAMT message element");
      }
      if (byNamespace != null) {
        return new Verdict(byNamespace, 0.9, "CAMT namespace");
      }
      return null;
    } catch (RuntimeException e) {
      return null; // a probe never throws
    }
  }

  /** Returns the probe result for a provider of {@code kind}. */
  static ProbeResult probe(SourceSample sample, CamtKind kind) {
    Verdict v = inspect(sample);
    if (v == null) {
      return ProbeResult.NO;
    }
    if (v.kind() != kind) {
      return ProbeResult.of(0.05, "CAMT message of another kind");
    }
    return ProbeResult.of(v.confidence(), v.reason());
  }
}
