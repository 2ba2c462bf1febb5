package io.github.bsa.parsers.fuzz;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.parsers.BsaParsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * The child JVM of {@link NoNetworkTest}: parses every seed and documents that point at a URL
 * ({@code args[0]}, the parent's trap) through DTDs, external entities, a PDF link and a PDF
 * font/ICC reference, and prints {@code OUTCOME <name> PARSED|TYPED <code>|UNEXPECTED <class>}.
 */
final class NetworkProbe {
  private NetworkProbe() {}

  public static void main(String[] args) throws IOException {
    String url = args[0];
    Map<String, Map.Entry<String, byte[]>> docs = new LinkedHashMap<>();
    FuzzSeeds.seeds()
        .forEach(
            (target, seeds) -> {
              if (!target.equals("detect")) {
                seeds.forEach((name, data) -> docs.put(target + "/" + name, Map.entry("", data)));
              }
            });
    String camt =
        new String(
            java.util.Objects.requireNonNull(docs.get("camt053/seed-statement.xml")).getValue(),
            StandardCharsets.UTF_8);
    String doctype =
        "<!DOCTYPE Document SYSTEM \""
            + url
            + "dtd\" [<!ENTITY ext SYSTEM \""
            + url
            + "entity\"><!ENTITY % pe SYSTEM \""
            + url
            + "pe\"> %pe;]>\n";
    String withDtd = camt.replaceFirst("\n", "\n" + doctype).replace("Coffee", "&ext;");
    docs.put("camt053/external-dtd-and-entities", Map.entry("camt.053", ascii(withDtd)));
    docs.put("detect/external-dtd-and-entities", Map.entry("", ascii(withDtd)));
    String ofx =
        new String(
            java.util.Objects.requireNonNull(docs.get("ofxXml/seed-xml.ofx")).getValue(),
            StandardCharsets.UTF_8);
    String ofxDtd =
        ofx.replaceFirst("\\?>\n", "?>\n<!DOCTYPE OFX SYSTEM \"" + url + "ofx.dtd\">\n");
    docs.put("ofxXml/external-dtd", Map.entry("ofx", ascii(ofxDtd)));
    docs.put("pdf/remote-references", Map.entry("pdf", remotePdf(url)));
    for (Map.Entry<String, Map.Entry<String, byte[]>> doc : docs.entrySet()) {
      String format = doc.getValue().getKey();
      if (format.isEmpty()) {
        format = formatOf(doc.getKey());
      }
      ParseOptions options =
          format.isEmpty()
              ? ParseOptions.defaults()
              : ParseOptions.builder().format(format).build();
      String outcome;
      try {
        var unused =
            io.github.bsa.core.StatementAnalyzer.builder()
                .parsers(BsaParsers.all())
                .limits(FuzzOracle.LIMITS)
                .build()
                .parse(doc.getValue().getValue(), options);
        outcome = "PARSED";
      } catch (BsaException e) {
        outcome = "TYPED " + e.errorCode();
      } catch (RuntimeException e) {
        outcome = "UNEXPECTED " + e.getClass().getName();
      }
      System.out.println("OUTCOME " + doc.getKey() + " " + outcome);
    }
    System.out.println("DONE");
  }

  private static String formatOf(String key) {
    String target = key.substring(0, key.indexOf('/'));
    return switch (target) {
      case "ofxSgml", "ofxXml" -> "ofx";
      case "camt053" -> "camt.053";
      case "camt054" -> "camt.054";
      case "detect" -> "";
      default -> target;
    };
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The seed statement PDF plus a link to the URL, a page whose font program and ICC profile are
   * "file specifications" naming the URL, and a remote go-to action.
   */
  private static byte[] remotePdf(String url) throws IOException {
    try (PDDocument doc = Loader.loadPDF(FuzzSeeds.statementPdf())) {
      PDPage page = doc.getPage(0);
      PDAnnotationLink link = new PDAnnotationLink();
      PDActionURI uri = new PDActionURI();
      uri.setURI(url + "link");
      link.setAction(uri);
      page.getAnnotations().add(link);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out, CompressParameters.NO_COMPRESSION);
      String pdf = out.toString(StandardCharsets.ISO_8859_1);
      // A URL file specification as the document's output intent ICC profile and a remote action.
      String extra =
          "/OutputIntents[<</Type/OutputIntent/S/GTS_PDFA1/DestOutputProfile"
              + "<</FS/URL/F("
              + url
              + "icc)>>>>]/OpenAction<</S/GoToR/F<</FS/URL/F("
              + url
              + "remote)>>/D[0/Fit]>>";
      pdf = pdf.replaceFirst("/Type /Catalog", "/Type /Catalog" + extra);
      return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }
  }
}
