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

  private static final Pattern STAR_DOMAIN =
      Pattern.compile("\\.(COM|NET|ORG|CO\\.UK|DE|NL|FR|ES|IT|PT|CZ|SE|PL|EU|IN|IO|CO)\\b");

  /** Top-level domains: a name written as a domain ("Bol.com") groups without its ending. */
  private static final java.util.Set<String> DOMAINS =
      java.util.Set.of(
          "COM", "NET", "ORG", "UK", "DE", "NL", "FR", "ES", "IT", "PT", "CZ", "SE", "PL", "EU",
          "IN", "IO", "CO", "AT", "CH", "BE", "DK", "NO", "FI", "AU", "IE");

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
      // a card descriptor ("NETFLIX.COM*4000"): the web ending is the processor's format, not the
      // name the merchant writes
      s = STAR_DOMAIN.matcher(s).replaceAll(" ");
    }
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

  /**
   * The words of a text. Letters and digits joined by a point, hyphen, apostrophe or ampersand with
   * no space ("E.ON", "Hi-Fi", "Grill'd", "1&1", "Bol.com") stay one word as the merchant writes
   * it, unless one of its parts is a channel, cut, purpose, noise or legal word or mixes digits
   * into a name ("SEPA-Lastschrift", "E-Transfer", "Markt-104"): those parts are words of their
   * own, as before (ADR 0480).
   */
  private static List<String> tokens(String s) {
    List<String> tokens = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean joined = false;
    int n = s.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? s.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) || c == '@' || c == '#') {
        cur.append(c);
      } else if (isJoiner(c)
          && cur.length() > 0
          && i + 1 < n
          && Character.isLetterOrDigit(s.charAt(i + 1))) {
        cur.append(c == '\u2019' ? '\'' : c);
        joined = true;
      } else if (cur.length() > 0) {
        addToken(tokens, cur.toString(), joined);
        cur.setLength(0);
        joined = false;
      }
    }
    return tokens;
  }

  private static boolean hasJoiner(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (isJoiner(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJoiner(char c) {
    return c == '.' || c == '-' || c == '\'' || c == '\u2019' || c == '&';
  }

  private static void addToken(List<String> tokens, String t, boolean joined) {
    if (!joined) {
      tokens.add(t);
      return;
    }
    String[] parts = t.split("[.\\-'&]", -1);
    boolean digits = false;
    boolean letters = false;
    boolean split = false;
    for (String p : parts) {
      boolean hasDigit = p.chars().anyMatch(Character::isDigit);
      digits |= hasDigit;
      letters |= !hasDigit;
      split |=
          (p.length() >= 3
                  && (CounterpartyWords.isChannel(p)
                      || CounterpartyWords.CUT.contains(p)
                      || CounterpartyWords.isPurpose(p)
                      || CounterpartyWords.isNoise(p)))
              || (p.length() >= 2 && CounterpartyWords.LEGAL.contains(p));
    }
    if (t.indexOf('-') >= 0) {
      // a hyphen joins only short parts ("Hi-Fi"); longer ones read the same apart
      // ("Tri-County", "VDC-Shop"), and a channel learned from the statement stays a word
      for (String p : parts) {
        split |=
            p.length() > 2
                || CounterpartyWords.isChannel(p)
                || CounterpartyWords.CUT.contains(p)
                || CounterpartyWords.isNoise(p);
      }
    }
    if (split || (digits && letters && t.indexOf('&') < 0)) {
      for (String p : parts) {
        if (!p.isEmpty()) {
          tokens.add(p);
        }
      }
    } else {
      tokens.add(t);
    }
  }

  /**
   * A word without its points and apostrophes, for the word lists ("B.V" is "BV"); a word with an
   * ampersand or a hyphen ("D&R", "Hi-Fi") matches no list word.
   */
  static String bare(String t) {
    int n = t.length();
    int i = 0;
    while (i < n && !isJoiner(t.charAt(i))) {
      i++;
    }
    if (i == n) {
      return t;
    }
    StringBuilder sb = new StringBuilder(n);
    for (int k = 0; k < n; k++) {
      char c = t.charAt(k);
      if (c != '.' && c != '\'') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * A word of the grouping key: a domain's ending left out ("BOL.COM" groups as "BOL"), the parts
   * of a joined word apart ("TRI-COUNTY" as "TRI COUNTY", "E.ON" as "E ON"), an apostrophe dropped
   * ("MCDONALD'S" as "MCDONALDS"), so the keys stay those of earlier versions.
   */
  private static String keyWord(String t) {
    if (!hasJoiner(t)) {
      return t;
    }
    String w = t;
    int dot = w.lastIndexOf('.');
    if (dot > 0 && DOMAINS.contains(w.substring(dot + 1))) {
      w = w.substring(0, dot);
      int dot2 = w.lastIndexOf('.');
      if (dot2 > 0 && DOMAINS.contains(w.substring(dot2 + 1))) {
        w = w.substring(0, dot2); // CO.UK
      }
    }
    return w.replace("'", "").replace('.', ' ').replace('-', ' ').replace('&', ' ');
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
      String raw = tokens.get(i);
      String t = bare(raw);
      boolean cut = CounterpartyWords.CUT.contains(t) || (strict && CounterpartyWords.isPurpose(t));
      if (cut && !kept.isEmpty()) {
        break;
      }
      if (strict && !kept.isEmpty() && isWeakPurpose(tokens, i, kept)) {
        break;
      }
      if (t.equals("THE") && kept.isEmpty() && isNameWord(tokens, i + 1)) {
        kept.add(raw); // "The Red Lion": the article is the name's own (the key leaves it out)
        continue;
      }
      if ((isJunk(raw) && !(kept.isEmpty() && isNumberedName(tokens, i)))
          || CounterpartyWords.isNoise(t)
          || cut
          || (kept.isEmpty() && CounterpartyWords.isChannel(t) && !isNameStart(tokens, i))) {
        // a channel word after a leading purpose word ("PAYROLL DEP X") is no name either
        continue;
      }
      String alias = CounterpartyWords.ALIASES.get(t);
      kept.add(alias != null ? alias : raw);
      if (kept.size() >= 2
          && isLegalStart(tokens, i)
          && !(CounterpartyWords.REGIONS.contains(t)
              && !CounterpartyWords.BUSINESS_WORDS.contains(bare(kept.get(kept.size() - 2))))) {
        int len = legalLength(tokens, i);
        for (int k = 1; k < len; k++) {
          kept.add(tokens.get(i + k));
        }
        legalEnd = true;
        break;
      }
    }
    // 3. trailing rail and mandate codes ("X DD", "X Pinbetaling"), region, city and legal-form
    // suffixes
    dropTrailingCodes(kept, legalEnd);
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
    dropTrailingCodes(kept, legalEnd);
    if (!kept.isEmpty() && keyWord(kept.get(0)).equals("AMAZON")) {
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
      if (!CounterpartyWords.LEGAL.contains(bare(t))
          && !(key.isEmpty() && t.equals("THE"))
          && key.size() < MAX_TOKENS) {
        key.add(keyWord(t));
      }
    }
    if (key.isEmpty()) {
      for (String t : kept) {
        key.add(keyWord(t));
      }
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
      String t = bare(tokens.get(start));
      boolean hasNext = start + 1 < tokens.size();
      String next = hasNext ? bare(tokens.get(start + 1)) : "";
      if (isNameStart(tokens, start)) {
        break; // "DD Credit Union", "Bank of X": a lender's name, not the channel word
      }
      if (CounterpartyWords.isChannel(t)
          || (CounterpartyWords.WALLETS.contains(t) && next.equals("PAY"))
          || (t.equals("PAY")
              && start > 0
              && CounterpartyWords.WALLETS.contains(tokens.get(start - 1)))
          || (t.equals("E") && (next.startsWith("TRANSFER") || CounterpartyWords.isChannel(next)))
          || (t.equals("AUTO") && CounterpartyWords.isChannel(next))
          || (channel && hasNext && CounterpartyWords.CHANNEL_TAILS.contains(t))
          || (channel && t.equals("DB") && tokens.get(start - 1).equals("BANKING"))) {
        // "E" of E-TRANSFER, E-LASKU, E-FAKTURA; "AUTO" of AUTO DEBIT; the debit mark of
        // "TRSF E-BANKING DB" (a name such as "DB Fernverkehr" keeps its DB)
        channel = true;
      } else if ((!isJunk(tokens.get(start)) || isNumberedName(tokens, start))
          && !(channel && hasNext && CounterpartyWords.CONNECTORS.contains(t))
          && !(channel
              && hasNext
              && CounterpartyWords.LINKS.contains(t)
              && (CounterpartyWords.isChannel(next)
                  || CounterpartyWords.CONNECTORS.contains(bare(tokens.get(start - 1)))))) {
        break;
      }
      start++;
    }
    return start;
  }

  /**
   * Whether a lender's name that begins with a channel word starts at token i: "Credit Union",
   * "Bank of Melbourne".
   */
  private static boolean isNameStart(List<String> tokens, int i) {
    return isCreditUnion(tokens, i)
        || (tokens.get(i).equals("BANK")
            && i + 2 < tokens.size()
            && tokens.get(i + 1).equals("OF")
            && !isJunk(tokens.get(i + 2)));
  }

  /**
   * Whether token i is a name's first word that ends in one digit ("Big4 Holiday Park"): three to
   * five letters and a single digit, followed by a word of a name. Store numbers and references
   * carry more digits or letters ("POS1706", "REWE104", "KDESQEFFZ0").
   */
  private static boolean isNumberedName(List<String> tokens, int i) {
    String t = tokens.get(i);
    int n = t.length();
    if (n < 4 || n > 6 || !Character.isDigit(t.charAt(n - 1))) {
      return false;
    }
    for (int k = 0; k < n - 1; k++) {
      if (!Character.isLetter(t.charAt(k))) {
        return false;
      }
    }
    String letters = t.substring(0, n - 1);
    return !CounterpartyWords.isChannel(letters)
        && !CounterpartyWords.CUT.contains(letters)
        && !CounterpartyWords.isNoise(letters)
        && isNameWord(tokens, i + 1);
  }

  /** Whether token i is a word of a name: no number, noise, channel, cut or purpose word. */
  private static boolean isNameWord(List<String> tokens, int i) {
    if (i >= tokens.size()) {
      return false;
    }
    String t = bare(tokens.get(i));
    return !isJunk(tokens.get(i))
        && !CounterpartyWords.isNoise(t)
        && !CounterpartyWords.isChannel(t)
        && !CounterpartyWords.CUT.contains(t)
        && !CounterpartyWords.isPurpose(t);
  }

  /**
   * Whether token i begins what a bill is for, after a name: a utility word ("Wasser", "Internet",
   * "Fibra", "Water") or a joining word that follows one. The first utility word after a name may
   * be the firm's own ("Hamburg Wasser", "Sydney Water", "Origin Energy") and is kept; a second
   * one, or a joining word after it, ends the name ("Sydney Water water rates", "X Wasser und
   * Abwasser", "X Fibra Casa"). Keeping one word too many still leaves the true name a prefix.
   */
  private static boolean isWeakPurpose(List<String> tokens, int i, List<String> kept) {
    String t = bare(tokens.get(i));
    if (kept.size() < 2
        || !(CounterpartyWords.WEAK_PURPOSE.contains(t) || CounterpartyWords.JOINS.contains(t))) {
      return false;
    }
    return CounterpartyWords.WEAK_PURPOSE.contains(bare(kept.get(kept.size() - 1)));
  }

  /** Removes rail and mandate codes from the end of a name of two words or more ("X DD"). */
  private static void dropTrailingCodes(List<String> kept, boolean legalEnd) {
    while (!legalEnd
        && kept.size() >= 2
        && CounterpartyWords.TRAILING.contains(bare(kept.get(kept.size() - 1)))) {
      kept.remove(kept.size() - 1);
    }
  }

  /** Whether "CREDIT UNION" (a lender's name, not the credit channel word) starts at token i. */
  private static boolean isCreditUnion(List<String> tokens, int i) {
    return tokens.get(i).equals("CREDIT")
        && i + 1 < tokens.size()
        && tokens.get(i + 1).equals("UNION");
  }

  /** Whether a legal form (GMBH, PVT LTD, SP Z O O, ...) starts at token i. */
  private static boolean isLegalStart(List<String> tokens, int i) {
    return CounterpartyWords.LEGAL.contains(bare(tokens.get(i))) || legalLength(tokens, i) > 1;
  }

  private static int legalLength(List<String> tokens, int i) {
    String t = bare(tokens.get(i));
    if (t.equals("SP")
        && i + 2 < tokens.size()
        && tokens.get(i + 1).equals("Z")
        && bare(tokens.get(i + 2)).equals("OO")) {
      return 3; // Polish "Sp. z o.o." with its points
    }
    if ((t.equals("SA") || t.equals("S"))
        && i + 2 < tokens.size()
        && tokens.get(i + 1).equals("DE")
        && bare(tokens.get(i + 2)).equals("CV")) {
      return 3; // "S.A. de C.V." with its points
    }
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
    if (t.indexOf('&') > 0 && t.length() <= 5 && t.indexOf('.') < 0 && t.indexOf('-') < 0) {
      return false; // "1&1": a name of digits joined by an ampersand
    }
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
      if (!hasJoiner(t)) {
        titleWord(sb, t);
        continue;
      }
      // a joined word: each part alone, small after an apostrophe ("Grill'd"), a domain small
      int from = 0;
      for (int k = 0; k <= t.length(); k++) {
        if (k == t.length() || isJoiner(t.charAt(k))) {
          String part = t.substring(from, k);
          boolean small =
              from > 0
                  && (t.charAt(from - 1) == '\''
                      || (t.charAt(from - 1) == '.'
                          && DOMAINS.contains(part)
                          && part.length() > 2));
          if (small) {
            sb.append(part.toLowerCase(Locale.ROOT));
          } else if (!part.isEmpty()) {
            titleWord(sb, part);
          }
          if (k < t.length()) {
            sb.append(t.charAt(k));
          }
          from = k + 1;
        }
      }
    }
    return sb.toString();
  }

  private static void titleWord(StringBuilder sb, String t) {
    if (t.equals("GMBH")) {
      sb.append("GmbH");
    } else if (t.length() <= 2) {
      sb.append(t);
    } else {
      sb.append(t.charAt(0)).append(t.substring(1).toLowerCase(Locale.ROOT));
    }
  }
}
