package io.github.bsa.core.internal.analysis;

import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.Categories;
import io.github.bsa.core.analysis.CategoryRule;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Chooses a category and records the rule: user rules in order, then the default keyword rules
 * (lowest listed rule among the keyword hits wins), then the source's type code, then a fallback.
 * Immutable after construction and thread-safe.
 */
final class Categorizer {
  /** The outcome: category and rule id. */
  record Match(String category, String ruleId) {}

  private static final int MAX_PHRASE_WORDS = 4;
  private static final Match FALLBACK_IN = new Match(Categories.INCOME, "default.fallback.in");
  private static final Match FALLBACK_OUT = new Match(Categories.OTHER, "default.fallback.out");

  /** The rule of card payments to merchants that no keyword names. */
  static final String CARD_RULE = "default.card.unknown-merchant";

  private static final Match CARD_PURCHASE = new Match(Categories.SHOPPING, CARD_RULE);
  private static final Match DIRECT_DEBIT =
      new Match(Categories.OTHER, "default.direct-debit.unknown-payee");

  /** Direct-debit channel words of the supported languages, as folded phrases. */
  private static final List<String> DIRECT_DEBIT_WORDS =
      List.of(
          " direct debit ",
          " lastschrift ",
          " prlv ",
          " prelevement ",
          " recibo ",
          " adeudo ",
          " domiciliacion ",
          " incasso ",
          " sdd ",
          " addebito ",
          " rid ",
          " polecenie zaplaty ",
          " nach ",
          " ecs ",
          " ach debit ",
          " ach d ",
          " autopay ",
          " inkaso ",
          " autogiro ",
          " betalingsservice ",
          " lsv ",
          " ebill ",
          " domiciliering ",
          " domiciliado ",
          " debito directo ",
          " debito direto ",
          " deb automatico ",
          " sipo ",
          " pre authorized debit ",
          " preauthorized debit ",
          " pad ",
          " d d ",
          " dd ",
          " kouza furikae ",
          " jidou hikiotoshi ",
          " avtalegiro ",
          " efaktura ",
          " suoraveloitus ",
          " nach dr ",
          " einzug ",
          " e lasku ",
          " suoramaksu ",
          " παγια εντολη ",
          " otomatik odeme ",
          " fatura odemesi ",
          " debit direct ",
          " csoportos beszedes ",
          " debit order ",
          " magtape debit ",
          " giro ",
          " interbank giro ",
          " cargo automatico ",
          " debito ach ",
          " mpesa paybill ",
          " paybill ",
          // SK, HR, LT, EE, Italian CH, MA, AR, CO, PH, MY, ID, NG (ADR 0400)
          " izravno terecenje ",
          " tiesioginis debetas ",
          " otsekorraldus ",
          " e arve ",
          " debito automatico ",
          " pago mis cuentas ",
          " pago pse ",
          " auto debit ",
          " bills payment ",
          " bayaran bil ",
          " fpx ",
          " autodebet ",
          " remita ");

