package io.github.bsa.parsers.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes a PDF from raw object bodies (object 1 is the catalog), with a correct xref table. */
final class RawPdf {
  private final List<String> objects = new ArrayList<>();

  /** Adds an object body and returns its number. */
  int add(String body) {
    objects.add(body);
    return objects.size();
  }

  /** Adds a stream object with the given dictionary entries and data. */
  int addStream(String dictionary, String data) {
    return add(
        "<<" + dictionary + "/Length " + data.length() + ">>\nstream\n" + data + "\nendstream");
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    long[] offsets = new long[objects.size() + 1];
    for (int i = 0; i < objects.size(); i++) {
      offsets[i + 1] = out.size();
      write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    long xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n");
    table.append("0000000000 65535 f \n");
    for (int i = 1; i <= objects.size(); i++) {
      table.append(String.format("%010d 00000 n \n", offsets[i]));
    }
    table.append("trailer\n<</Size ").append(objects.size() + 1).append("/Root 1 0 R>>\n");
    table.append("startxref\n").append(xref).append("\n%%EOF\n");
    write(out, table.toString());
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
