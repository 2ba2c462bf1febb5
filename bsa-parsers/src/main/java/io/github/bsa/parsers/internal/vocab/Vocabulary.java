package io.github.bsa.parsers.internal.vocab;

import io.github.bsa.core.internal.text.Accents;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The multilingual label vocabulary shared by the parsers: column-header labels of statement
 * tables, opening and closing balance labels, total lines, section headings and credit-card words
 * for the PDF engine, and the CSV engine's header labels per column role, per language, loaded once
 * from {@code labels.txt} next to this class.
 *
 * <p>Each entry is a regular-expression fragment matched against {@linkplain #fold(String) folded}
 * text; a concept's {@link #pattern(Concept) pattern} joins its fragments as alternatives. Adding a
 * language is adding lines to the resource. Immutable and thread-safe.
 */
public final class Vocabulary {
  /** What a group of labels means. */
  public enum Concept {
    /** An opening-balance label ("Opening balance", "Alter Kontostand", "Ancien solde"). */
    OPENING("opening"),
    /** A closing-balance label ("New balance", "Saldo neu", "Nouveau solde"). */
    CLOSING("closing"),
    /** A balance brought forward from the previous page or period ("Brought forward"). */
    BROUGHT_FORWARD("brought-forward"),
    /** A balance carried forward to the next page ("Carried forward"). */
    CARRIED_FORWARD("carried-forward"),
    /** A line that is never a transaction (totals, brought/carried forward, balance lines). */
    TOTAL("total"),
    /** A section heading of a section-style statement ("Deposits and additions"). */
    SECTION("section"),
    /** A heading of a table that holds no transactions ("Daily ending balance"). */
    SECTION_OTHER("section-other"),
    /** A section heading whose amounts are debits. */
    SECTION_DEBIT("section-debit"),
    /** A section heading whose amounts are credits. */
    SECTION_CREDIT("section-credit"),
    /** Words that mark a credit-card statement. */
    CREDIT_CARD("credit-card"),
    /** Column header: running balance. */
    COLUMN_BALANCE("col-balance"),
    /** Column header word that, with a date word, makes a value-date column. */
    COLUMN_VALUE("col-value"),
    /** Column header: a date. */
    COLUMN_DATE("col-date"),
    /** Column header: debits (money out). */
    COLUMN_DEBIT("col-debit"),
    /** Column header: credits (money in). */
    COLUMN_CREDIT("col-credit"),
    /** Column header: a signed amount. */
    COLUMN_AMOUNT("col-amount"),
    /** Column header: a reference or check number. */
    COLUMN_REFERENCE("col-reference"),
    /** Column header: the description. */
    COLUMN_DESCRIPTION("col-description"),
    /** CSV header label (literal): booking date. */
    CSV_BOOKING_DATE("csv-booking-date", true),
    /** CSV header label (literal): value date. */
    CSV_VALUE_DATE("csv-value-date", true),
    /** CSV header label (literal): description. */
    CSV_DESCRIPTION("csv-description", true),
    /** CSV header label (literal): counterparty name. */
    CSV_COUNTERPARTY("csv-counterparty", true),
    /** CSV header label (literal): counterparty account or IBAN. */
    CSV_COUNTERPARTY_ACCOUNT("csv-counterparty-account", true),
    /** CSV header label (literal): memo or additional text. */
    CSV_MEMO("csv-memo", true),
    /** CSV header label (literal): signed amount. */
    CSV_AMOUNT("csv-amount", true),
    /** CSV header label (literal): debit amount (money out). */
    CSV_DEBIT("csv-debit", true),
    /** CSV header label (literal): credit amount (money in). */
    CSV_CREDIT("csv-credit", true),
    /** CSV header label (literal): debit/credit mark. */
    CSV_DEBIT_CREDIT("csv-debit-credit", true),
    /** CSV header label (literal): running balance. */
    CSV_BALANCE("csv-balance", true),
    /** CSV header label (literal): currency. */
    CSV_CURRENCY("csv-currency", true),
    /** CSV header label (literal): reference or check number. */
    CSV_REFERENCE("csv-reference", true),
    /** CSV header label (literal): category. */
    CSV_CATEGORY("csv-category", true),
    /** CSV header label (literal): own account. */
    CSV_ACCOUNT("csv-account", true),
    /** CSV header label (literal): transaction type. */
    CSV_TYPE("csv-type", true),
    /** CSV cell value (literal, lower case): a debit mark in an indicator column. */
    CSV_DEBIT_MARK("csv-debit-mark", true),
    /** CSV cell value (literal, lower case): a credit mark in an indicator column. */
    CSV_CREDIT_MARK("csv-credit-mark", true),
    /** CSV preamble label (literal, lower case): the start of the statement period. */
    CSV_PERIOD_FROM("csv-period-from", true),
    /** CSV preamble label (literal, lower case): the end of the statement period. */
    CSV_PERIOD_TO("csv-period-to", true);

    private final String key;
    private final boolean literal;

    Concept(String key) {
      this(key, false);
    }

    Concept(String key, boolean literal) {
      this.key = key;
      this.literal = literal;
    }

    /**
     * Whether the concept's entries are literal labels in {@code CsvHeaders.normalize} form rather
     * than regular-expression fragments.
     */
    public boolean literal() {
      return literal;
    }
  }

  private record Entry(String language, String fragment) {}

  private static final Map<Concept, List<Entry>> ENTRIES = load();
  private static final Map<Concept, Pattern> PATTERNS = new EnumMap<>(Concept.class);

  static {
    for (Concept c : Concept.values()) {
      List<String> fragments = new ArrayList<>();
      for (Entry e : ENTRIES.getOrDefault(c, List.of())) {
        String f = c.literal ? Pattern.quote(e.fragment()) : e.fragment();
        if (!fragments.contains(f)) {
          fragments.add(f);
        }
      }
      PATTERNS.put(c, Pattern.compile("(" + String.join("|", fragments) + ")"));
    }
  }

  private Vocabulary() {}

  /** The concept's fragments as one pattern of alternatives (use {@code find()} on folded text). */
  public static Pattern pattern(Concept concept) {
    Pattern p = PATTERNS.get(concept);
    if (p == null) {
      throw new IllegalStateException("No pattern for " + concept);
    }
    return p;
  }

  /** The fragments of one concept in one language (ISO 639-1 code), in resource order. */
  public static List<String> fragments(Concept concept, String language) {
    List<String> out = new ArrayList<>();
    for (Entry e : ENTRIES.getOrDefault(concept, List.of())) {
      if (e.language().equals(language)) {
        out.add(e.fragment());
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The distinct entries of one concept over all languages, in resource order (for a {@linkplain
   * Concept#literal() literal} concept, its labels).
   */
  public static List<String> labels(Concept concept) {
    List<String> out = new ArrayList<>();
    for (Entry e : ENTRIES.getOrDefault(concept, List.of())) {
      if (!out.contains(e.fragment())) {
        out.add(e.fragment());
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The languages the vocabulary has entries for. */
  public static Set<String> languages() {
    Set<String> out = new TreeSet<>();
    ENTRIES.values().forEach(list -> list.forEach(e -> out.add(e.language())));
    return Collections.unmodifiableSet(out);
  }

  /** Whether folded text contains a label of the concept. */
  public static boolean matches(Concept concept, String folded) {
    return !folded.isEmpty() && pattern(concept).matcher(folded).find();
  }

  /** Folds a label for matching: lower case, no accents, punctuation and spaces as one space. */
  public static String fold(String text) {
    String s = Accents.stripAllMarks(text.toLowerCase(Locale.ROOT));
    return s.replaceAll("[^a-z0-9]+", " ").strip();
  }

  private static Map<Concept, List<Entry>> load() {
    Map<String, Concept> byKey = new java.util.HashMap<>();
    for (Concept c : Concept.values()) {
      byKey.put(c.key, c);
    }
    Map<Concept, List<Entry>> map = new EnumMap<>(Concept.class);
    try (InputStream in = Vocabulary.class.getResourceAsStream("labels.txt")) {
      if (in == null) {
        throw new IllegalStateException("labels.txt is missing from the bsa-parsers jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(" ", 3);
        Concept c = parts.length == 3 ? byKey.get(parts[0]) : null;
        if (c == null) {
          throw new IllegalStateException("labels.txt line " + number + " is not an entry");
        }
        map.computeIfAbsent(c, k -> new ArrayList<>()).add(new Entry(parts[1], parts[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return map;
  }
}
