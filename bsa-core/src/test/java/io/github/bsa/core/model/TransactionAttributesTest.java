package io.github.bsa.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The array-backed attributes of a transaction (ADR 0210) behave as the sorted map they were. */
final class TransactionAttributesTest {
  private static Transaction.Builder builder() {
    return Transaction.builder().amount(BigDecimal.ONE);
  }

  @Test
  void attributes_randomPutsAndRemoves_matchATreeMap() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      Transaction.Builder b = builder();
      TreeMap<String, String> expected = new TreeMap<>();
      for (int op = 0; op < random.nextInt(20); op++) {
        String key = "k" + random.nextInt(8);
        String value = random.nextInt(4) == 0 ? null : "v" + random.nextInt(100);
        b.attribute(key, value);
        if (value == null) {
          expected.remove(key);
        } else {
          expected.put(key, value);
        }
      }
      Map<String, String> actual = b.build().attributes();
      assertThat(actual).isEqualTo(expected);
      assertThat(expected).isEqualTo(actual);
      assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
      assertThat(actual.toString()).isEqualTo(expected.toString());
      assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    }
  }

  @Test
  void attributes_changedAfterBuildOrThroughToBuilder_leaveBuiltTransactionsAlone() {
    Transaction.Builder b = builder().attribute("x.b", "2").attribute("x.a", "1");
    Transaction first = b.build();
    b.attribute("x.c", "3").attribute("x.a", null);
    Transaction second = b.build();
    Transaction third = first.toBuilder().attribute("x.b", "changed").build();
    Transaction fourth = first.toBuilder().id("id").build();

    assertThat(first.attributes()).containsExactly(Map.entry("x.a", "1"), Map.entry("x.b", "2"));
    assertThat(second.attributes()).containsExactly(Map.entry("x.b", "2"), Map.entry("x.c", "3"));
    assertThat(third.attributes())
        .containsExactly(Map.entry("x.a", "1"), Map.entry("x.b", "changed"));
    assertThat(fourth.attributes()).isEqualTo(first.attributes());
    assertThat(first).isNotEqualTo(third);
  }

  @Test
  void attributes_areUnmodifiable() {
    Map<String, String> attributes = builder().attribute("x.a", "1").build().attributes();
    assertThatThrownBy(() -> attributes.put("x.b", "2"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> attributes.remove("x.a"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(attributes::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> attributes.entrySet().iterator().next().setValue("3"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(attributes.get("x.a")).isEqualTo("1");
    assertThat(attributes.containsKey("x.z")).isFalse();
    assertThat(builder().build().attributes()).isEmpty();
  }
}
