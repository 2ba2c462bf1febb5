package io.github.bsa.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.storage.tck.Samples;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

final class ParseCacheTest {
  private final TenantId a = TenantId.of("a");
  private final TenantId b = TenantId.of("b");
  private final AtomicInteger parses = new AtomicInteger();

  private Supplier<ParseResult> parser(int from, int to) {
    return () -> {
      parses.incrementAndGet();
      return Samples.file("cache", from, to);
    };
  }

  @Test
  void get_sameTenantHashAndOptions_parsesOnce_andCountsHits() {
    ParseCache cache = ParseCache.defaults();
    String sha = Samples.sha("f");
    ParseResult first = cache.get(a, sha, ParseOptions.defaults(), parser(0, 3));
    ParseResult second = cache.get(a, sha, ParseOptions.defaults(), parser(0, 3));
    assertThat(second).isSameAs(first);
    assertThat(parses).hasValue(1);
    assertThat(cache.stats().hitCount()).isEqualTo(1);
    assertThat(cache.stats().missCount()).isEqualTo(1);
    assertThat(cache.stats().hitRate()).isEqualTo(0.5);
    assertThat(cache.toString()).contains("size=1");
  }

  @Test
  void get_otherTenant_neverSharesAnEntry() {
    ParseCache cache = ParseCache.defaults();
    String sha = Samples.sha("f");
    ParseResult forA = cache.get(a, sha, ParseOptions.defaults(), parser(0, 3));
    ParseResult forB = cache.get(b, sha, ParseOptions.defaults(), parser(0, 3));
    assertThat(forB).isNotSameAs(forA);
    assertThat(parses).hasValue(2);
    cache.invalidate(a);
    var unused = cache.get(b, sha, ParseOptions.defaults(), parser(0, 3));
    assertThat(parses).hasValue(2);
    var again = cache.get(a, sha, ParseOptions.defaults(), parser(0, 3));
    assertThat(parses).hasValue(3);
    assertThat(again).isNotNull();
  }

  @Test
  void get_differentOptionsOrPassword_areDifferentEntries() {
    ParseCache cache = ParseCache.defaults();
    String sha = Samples.sha("f");
    var unused1 = cache.get(a, sha, ParseOptions.defaults(), parser(0, 1));
    var unused2 = cache.get(a, sha, ParseOptions.builder().format("csv").build(), parser(0, 1));
    var unused3 =
        cache.get(
            a, sha, ParseOptions.builder().password("right".toCharArray()).build(), parser(0, 1));
    var unused4 =
        cache.get(
            a, sha, ParseOptions.builder().password("wrong".toCharArray()).build(), parser(0, 1));
    var unused5 =
        cache.get(
            a, sha, ParseOptions.builder().password("right".toCharArray()).build(), parser(0, 1));
    assertThat(parses).hasValue(4);
  }

  @Test
  void weightBound_evicts() {
    ParseCache cache = ParseCache.builder().maximumWeight(50).build();
    for (int i = 0; i < 20; i++) {
      var unused = cache.get(a, Samples.sha("f" + i), ParseOptions.defaults(), parser(0, 10));
    }
    cache.cleanUp();
    assertThat(cache.stats().evictionCount()).isPositive();
    assertThat(cache.estimatedSize()).isLessThanOrEqualTo(4); // 4 * 11 <= 50
    cache.invalidateAll();
    assertThat(cache.estimatedSize()).isZero();
    assertThatThrownBy(() -> ParseCache.builder().maximumWeight(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void failures_areNotCached() {
    ParseCache cache = ParseCache.defaults();
    String sha = Samples.sha("bad");
    assertThatThrownBy(
            () ->
                cache.get(
                    a,
                    sha,
                    ParseOptions.defaults(),
                    () -> {
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);
    var ok = cache.get(a, sha, ParseOptions.defaults(), parser(0, 1));
    assertThat(ok.transactionCount()).isEqualTo(1);
  }
}