  /** Card-payment channel words of the supported languages, as folded phrases. */
  private static final List<String> CARD_WORDS =
      List.of(
          " card payment ",
          " card purchase ",
          " debit card ",
          " purchase authorized ",
          " pos ",
          " pos debit ",
          " checkcard ",
          " kartenzahlung ",
          " girocard ",
          " debitkarte ",
          " kartenumsatz ",
          " cb ",
          " carte ",
          " paiement carte ",
          " compra tarj ",
          " compra tarjeta ",
          " pago con tarjeta ",
          " pagamento pos ",
          " carta ",
          " bea ",
          " betaalpas ",
          " pinbetaling ",
          " zakup przy uzyciu karty ",
          " platnosc karta ",
          " platba kartou ",
          " kortkop ",
          " nakup kartou ",
          " compra ",
          " platnosc karta ",
          " platnosc karty ",
          " compra cartao ",
          " cartao deb ",
          " cartao debito ",
          " compra debito ",
          " visa electron ",
          " visa debit ",
          " debit card purchase ",
          " pago tarjeta ",
          " tarj ",
          " dankort ",
          " dankort kob ",
          " visa dankort ",
          " bankkort ",
          " korttiosto ",
          " twint ",
          " achat carte ",
          " carte debit ",
          " debetkaart ",
          " bancontact ",
          " maestro ",
          " eftpos ",
          " interac purchase ",
          " visa debit purchase ",
          " vdp ",
          " me dc ",
          " ecom pur ",
          " bezahlung karte ",
          " korttiosto ",
          " pkorttimaksu ",
          " varekjop ",
          " αγορα με καρτα ",
          " pos satis ",
          " kartli alisveris ",
          " plata la pos ",
          " cumparare pos ",
          " vasarlas kartyaval ",
          " pos vasarlas ",
          " pos purchase ",
          " visa pos ",
          " pos w d ",
          " debit card transaction ",
          " nets ",
          " compra punto de venta ",
          " punto de venta ",
          " compra tarjeta ",
          // SK, HR, LT, EE, Italian CH, MA, AR, CO, PH, MY, ID, NG (ADR 0400)
          " pos nakup ",
          " kupnja pos ",
          " kupnja ",
          " karticno placanje ",
          " mokejimas kortele ",
          " pirkinys ",
          " kaardimakse ",
          " ostutehing ",
          " acquisto carta ",
          " carta di debito ",
          " debit mastercard ",
          " paiement par carte ",
          " achat tpe ",
          " tpe ",
          " compra con tarjeta ",
          " compra en ",
          " compra pos ",
          " pembelian kad ",
          " kad debit ",
          " debit kartu ",
          " transaksi debit ",
          " pos web ",
          // sixth session: the network's name before a masked card, Polish "zakup kartą", Irish
          // banks' Visa debit contactless
          " visa ",
          " mastercard ",
          " zakup karta ",
          " vdc ");

  private static final Phrases DIRECT_DEBIT_PHRASES = new Phrases(DIRECT_DEBIT_WORDS);
  private static final Phrases CARD_PHRASES = new Phrases(CARD_WORDS);

  private final List<UserRule> userRules;
  private final List<DefaultRules.Rule> rules = DefaultRules.rules();
  private final Map<String, int[]> exact = new HashMap<>();
  private final Map<String, int[]> prefix = new HashMap<>();
  private final int[] prefixLengths;
  private final List<Map.Entry<String, int[]>> infix = new ArrayList<>();

  private record UserRule(
      CategoryRule rule, List<String> text, List<String> counterparty, String iban) {}

