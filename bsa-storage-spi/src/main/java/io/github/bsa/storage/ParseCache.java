package io.github.bsa.storage;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A Caffeine cache of parse results, so a file uploaded again (or re-analyzed) is not parsed again.
 * Entries are keyed by tenant, source SHA-256 and a fingerprint of the {@link ParseOptions}; the
 * tenant is part of every key, so one tenant's upload never serves another tenant, even for a
 * byte-identical file. A password is part of the options fingerprint only as a salted hash, so a
 * wrong password never hits an entry parsed with the right one, and no password is kept in memory
 * by the cache. The cache is bounded by weight: an entry weighs one plus its transaction count.
 * Hit, miss and eviction counts are exposed through {@link #stats()}. Thread-safe.
 *
 * <p>Background statement jobs consult it when given one ({@code JobRunner.builder().handler(
 * StatementJobHandler.of(analyzer, sink, cache))}), so a re-upload of the same bytes is answered
 * without parsing.
 *
 * <pre>{@code
 * ParseCache cache = ParseCache.builder().maximumWeight(1_000_000).build();
 * ParseResult r = cache.parse(tenant, bytes, ParseOptions.defaults(), analyzer);
 * double hitRate = cache.stats().hitRate();
 * }</pre>
 *
 * @since 0.1
 */
public final class ParseCache {
  /** The default maximum weight: one million transactions. */
  public static final long DEFAULT_MAXIMUM_WEIGHT = 1_000_000;

  private final Cache<Key, ParseResult> cache;
  private final byte[] salt = new byte[16];

  private ParseCache(Builder b) {
    new java.security.SecureRandom().nextBytes(salt);
    this.cache =
        Caffeine.newBuilder()
            .maximumWeight(b.maximumWeight)
            .weigher((Key k, ParseResult r) -> 1 + Math.min(r.transactionCount(), 1_000_000_000))
            .recordStats()
            .build();
  }

  /**
   * Returns a builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a cache with the default bound.
   *
   * @return the cache
   */
  public static ParseCache defaults() {
    return builder().build();
  }

  /**
   * Returns the cached result of parsing these bytes for this tenant with these options, parsing
   * them with the analyzer on a miss. Concurrent calls for the same key parse once.
   *
   * @param tenant the tenant
   * @param bytes the file
   * @param options the options
   * @param analyzer the analyzer that parses on a miss
   * @return the result
   * @throws io.github.bsa.core.BsaException if parsing fails (failures are not cached)
   */
  public ParseResult parse(
      TenantId tenant, byte[] bytes, ParseOptions options, StatementAnalyzer analyzer) {
    requireNonNull(bytes, "bytes");
    requireNonNull(analyzer, "analyzer");
    return get(tenant, sha256Hex(bytes), options, () -> analyzer.parse(bytes, options));
  }

  /**
   * Returns the cached result for a tenant, source hash and options, computing it on a miss.
   *
   * @param tenant the tenant
   * @param sourceSha256 the SHA-256 of the source, lower-case hex
   * @param options the options the result is (to be) parsed with
   * @param parser computes the result on a miss
   * @return the result
   */
  public ParseResult get(
      TenantId tenant, String sourceSha256, ParseOptions options, Supplier<ParseResult> parser) {
    requireNonNull(tenant, "tenant");
    requireNonNull(sourceSha256, "sourceSha256");
    requireNonNull(options, "options");
    requireNonNull(parser, "parser");
    Key key = new Key(tenant, sourceSha256, fingerprint(options));
    return cache.get(key, k -> requireNonNull(parser.get(), "parser returned null"));
  }

  /**
   * Removes every entry of a tenant (call it when the tenant is purged).
   *
   * @param tenant the tenant
   */
  public void invalidate(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    cache.asMap().keySet().removeIf(k -> k.tenant.equals(tenant));
  }

  /** Performs pending maintenance, such as evictions, now rather than on a later access. */
  public void cleanUp() {
    cache.cleanUp();
  }

  /** Removes every entry. */
  public void invalidateAll() {
    cache.invalidateAll();
  }

  /**
   * Returns the approximate number of entries.
   *
   * @return the count
   */
  public long estimatedSize() {
    return cache.estimatedSize();
  }

  /**
   * Returns hit, miss and eviction statistics since the cache was created.
   *
   * @return a snapshot
   */
  public ParseCacheStats stats() {
    CacheStats s = cache.stats();
    return new ParseCacheStats(s.hitCount(), s.missCount(), s.evictionCount(), s.evictionWeight());
  }

  @Override
  public String toString() {
    return "ParseCache[size=" + cache.estimatedSize() + ", " + stats() + "]";
  }

  private String fingerprint(ParseOptions o) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(salt);
      StringBuilder b = new StringBuilder();
      b.append(o.format().orElse("")).append('\u0000');
      b.append(o.dateOrder().map(Enum::name).orElse("")).append('\u0000');
      b.append(o.charset().map(c -> c.name()).orElse("")).append('\u0000');
      b.append(o.retainTransactions()).append('\u0000');
      for (Map.Entry<String, String> e : o.formatOptions().entrySet()) {
        b.append(e.getKey()).append('=').append(e.getValue()).append('\u0000');
      }
      md.update(b.toString().getBytes(StandardCharsets.UTF_8));
      char[] password = o.password().orElse(null);
      if (password != null) {
        md.update((byte) 1);
        ByteBuffer pw = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[pw.remaining()];
        pw.get(bytes);
        md.update(bytes);
        Arrays.fill(bytes, (byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  /**
   * Returns the SHA-256 of bytes in lower-case hex, as {@link #get} expects it.
   *
   * @param bytes the bytes
   * @return 64 hex digits
   * @since 0.2
   */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  private record Key(TenantId tenant, String sourceSha256, String options) {}

  /** Builds a {@link ParseCache}. Not thread-safe. */
  public static final class Builder {
    private long maximumWeight = DEFAULT_MAXIMUM_WEIGHT;

    private Builder() {}

    /**
     * Sets the bound: the sum over entries of one plus their transaction count.
     *
     * @param value 0 or more (0 disables caching)
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    @CanIgnoreReturnValue
    public Builder maximumWeight(long value) {
      if (value < 0) {
        throw new IllegalArgumentException("maximumWeight must not be negative");
      }
      this.maximumWeight = value;
      return this;
    }

    /**
     * Builds the cache.
     *
     * @return the cache
     */
    public ParseCache build() {
      return new ParseCache(this);
    }
  }
}
