package io.github.bsa.core.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Cleans merchant and counterparty names so that the same party groups together across card
 * numbers, store numbers, dates, references, channel prefixes and city suffixes. The steps are
 * documented in docs/analysis.md ("Normalisation"). Stateless and thread-safe.
 */
final class CounterpartyNormalizer {
  /** A normalised name: the grouping key (upper case) and a title-cased display form. */
  record Name(String key, String display) {}

  static final Name EMPTY = new Name("", "");

  private static final Pattern DOMAIN =
      Pattern.compile("\\.(COM|NET|ORG|CO\\.UK|DE|NL|FR|ES|IT|PT|CZ|SE|PL|EU|IN|IO|CO)\\b");
  private static final int MAX_TOKENS = 5;

  /** A masked card number ("1234******5678", "****1234"): removed before a star splits a name. */
  private static final Pattern CARD_MASK = Pattern.compile("[0-9X]*\\*{2,}[0-9X]*");

  private static final Pattern NAME_FIELD =
      Pattern.compile("\\b(NAAM|NAME|NOM|NOMBRE|BEGUNSTIGDE|ORDENANTE|BENEFICIARIO)\\s*:\\s*");
  private static final Pattern SLASH_LABEL = Pattern.compile("/(DE|A|FROM|TO|ORD|BEN)\\s");

  private CounterpartyNormalizer() {}

  /**
   * Returns the normalised name of a transaction's other party.
   *
   * @param counterparty the parsed counterparty, preferred when present
   * @param description the description, used otherwise
   * @return the name, {@link #EMPTY} when nothing is left
   */
  static Name normalize(@Nullable String counterparty, String description) {
    if (counterparty != null) {
      Name n = normalize(counterparty);
      if (!n.key().isEmpty()) {
        return n;
      }
    }
    return normalize(description);
  }

  static Name normalize(String raw) {
    Name n = normalizeFolded(raw);
    if (n.display().isEmpty()) {
      return n;
    }
    boolean mixedCase = hasLowerAndUpper(raw);
    return mixedCase || !Text.stripMarks(raw).equals(raw) ? asWritten(n, raw, mixedCase) : n;
  }

  private static boolean hasLowerAndUpper(String s) {
    boolean lower = false;
    boolean upper = false;
    for (int i = 0; i < s.length() && !(lower && upper); i++) {
      char c = s.charAt(i);
      lower |= Character.isLowerCase(c);
      upper |= Character.isUpperCase(c);
    }
    return lower && upper;
  }

  /**
   * The display with the words of the text as written. The key folds accents and case so that
   * spellings group; the name shown keeps the letters ("Føtex", "Pražské Vodovody") and, when the
   * bank writes in mixed case, the case of each word that has small letters ("Tankstelle am Ring",
   * "Estación de Servicio"): a title-cased guess would turn short words into acronyms ("AM", "DE").
   * Words written in capitals, and a text written all in capitals, keep the title-cased display
   * ("Card Purchase REWE Markt" shows "Rewe Markt").
   */
  private static Name asWritten(Name n, String raw, boolean mixedCase) {
    java.util.Map<String, String> written = new java.util.HashMap<>();
    for (String t : tokens(raw)) {
      String upper = t.toUpperCase(Locale.ROOT);
      String folded = Text.stripMarks(upper);
      if (upper.length() != t.length() || folded.length() != t.length()) {
        continue; // a letter that changes length when folded (ß): the display's guess stays
      }
      if (!folded.equals(upper) || (mixedCase && !t.equals(upper))) {
        written.putIfAbsent(folded, t);
      }
    }
    if (written.isEmpty()) {
      return n;
    }
    String[] words = n.display().split(" ", -1);
    for (int w = 0; w < words.length; w++) {
      String original = written.get(words[w].toUpperCase(Locale.ROOT));
      if (original == null) {
        continue;
      }
      if (mixedCase && !original.equals(original.toUpperCase(Locale.ROOT))) {
        words[w] = original;
        continue;
      }
      StringBuilder sb = new StringBuilder(original.length());
      for (int i = 0; i < original.length(); i++) {
        char c = original.charAt(i);
        sb.append(
            Character.isLowerCase(words[w].charAt(i))
                ? Character.toLowerCase(c)
                : Character.toUpperCase(c));
      }
      words[w] = sb.toString();
    }
    if (!words[0].isEmpty() && Character.isLowerCase(words[0].charAt(0))) {
      // a name begins with a capital, whatever word the bank's text had before it ("auf Sparkonto")
      words[0] = Character.toUpperCase(words[0].charAt(0)) + words[0].substring(1);
    }
    return new Name(n.key(), String.join(" ", words));
  }

