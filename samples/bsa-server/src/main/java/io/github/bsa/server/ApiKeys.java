package io.github.bsa.server;

import io.github.bsa.storage.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * API keys, kept only as SHA-256 hashes: from {@code bsa.server.api-keys} (environment {@code
 * BSA_SERVER_API_KEYS}) and from the table {@code bsa_server_api_key} of the server's database.
 * Keys are random and long (at least 16 characters; generated ones carry 256 bits), so a fast hash
 * is enough: there is nothing to brute-force that a slow hash would protect. Thread-safe.
 */
@Component
public class ApiKeys {
  private static final Logger LOG = LoggerFactory.getLogger(ApiKeys.class);

  private final Map<String, TenantPrincipal> fromConfig = new ConcurrentHashMap<>();
  private final JdbcTemplate jdbc;

  /**
   * Loads the configured keys and creates the key table if needed.
   *
   * @param properties the server settings
   * @param jdbc the server's database
   */
  public ApiKeys(ServerProperties properties, JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    try {
      jdbc.execute(
          "CREATE TABLE IF NOT EXISTS bsa_server_api_key (key_hash VARCHAR(64) PRIMARY KEY,"
              + " tenant_id VARCHAR(64) NOT NULL, read_only BOOLEAN NOT NULL)");
    } catch (DataAccessException e) {
      // two instances starting at once on PostgreSQL may race on IF NOT EXISTS: the other won
      jdbc.queryForList("SELECT key_hash FROM bsa_server_api_key WHERE 1 = 0");
    }
    String keys = properties.apiKeys();
    if (keys != null && !keys.isBlank()) {
      for (String entry : keys.split(",", -1)) {
        String[] p = entry.trim().split(":", -1);
        boolean readOnly = p.length == 3 && p[2].equals("read");
        fromConfig.put(hash(p[1]), new TenantPrincipal(TenantId.of(p[0]), readOnly, "api-key"));
      }
      LOG.info("{} API key(s) configured", fromConfig.size());
    }
    if (properties.demoKey()) {
      String demo = "demo-" + random();
      fromConfig.put(hash(demo), new TenantPrincipal(TenantId.of("demo"), false, "api-key"));
      // the one place a key is logged: the demo key exists to be typed into the upload page
      LOG.info("Demo API key for tenant 'demo' (this run only): {}", demo);
    }
  }

  /** Returns the caller of a key, or empty for an unknown key. */
  Optional<TenantPrincipal> find(String key) {
    String h = hash(key);
    TenantPrincipal p = fromConfig.get(h);
    if (p != null) {
      return Optional.of(p);
    }
    List<TenantPrincipal> rows =
        jdbc.query(
            "SELECT tenant_id, read_only FROM bsa_server_api_key WHERE key_hash = ?",
            (rs, i) ->
                new TenantPrincipal(TenantId.of(rs.getString(1)), rs.getBoolean(2), "api-key"),
            h);
    return rows.stream().findFirst();
  }

  /**
   * Creates a key for a tenant in the database and returns it; only its hash is stored.
   *
   * @param tenant the tenant
   * @param readOnly whether the key may only read
   * @return the new key, shown once
   */
  public String create(TenantId tenant, boolean readOnly) {
    String key = "bsa-" + random();
    jdbc.update(
        "INSERT INTO bsa_server_api_key (key_hash, tenant_id, read_only) VALUES (?, ?, ?)",
        hash(key),
        tenant.value(),
        readOnly);
    return key;
  }

  static String hash(String key) {
    return BsaJobs.sha256(key.getBytes(StandardCharsets.UTF_8));
  }

  private static String random() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