  Categorizer(AnalysisOptions options) {
    List<UserRule> users = new ArrayList<>();
    for (CategoryRule r : options.rules()) {
      users.add(
          new UserRule(
              r,
              r.text().stream().map(t -> Text.fold(t).strip()).filter(t -> !t.isEmpty()).toList(),
              r.counterparty().stream()
                  .map(t -> Text.fold(t).strip())
                  .filter(t -> !t.isEmpty())
                  .toList(),
              r.ibanCondition().map(AnalysisOptions::normalizeAccount).orElse("")));
    }
    this.userRules = List.copyOf(users);
    Map<String, List<Integer>> ex = new HashMap<>();
    Map<String, List<Integer>> pre = new HashMap<>();
    Map<String, List<Integer>> inf = new HashMap<>();
    for (DefaultRules.Rule r : rules) {
      for (String k : r.keywords()) {
        if (k.startsWith("*") && k.endsWith("*") && k.length() > 2) {
          inf.computeIfAbsent(k.substring(1, k.length() - 1), x -> new ArrayList<>())
              .add(r.order());
        } else if (k.endsWith("*")) {
          pre.computeIfAbsent(k.substring(0, k.length() - 1), x -> new ArrayList<>())
              .add(r.order());
        } else {
          ex.computeIfAbsent(Text.fold(k).strip(), x -> new ArrayList<>()).add(r.order());
        }
      }
    }
    ex.forEach((k, v) -> exact.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    TreeSet<Integer> lengths = new TreeSet<>();
    pre.forEach(
        (k, v) -> {
          prefix.put(k, v.stream().mapToInt(Integer::intValue).toArray());
          lengths.add(k.length());
        });
    prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    new java.util.TreeMap<>(inf)
        .forEach(
            (k, v) -> infix.add(Map.entry(k, v.stream().mapToInt(Integer::intValue).toArray())));
  }

  /**
   * The folded tokens with digits that a default keyword names ("o2", "bet365", "365"), or null
   * when digits can matter in other ways (user rules, which see the whole text; a prefix or infix
   * keyword with a digit). See {@link DescriptionCache}.
   */
  @Nullable Set<String> digitTokens() {
    if (!userRules.isEmpty()) {
      return null;
    }
    for (String k : prefix.keySet()) {
      if (hasDigit(k)) {
        return null;
      }
    }
    for (Map.Entry<String, int[]> e : infix) {
      if (hasDigit(e.getKey())) {
        return null;
      }
    }
    Set<String> out = new HashSet<>();
    for (String k : exact.keySet()) {
      for (String token : k.split(" ", -1)) {
        if (hasDigit(token)) {
          out.add(token);
        }
      }
    }
    return Set.copyOf(out);
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a single folded word is a default keyword (a word that says what a payee is). */
  boolean isKeyword(String word) {
    if (exact.containsKey(word)) {
      return true;
    }
    for (int len : prefixLengths) {
      if (len <= word.length() && prefix.containsKey(word.substring(0, len))) {
        return true;
      }
    }
    return false;
  }

  Match categorize(Transaction t, CounterpartyNormalizer.Name name, String foldedDescription) {
    int signum = t.amount().signum();
    String counterparty = t.counterparty().orElse("");
    String folded =
        counterparty.isEmpty()
            ? foldedDescription
            : Text.fold(t.description() + " " + counterparty);
    if (!userRules.isEmpty()) {
      String foldedParty = Text.fold(counterparty + " " + name.display());
      String account = t.counterpartyAccount().map(AnalysisOptions::normalizeAccount).orElse("");
      BigDecimal abs = t.amount().abs();
      for (UserRule u : userRules) {
        if (matches(u, folded, foldedParty, account, abs, signum)) {
          return new Match(u.rule().category(), u.rule().id());
        }
      }
    }
    long[] ranks = keywordMatch(folded, signum);
    int best = order(ranks[0]);
    String bestCategory = best < Integer.MAX_VALUE ? rules.get(best).category() : null;
    boolean unknownOrTransfer = bestCategory == null || bestCategory.equals(Categories.TRANSFERS);
    boolean shopUnderBill =
        ranks[1] != Long.MAX_VALUE && bestCategory != null && BILLS.contains(bestCategory);
    // the card words are looked for once, and only when they can decide
    boolean card = signum < 0 && (unknownOrTransfer || shopUnderBill) && isCardPayment(folded);
    if (card && shopUnderBill) {
      // paid by card at a till, a shop's trade word ("Mobile Point Electronics", "Marché Frais")
      // says more than a word of a bill or fee that is part of the shop's name
      DefaultRules.Rule shop = rules.get(order(ranks[1]));
      return new Match(shop.category(), shop.id());
    }
    if (card && unknownOrTransfer) {
      // a card payment to a merchant no keyword knows: a purchase, not a transfer
      return CARD_PURCHASE;
    }
    if (signum < 0
        && best < Integer.MAX_VALUE
        && rules.get(best).category().equals(Categories.TRANSFERS)
        && isDirectDebit(folded)) {
      // a direct debit is collected by a company, never a transfer to a person
      return DIRECT_DEBIT;
    }
    if (best < Integer.MAX_VALUE) {
      DefaultRules.Rule r = rules.get(best);
      return new Match(r.category(), r.id());
    }
    Match byType = byTypeCode(t.typeCode().orElse(null), signum);
    if (byType != null) {
      return byType;
    }
    return signum > 0 ? FALLBACK_IN : FALLBACK_OUT;
  }

  static boolean isDirectDebit(String folded) {
    return DIRECT_DEBIT_PHRASES.foundIn(folded);
  }

  static boolean isCardPayment(String folded) {
    return CARD_PHRASES.foundIn(folded) || posWithDate(folded);
  }

  /** "POS1706 ...": the card channel written together with the day and month of the payment. */
  private static boolean posWithDate(String folded) {
    for (int at = folded.indexOf("pos"); at >= 0; at = folded.indexOf("pos", at + 3)) {
      int end = at + 3;
      while (end < folded.length() && Character.isDigit(folded.charAt(end))) {
        end++;
      }
      if ((at == 0 || folded.charAt(at - 1) == ' ')
          && end - at - 3 == 4
          && (end == folded.length() || folded.charAt(end) == ' ')) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(
      UserRule u, String folded, String foldedParty, String account, BigDecimal abs, int signum) {
    CategoryRule r = u.rule();
    if (!r.direction().matches(signum)) {
      return false;
    }
    if (r.minAmount() != null && abs.compareTo(r.minAmount()) < 0) {
      return false;
    }
    if (r.maxAmount() != null && abs.compareTo(r.maxAmount()) > 0) {
      return false;
    }
    if (!u.iban().isEmpty() && !u.iban().equals(account)) {
      return false;
    }
    if (!u.text().isEmpty() && u.text().stream().noneMatch(folded::contains)) {
      return false;
    }
    return u.counterparty().isEmpty() || u.counterparty().stream().anyMatch(foldedParty::contains);
  }

  /**
   * Returns the ranks of the winning rule and of the best rule of a shop's category ({@link
   * #SHOPS}), each {@link Long#MAX_VALUE} when none matched ({@link #order} gives the rule). A
   * longer phrase beats a shorter one ("provision store" over "provision", "zwrot polecenia" over
   * "zwrot"), then the rule listed first wins; channel words of the transfer rule lose to any other
   * rule.
   */
  private long[] keywordMatch(String folded, int signum) {
    String[] tokens = folded.strip().split(" ", -1);
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
    StringBuilder phrase = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      if (token.isEmpty()) {
        continue;
      }
      phrase.setLength(0);
      for (int n = 0; n < MAX_PHRASE_WORDS && i + n < tokens.length; n++) {
        if (n > 0) {
          phrase.append(' ');
        }
        phrase.append(tokens[i + n]);
        pick(exact.get(phrase.toString()), 2 * (n + 1), best, signum);
      }
      for (int len : prefixLengths) {
        if (len > token.length()) {
          break;
        }
        pick(prefix.get(token.substring(0, len)), 2, best, signum);
      }
      for (Map.Entry<String, int[]> e : infix) {
        if (token.contains(e.getKey())) {
          pick(e.getValue(), 1, best, signum);
        }
      }
    }
    return best;
  }

  private static int order(long rank) {
    return rank == Long.MAX_VALUE ? Integer.MAX_VALUE : (int) (rank % RANK);
  }

  /** Categories of shops, cafés and travel: what a card pays at a till. */
  private static final Set<String> SHOPS =
      Set.of(
          Categories.GROCERIES,
          Categories.DINING,
          Categories.FUEL,
          Categories.TRANSPORT,
          Categories.TRAVEL,
          Categories.HEALTHCARE,
          Categories.SHOPPING);

  /** Categories of bills, fees and transfers, which a shop's name may contain a word of. */
  private static final Set<String> BILLS =
      Set.of(Categories.UTILITIES, Categories.FEES, Categories.RENT_MORTGAGE, Categories.TRANSFERS);

  private static final long RANK = 1_000_000L;

  /**
   * Keeps the better of the rules in {@code orders}: a larger weight wins (twice the words of a
   * whole-word phrase or word start; 1 for a stem found inside a word, so "kirjakauppa" the word
   * beats the stem "kauppa"), then the rule listed first.
   */
  private void pick(int @Nullable [] orders, int weightOfMatch, long[] best, int signum) {
    if (orders == null) {
      return;
    }
    for (int o : orders) {
      DefaultRules.Rule r = rules.get(o);
      if (!r.direction().matches(signum)) {
        continue;
      }
      int weight = r.category().equals(Categories.TRANSFERS) ? 0 : weightOfMatch;
      long rank = (2L * MAX_PHRASE_WORDS + 1L - weight) * RANK + o;
      if (rank < best[0]) {
        best[0] = rank;
      }
      if (rank < best[1] && SHOPS.contains(r.category())) {
        best[1] = rank;
      }
    }
  }

  private static @Nullable Match byTypeCode(@Nullable String typeCode, int signum) {
    if (typeCode == null) {
      return null;
    }
    String code = typeCode.strip().toUpperCase(Locale.ROOT);
    String rule = "default.type." + code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return switch (code) {
      case "ATM", "CASH" ->
          new Match(signum > 0 ? Categories.CASH_DEPOSIT : Categories.CASH_WITHDRAWAL, rule);
      case "INT", "DIV", "NINT" -> new Match(Categories.INTEREST, rule);
      case "FEE", "SRVCHG", "NCHG", "NCOM" -> signum < 0 ? new Match(Categories.FEES, rule) : null;
      case "XFER", "NTRF", "TRF" -> new Match(Categories.TRANSFERS, rule);
      case "DIRECTDEP" -> signum > 0 ? new Match(Categories.SALARY, rule) : null;
      default -> null;
    };
  }
}