  private static Name normalizeFolded(String raw) {
    String s = Text.stripMarks(raw).toUpperCase(Locale.ROOT);
    if (s.indexOf("**") >= 0) {
      s = CARD_MASK.matcher(s).replaceAll(" ");
    }
    int star = s.indexOf('*');
    if (star >= 0) {
      String before = s.substring(0, star).strip();
      String after = s.substring(star + 1).strip();
      String firstBefore = before.isEmpty() ? "" : before.split("[^A-Z0-9]+", 2)[0];
      s = before.isEmpty() || CounterpartyWords.PROCESSORS.contains(firstBefore) ? after : before;
    }
    s = DOMAIN.matcher(s).replaceAll(" ");
    // a labelled name field (Naam: X, Name: X) names the party outright
    Matcher field = NAME_FIELD.matcher(s);
    if (field.find()) {
      Name n = fromTokens(tokens(s.substring(field.end())), true);
      if (!n.key().isEmpty()) {
        return n;
      }
    }
    s = SLASH_LABEL.matcher(s).replaceAll("/ ");
    // descriptions made of separated fields (UPI/NEFT/IMPS, girocard//city/country): the first
    // field that holds a name
    for (char sep : new char[] {'/', '-'}) {
      if (count(s, sep) >= 3) {
        for (String part : s.split(sep == '/' ? "/+" : "-+", -1)) {
          Name n = fromTokens(tokens(part), true);
          if (!n.key().isEmpty()) {
            return n;
          }
        }
        break;
      }
    }
    List<String> tokens = tokens(s);
    Name n = fromTokens(tokens, true);
    return n.key().isEmpty() ? fromTokens(tokens, false) : n;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static List<String> tokens(String s) {
    List<String> tokens = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) || c == '@' || c == '#') {
        cur.append(c);
      } else if (c != '\'' && c != '’' && cur.length() > 0) { // McDonald's -> MCDONALDS
        tokens.add(cur.toString());
        cur.setLength(0);
      }
    }
    return tokens;
  }

  /**
   * Builds the name from tokens. Strict: purpose and detail words (salary, rent, bill, reference
   * labels) end the name; otherwise (nothing left in strict mode) they are kept, so that a
   * description such as "Monthly Service Fee" still groups.
   */
  private static Name fromTokens(List<String> tokens, boolean strict) {
    // 1. channel and card prefixes at the start
    int start = skipChannel(tokens);
    // 2. cut at the first marker of trailing detail (card ending, memo, reference, purpose, ...);
    // a legal form ends the name
    List<String> kept = new ArrayList<>();
    boolean legalEnd = false;
    for (int i = start; i < tokens.size(); i++) {
      String t = tokens.get(i);
      boolean cut =
          CounterpartyWords.CUT.contains(t) || (strict && CounterpartyWords.PURPOSE.contains(t));
      if (cut && !kept.isEmpty()) {
        break;
      }
      if (isJunk(t)
          || CounterpartyWords.isNoise(t)
          || cut
          || (kept.isEmpty()
              && CounterpartyWords.PREFIXES.contains(t)
              && !isCreditUnion(tokens, i))) {
        // a channel word after a leading purpose word ("PAYROLL DEP X") is no name either
        continue;
      }
      kept.add(CounterpartyWords.ALIASES.getOrDefault(t, t));
      if (kept.size() >= 2
          && isLegalStart(tokens, i)
          && !(CounterpartyWords.REGIONS.contains(t)
              && !CounterpartyWords.BUSINESS_WORDS.contains(kept.get(kept.size() - 2)))) {
        int len = legalLength(tokens, i);
        for (int k = 1; k < len; k++) {
          kept.add(tokens.get(i + k));
        }
        legalEnd = true;
        break;
      }
    }
    // 3. trailing region, city and legal-form suffixes
    boolean cityRemoved = false;
    for (int round = 0; round < 3 && !legalEnd; round++) {
      int size = kept.size();
      if (kept.size() >= 3
          && CounterpartyWords.REGIONS.contains(last(kept))
          && !(last(kept).equals("CO")
              && CounterpartyWords.BUSINESS_WORDS.contains(kept.get(kept.size() - 2)))) {
        kept.remove(kept.size() - 1);
        kept.remove(kept.size() - 1);
        if (kept.size() >= 2 && CounterpartyWords.CITY_PREFIXES.contains(last(kept))) {
          kept.remove(kept.size() - 1);
        }
      } else if (kept.size() == 2
          && CounterpartyWords.REGIONS.contains(last(kept))
          && last(kept).length() == 2) {
        kept.remove(1);
      }
      if (!cityRemoved
          && kept.size() >= 2
          && CounterpartyWords.CITIES.contains(last(kept))
          && !CounterpartyWords.CITY_OF.contains(kept.get(kept.size() - 2))) {
        // one trailing city at most: "Pizzeria Bella Napoli MILANO" keeps its Napoli
        cityRemoved = true;
        kept.remove(kept.size() - 1);
        // the first word of a two-word city ("PORT HARCOURT", "BUENOS AIRES")
        if (kept.size() >= 2 && CounterpartyWords.CITY_PREFIXES.contains(last(kept))) {
          kept.remove(kept.size() - 1);
        }
      }
      if (kept.size() == size) {
        break;
      }
    }
    if (!kept.isEmpty() && kept.get(0).equals("AMAZON")) {
      while (kept.size() > 1 && CounterpartyWords.AMAZON_TAIL.contains(kept.get(1))) {
        kept.remove(1);
      }
      if (kept.size() > 1 && !kept.get(1).equals("PRIME")) {
        kept.subList(1, kept.size()).clear();
      }
    }
    if (kept.isEmpty()) {
      return EMPTY;
    }
    // the key leaves legal forms out, so "X GmbH" and "X" group; the display keeps them
    List<String> key = new ArrayList<>();
    for (String t : kept) {
      if (!CounterpartyWords.LEGAL.contains(t) && key.size() < MAX_TOKENS) {
        key.add(t);
      }
    }
    if (key.isEmpty()) {
      key.addAll(kept);
    }
    if (kept.size() > MAX_TOKENS + 4) {
      kept.subList(MAX_TOKENS + 4, kept.size()).clear();
    }
    return new Name(String.join(" ", key), titleCase(kept));
  }

  /**
   * The position after the leading channel words, card numbers and references; a connecting word
   * (to, from, of) that follows a channel word goes too ("SWISH TILL X", "TRF DE X"), as does the
   * "E" of "E-TRANSFER".
   */
  private static int skipChannel(List<String> tokens) {
    int start = 0;
    boolean channel = false;
    while (start < tokens.size()) {
      String t = tokens.get(start);
      boolean hasNext = start + 1 < tokens.size();
      String next = hasNext ? tokens.get(start + 1) : "";
      if (isCreditUnion(tokens, start)) {
        break; // "DD Credit Union": a lender's name, not the credit channel word
      }
      if (CounterpartyWords.PREFIXES.contains(t)
          || (CounterpartyWords.WALLETS.contains(t) && next.equals("PAY"))
          || (t.equals("PAY")
              && start > 0
              && CounterpartyWords.WALLETS.contains(tokens.get(start - 1)))
          || (t.equals("E")
              && (next.startsWith("TRANSFER") || CounterpartyWords.PREFIXES.contains(next)))
          || (t.equals("AUTO") && CounterpartyWords.PREFIXES.contains(next))
          || (channel && t.equals("DB") && tokens.get(start - 1).equals("BANKING"))) {
        // "E" of E-TRANSFER, E-LASKU, E-FAKTURA; "AUTO" of AUTO DEBIT; the debit mark of
        // "TRSF E-BANKING DB" (a name such as "DB Fernverkehr" keeps its DB)
        channel = true;
      } else if (!isJunk(t)
          && !(channel && hasNext && CounterpartyWords.CONNECTORS.contains(t))
          && !(channel
              && hasNext
              && CounterpartyWords.LINKS.contains(t)
              && (CounterpartyWords.PREFIXES.contains(next)
                  || CounterpartyWords.CONNECTORS.contains(tokens.get(start - 1))))) {
        break;
      }
      start++;
    }
    return start;
  }

  /** Whether "CREDIT UNION" (a lender's name, not the credit channel word) starts at token i. */
  private static boolean isCreditUnion(List<String> tokens, int i) {
    return tokens.get(i).equals("CREDIT")
        && i + 1 < tokens.size()
        && tokens.get(i + 1).equals("UNION");
  }

  /** Whether a legal form (GMBH, PVT LTD, SP Z O O, ...) starts at token i. */
  private static boolean isLegalStart(List<String> tokens, int i) {
    return CounterpartyWords.LEGAL.contains(tokens.get(i)) || legalLength(tokens, i) > 1;
  }

  private static int legalLength(List<String> tokens, int i) {
    String t = tokens.get(i);
    if (t.equals("SP")
        && i + 3 < tokens.size()
        && tokens.get(i + 1).equals("Z")
        && tokens.get(i + 2).equals("O")
        && tokens.get(i + 3).equals("O")) {
      return 4;
    }
    if ((t.equals("SA") || t.equals("S"))
        && i + 2 < tokens.size()
        && tokens.get(i + 1).equals("DE")
        && (tokens.get(i + 2).equals("CV") || tokens.get(i + 2).equals("RL"))) {
      return 3; // Mexican S.A. de C.V., S. de R.L.
    }
    if ((t.equals("B") || t.equals("N"))
        && i + 1 < tokens.size()
        && tokens.get(i + 1).equals("V")) {
      return 2; // Dutch B.V. and N.V. written with points
    }
    if ((t.equals("PVT") || t.equals("PRIVATE"))
        && i + 1 < tokens.size()
        && (tokens.get(i + 1).equals("LTD") || tokens.get(i + 1).equals("LIMITED"))) {
      return 2;
    }
    return 1;
  }

  private static String last(List<String> l) {
    return l.get(l.size() - 1);
  }

  /** Tokens that carry numbers, handles or masks: card numbers, store numbers, dates, refs. */
  private static boolean isJunk(String t) {
    int letters = 0;
    int x = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c) || c == '@' || c == '#') {
        return true;
      }
      if (Character.isLetter(c)) {
        letters++;
        if (c == 'X') {
          x++;
        }
      }
    }
    return letters == 0 || (x == letters && x >= 3);
  }

  private static String titleCase(List<String> tokens) {
    StringBuilder sb = new StringBuilder();
    for (String t : tokens) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      if (t.equals("GMBH")) {
        sb.append("GmbH");
      } else if (t.length() <= 3 && !t.equals("THE")) {
        sb.append(t.length() <= 2 ? t : t.charAt(0) + t.substring(1).toLowerCase(Locale.ROOT));
      } else {
        sb.append(t.charAt(0)).append(t.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return sb.toString();
  }
}
