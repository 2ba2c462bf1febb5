package io.github.bsa.parsers.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * A blind set whose words no vocabulary can know: labelled CSV statements of eight invented
 * countries, each with its own invented language. Every bank word (card payment, standing order,
 * direct debit, transfer in and out, cash withdrawal, account fee, return, return fee), every word
 * of salary, benefit, rent, tax refund, savings and of the bills' purposes, the month names, the
 * CSV header, and every name (employers, landlords, utilities, insurers, shops, cities, friends) is
 * a pseudo-word built from the syllables of that language, deterministic from its seed. The
 * languages differ in their syllables, in their word order (the bank word before or after the
 * payee, references and dates before or after), in upper or mixed case, and the banks in their CSV
 * layout (separator, date order, decimal comma, one signed amount or debit and credit columns) and
 * in their pay rhythm (monthly or biweekly).
 *
 * <p>The LIFE is that of {@link WorldStatements} and realistic: a salary from one employer moved to
 * business days, a benefit, rent, utilities whose amount varies, insurance, a loan instalment,
 * subscriptions, a weekly payment to a person, card purchases, cash, transfers with friends, a
 * monthly transfer to the holder's own savings, a returned direct debit (the exact amount back
 * within days) with its fee, a one-off tax refund and a tax payment. The own-savings transfer is
 * written in one of three ways, as banks print it: the unknown transfer word and the number of the
 * holder's savings account (the customer number of the statement's account with another two-digit
 * suffix), the unknown transfer word and the holder's own name, or only an unknown word and a
 * contract number. The holder's name and account number, which a real statement prints in its
 * header (a CSV export has no header block), are set on the parsed statement's account ({@link
 * #holder}, {@link #ownAccount}).
 *
 * <p>Category cannot be decided without words (a shop named by an invented word has no trade): it
 * is printed, not targeted. Deterministic: the same seed gives the same languages and statements.
 */
final class UnknownTongueStatements {
  private UnknownTongueStatements() {}

  /** How one invented language builds its words and its bank its descriptions. */
  private record Tongue(
      String id,
      String onsets,
      String vowels,
      String codas,
      int order,
      boolean upper,
      String date,
      boolean semicolon,
      boolean comma,
      boolean split,
      boolean biweekly,
      String currency,
      String scale) {}

  private static final List<Tongue> TONGUES =
      List.of(
          new Tongue(
              "vel",
              "k t m n l r s v",
              "a e i o u",
              "n r s",
              0,
              true,
              "dd.MM.yyyy",
              true,
              true,
              false,
              false,
              "EUR",
              "1"),
          new Tongue(
              "tor",
              "b d g z zh v r l",
              "a o u y",
              "k t g",
              1,
              false,
              "yyyy-MM-dd",
              true,
              true,
              false,
              false,
              "EUR",
              "1"),
          new Tongue(
              "mun",
              "p t k m n h w",
              "a i u",
              "",
              2,
              true,
              "dd/MM/yyyy",
              false,
              false,
              true,
              true,
              "USD",
              "1.2"),
          new Tongue(
              "ask",
              "sk st tr dr fl gr kv",
              "a e o ø å",
              "lt rn sk",
              3,
              false,
              "dd.MM.yyyy",
              true,
              true,
              false,
              false,
              "SEK",
              "10"),
          new Tongue(
              "ril",
              "r l ch j y x q",
              "e i o ai",
              "l m",
              0,
              false,
              "dd/MM/yyyy",
              false,
              false,
              false,
              true,
              "GBP",
              "0.9"),
          new Tongue(
              "oze",
              "b c f g p x z",
              "a e o",
              "x z ps",
              1,
              true,
              "yyyy-MM-dd",
              false,
              false,
              true,
              false,
              "CAD",
              "1.4"),
          new Tongue(
              "kha",
              "kh gh sh th dh ny",
              "a aa i u",
              "n m",
              2,
              true,
              "dd-MM-yyyy",
              true,
              true,
              false,
              false,
              "EUR",
              "1"),
          new Tongue(
              "pim",
              "p b m f w",
              "i e ü ö",
              "p f s",
              3,
              false,
              "dd.MM.yyyy",
              true,
              true,
              true,
              false,
              "CHF",
              "1.1"));

