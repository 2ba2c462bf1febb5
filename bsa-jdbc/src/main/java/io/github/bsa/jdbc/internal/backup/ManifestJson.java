package io.github.bsa.jdbc.internal.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bsa.jdbc.Dialect;
import io.github.bsa.jdbc.backup.BackupManifest;
import io.github.bsa.storage.TenantId;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads and writes {@code manifest.json} (documented in {@code docs/disaster-recovery.md}). */
public final class ManifestJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestJson() {}

  /**
   * Returns the JSON of a manifest.
   *
   * @param m the manifest
   * @return UTF-8 JSON
   */
  public static byte[] write(BackupManifest m) {
    ObjectNode o = toTree(m);
    try {
      return MAPPER.writeValueAsBytes(o);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Returns the manifest as a JSON tree.
   *
   * @param m the manifest
   * @return the tree
   */
  public static ObjectNode toTree(BackupManifest m) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("format", m.format());
    o.put("name", m.name());
    o.put("createdAt", m.createdAt().toString());
    o.put("sourceDialect", m.sourceDialect().id());
    o.put("schemaVersion", m.schemaVersion());
    if (m.tenant().isPresent()) {
      o.put("tenant", m.tenant().get().value());
    } else {
      o.putNull("tenant");
    }
    o.put("kind", m.kind().name().toLowerCase(Locale.ROOT));
    o.put("keyId", m.keyId());
    o.put("encryption", "AES-256-GCM, 64 KiB segments");
    o.put("compression", "gzip");
    ArrayNode tables = o.putArray("tables");
    for (BackupManifest.Table t : m.tables()) {
      tables
          .addObject()
          .put("name", t.name())
          .put("part", t.part())
          .put("rows", t.rows())
          .put("contentSha256", t.contentSha256());
    }
    ArrayNode parts = o.putArray("parts");
    for (BackupManifest.Part p : m.parts()) {
      parts.addObject().put("name", p.name()).put("size", p.size()).put("sha256", p.sha256());
    }
    return o;
  }

  /**
   * Parses a manifest.
   *
   * @param json the bytes
   * @return the manifest
   * @throws IOException if it is not a manifest
   */
  public static BackupManifest read(byte[] json) throws IOException {
    try {
      JsonNode o = MAPPER.readTree(json);
      if (o == null || !o.isObject() || o.path("format").asInt() != 1) {
        throw new IOException("not a bsa backup manifest");
      }
      List<BackupManifest.Table> tables = new ArrayList<>();
      for (JsonNode t : o.path("tables")) {
        tables.add(
            new BackupManifest.Table(
                text(t, "name"),
                text(t, "part"),
                t.path("rows").asLong(-1),
                text(t, "contentSha256")));
      }
      List<BackupManifest.Part> parts = new ArrayList<>();
      for (JsonNode p : o.path("parts")) {
        parts.add(
            new BackupManifest.Part(text(p, "name"), p.path("size").asLong(-1), text(p, "sha256")));
      }
      JsonNode tenant = o.path("tenant");
      return new BackupManifest(
          1,
          text(o, "name"),
          Instant.parse(text(o, "createdAt")),
          Dialect.valueOf(text(o, "sourceDialect").toUpperCase(Locale.ROOT)),
          o.path("schemaVersion").asInt(),
          tenant.isTextual() ? Optional.of(TenantId.of(tenant.asText())) : Optional.empty(),
          BackupManifest.Kind.valueOf(text(o, "kind").toUpperCase(Locale.ROOT)),
          text(o, "keyId"),
          tables,
          parts);
    } catch (RuntimeException e) {
      throw new IOException("not a readable bsa backup manifest", e);
    }
  }

  private static String text(JsonNode n, String field) throws IOException {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IOException("manifest field missing: " + field);
    }
    return v.asText();
  }
}