  /** Builds the pseudo-words of one language; never the same word twice. */
  private static final class Lexicon {
    final String[] onsets;
    final String[] vowels;
    final String[] codas;
    final Random rnd;
    final Set<String> used = new HashSet<>();

    Lexicon(Tongue t, long seed) {
      this.onsets = t.onsets().split(" ", -1);
      this.vowels = t.vowels().split(" ", -1);
      this.codas = t.codas().isEmpty() ? new String[0] : t.codas().split(" ", -1);
      this.rnd = new Random(seed);
    }

    /** A new word of 2 to 3 syllables (at least five letters). */
    String word() {
      while (true) {
        StringBuilder sb = new StringBuilder();
        int syllables = 2 + rnd.nextInt(2);
        for (int s = 0; s < syllables; s++) {
          sb.append(onsets[rnd.nextInt(onsets.length)]).append(vowels[rnd.nextInt(vowels.length)]);
          if (codas.length > 0 && rnd.nextInt(3) == 0) {
            sb.append(codas[rnd.nextInt(codas.length)]);
          }
        }
        String w = sb.toString();
        if (w.length() >= 5 && used.add(w)) {
          return w;
        }
      }
    }

    String cap() {
      String w = word();
      return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** A name of two capitalised words (a person, a shop, a firm). */
    String name() {
      return cap() + " " + cap();
    }

    String names(int n) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(name());
      }
      return String.join(" | ", out);
    }
  }

  private static final long SEED = 0x5EED_70E6L;

  /** The holder's name of each invented country, by country id. */
  private static final Map<String, String> HOLDERS = new HashMap<>();

  /** The holder's own account number of each invented country, by country id. */
  private static final Map<String, String> ACCOUNTS = new HashMap<>();

  /** The banks and households of the invented countries, in the key format of WorldStatements. */
  static final String SPECS = specs();

  private static String specs() {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < TONGUES.size(); k++) {
      Tongue t = TONGUES.get(k);
      Lexicon x = new Lexicon(t, SEED * 31 + k);
      String holder = x.name();
      String account = RandomText.digits(x.rnd, 4 + 2 * (k % 4) + 4);
      // the savings account: the same customer number, another two-digit suffix (as banks number
      // a customer's accounts)
      String suffix = account.substring(account.length() - 2);
      String savingsAccount =
          account.substring(0, account.length() - 2) + (suffix.equals("07") ? "08" : "07");
      HOLDERS.put(t.id(), holder);
      ACCOUNTS.put(t.id(), account);
      // the bank's words (kept lower case here, cased by the bank's style below)
      String card = x.word();
      String card2 = x.word();
      String standing = x.word();
      String debit = x.word();
      String debit2 = x.word();
      String out1 = x.word();
      String in1 = x.word();
      String atm = x.word();
      String fee = x.word();
      String returned = x.word();
      String returnFee = x.word() + " " + x.word();
      String lack = x.word() + " " + x.word();
      String salary = x.word();
      String salary2 = x.word();
      String benefit = x.word() + " " + x.word();
      String refund = x.word() + " " + x.word();
      String tax = x.word() + " " + x.word();
      String rent = x.word();
      String saving = x.word();
      String ref = x.word();
      String[] months = new String[12];
      for (int m = 0; m < 12; m++) {
        months[m] = x.word();
      }
      String[] header = {x.cap(), x.cap(), x.cap(), x.cap(), x.cap()};
      String sep = t.semicolon() ? ";" : ",";
      String head =
          t.split()
              ? String.join(sep, header[0], header[1], header[2], header[3], header[4])
              : String.join(sep, header[0], header[1], header[2], header[4]);
      // word orders: 0 word first, 1 payee first, 2 date/reference first, 3 word last
      String[][] forms =
          switch (t.order()) {
            case 0 ->
                new String[][] {
                  {"card", card + " {M} {CITY} {DD}.{MM}", card2 + " {n4}****{n4} {M} {CITY}"},
                  {"salary", salary + " {P} {MON}", in1 + " {P} " + salary2 + " {MM}/{YYYY}"},
                  {"rent", standing + " {P} " + rent + " {MON}"},
                  {"debit", debit + " {P} {PURPOSE} " + ref + " {n10}", debit2 + " {P} {PURPOSE}"},
                  {"atm", atm + " {CITY} {DD}.{MM}."},
                  {"out", out1 + " {P} {MEMO}"},
                  {"in", in1 + " {P} {MEMO}"},
                  {"bounce", returned + " " + debit + " {P} " + lack},
                  {"bouncefee", returnFee},
                  {"fee", fee + " {MON}"},
                  {"benefit", benefit + " {P}"},
                  {"refund", refund + " {YYYY} {P}"},
                  {"tax", tax + " {YYYY} {P}"},
                  {"savings", out1 + " " + savingsAccount, out1 + " " + holder, saving + " {n8}"},
                };
            case 1 ->
                new String[][] {
                  {"card", "{M} {CITY} " + card + " {DD}{MM}", "{M} " + card2 + " {n6}XXXX{n4}"},
                  {"salary", "{P} " + salary + " {MON} {YYYY}", "{P} {MON} " + salary2},
                  {"rent", "{P} " + rent + " {MON} " + standing},
                  {"debit", "{P} {PURPOSE} " + debit + " {n8}", "{P} {PURPOSE} " + debit2},
                  {"atm", "{CITY} " + atm + " {DD}{MM}"},
                  {"out", "{P} {MEMO} " + out1},
                  {"in", "{P} {MEMO} " + in1},
                  {"bounce", "{P} " + debit + " " + returned + " " + lack},
                  {"bouncefee", returnFee},
                  {"fee", "{MON} " + fee},
                  {"benefit", "{P} " + benefit},
                  {"refund", "{P} " + refund + " {YYYY}"},
                  {"tax", "{P} " + tax + " {YYYY}"},
                  {"savings", savingsAccount + " " + out1, holder + " " + out1, "{n8} " + saving},
                };
            case 2 ->
                new String[][] {
                  {"card", "{DD}/{MM} " + card + " {M} {CITY}", "{n12} " + card2 + " {M}"},
                  {"salary", "{n10} " + in1 + " {P}", "{n10} " + salary + " {P} {MON}"},
                  {"rent", "{n8} " + standing + " {P} " + rent},
                  {"debit", "{n12} " + debit + " {P} {PURPOSE}", ref + " {n10} {P} {PURPOSE}"},
                  {"atm", "{DD}/{MM} " + atm + " {CITY}"},
                  {"out", "{n10} " + out1 + " {P} {MEMO}"},
                  {"in", "{n10} " + in1 + " {P} {MEMO}"},
                  {"bounce", "{n10} " + returned + " {P} " + lack},
                  {"bouncefee", "{n6} " + returnFee},
                  {"fee", "{n6} " + fee + " {MON}"},
                  {"benefit", "{n10} " + in1 + " {P} " + benefit},
                  {"refund", "{n10} " + in1 + " {P} " + refund},
                  {"tax", "{n10} " + out1 + " {P} " + tax},
                  {
                    "savings",
                    "{n10} " + out1 + " " + savingsAccount,
                    "{n10} " + out1 + " " + holder,
                    "{n10} " + saving + " {n8}"
                  },
                };
            default ->
                new String[][] {
                  {"card", "{M} {CITY} {DD}.{MM} " + card, "{M} {n4}**{n4} " + card2},
                  {"salary", "{P} {MM}/{YYYY} " + salary, "{P} " + in1},
                  {"rent", "{P} {MON} " + rent + " " + standing},
                  {"debit", "{P} {PURPOSE} {n10} " + debit, "{P} {PURPOSE} " + debit2},
                  {"atm", "{CITY} {DD}.{MM} " + atm},
                  {"out", "{P} {MEMO} " + out1},
                  {"in", "{P} {MEMO} " + in1},
                  {"bounce", "{P} " + lack + " " + returned},
                  {"bouncefee", returnFee},
                  {"fee", "{MON} " + fee},
                  {"benefit", "{P} " + benefit},
                  {"refund", "{P} {YYYY} " + refund},
                  {"tax", "{P} {YYYY} " + tax},
                  {"savings", savingsAccount + " " + out1, holder + " " + out1, "{n8} " + saving},
                };
          };
      out.append('[').append(t.id()).append("]\n");
      line(out, "currency", t.currency());
      line(out, "scale", t.scale());
      line(out, "header", head);
      line(out, "date", t.date());
      line(out, "comma", t.comma() ? "yes" : "no");
      if (t.split()) {
        line(out, "split", "yes");
      }
      if (t.biweekly()) {
        line(out, "pay", "biweekly");
      }
      line(out, "months", style(t, String.join(" ", months)));
      for (String[] f : forms) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i < f.length; i++) {
          values.add(f[0].equals("savings") ? f[i] : style(t, f[i]));
        }
        line(out, f[0], String.join(" | ", values));
      }
      for (String purpose : List.of("power", "gas", "water", "phone", "insurance", "loan")) {
        line(out, purpose, style(t, x.word()));
      }
      line(out, "employers", x.name() + " " + x.cap() + " | " + x.name());
      line(out, "landlords", x.names(2));
      line(out, "powerco", x.names(2));
      line(out, "gasco", x.name());
      line(out, "waterco", x.name());
      line(out, "phoneco", x.names(2));
      line(out, "insurers", x.names(2));
      line(out, "subs", x.cap() + " | " + x.cap());
      line(out, "loans", x.name());
      line(out, "benefitpayer", x.name());
      line(out, "refundpayer", x.name());
      for (String cat :
          List.of("groceries", "dining", "fuel", "transport", "shopping", "healthcare", "travel")) {
        line(out, cat, x.names(3) + " | " + x.cap());
      }
      line(out, "cities", style(t, x.word() + " | " + x.word() + " | " + x.word()));
      line(out, "friends", x.names(2));
      line(out, "memos", style(t, x.word() + " | " + x.word() + " | " + x.word()));
      line(out, "weekly", x.name());
      out.append('\n');
    }
    return out.toString();
  }

  private static String style(Tongue t, String s) {
    return t.upper() ? s.toUpperCase(Locale.ROOT) : s;
  }

  private static void line(StringBuilder out, String key, String value) {
    out.append(key).append(" = ").append(value).append('\n');
  }

  private static final List<WorldStatements.Country> COUNTRIES = WorldStatements.parse(SPECS);

  /** The holder's name of the country a generated statement belongs to. */
  static String holder(WorldStatements.Generated g) {
    return Objects.requireNonNull(HOLDERS.get(country(g)));
  }

  /** The holder's own account number of the country a generated statement belongs to. */
  static String ownAccount(WorldStatements.Generated g) {
    return Objects.requireNonNull(ACCOUNTS.get(country(g)));
  }

  private static String country(WorldStatements.Generated g) {
    return g.name().substring(0, g.name().indexOf('-'));
  }

  /** Returns {@code perCountry} statements of every invented country (the last one six months). */
  static List<WorldStatements.Generated> all(int perCountry) {
    return WorldStatements.all(COUNTRIES, perCountry, 15_485_863L);
  }
}
