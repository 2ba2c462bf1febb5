package io.github.bsa.parsers.internal.mt940;

import io.github.bsa.core.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code :86:} information to account owner: the free text, and the structure of the two
 * common dialects, German {@code ?NN} sub-fields (with SEPA keywords in the purpose) and Dutch
 * {@code /KEY/value} pairs. See {@code docs/formats/mt940.md} for the mapping. Not thread-safe; one
 * instance per field.
 */
final class Mt940Information {
  /** The width of a German {@code ?2x} purpose line; a shorter one ended at a word boundary. */
  private static final int GERMAN_LINE = 27;

  /** The width of a SWIFT {@code :86:} line; a line this long may have been cut mid-word. */
  private static final int SWIFT_LINE = 65;

  private static final List<String> SEPA_KEYS =
      List.of(
          "EREF", "KREF", "MREF", "CRED", "DEBT", "SVWZ", "ABWA", "ABWE", "IBAN", "BIC", "COAM",
          "OAMT", "PURP", "BREF", "RREF");

  private static final Set<String> DUTCH_KEYS =
      Set.of(
          "TRTP",
          "IBAN",
          "BIC",
          "NAME",
          "REMI",
          "EREF",
          "CSID",
          "MARF",
          "ORDP",
          "BENM",
          "ID",
          "ADDR",
          "CNTP",
          "PREF",
          "RTRN",
          "ULTC",
          "ULTD",
          "ULTB",
          "PURP",
          "ISDT",
          "SWOC",
          "OCMT",
          "CHGS",
          "EXCH",
          "FX",
          "CDTRREF",
          "CDTRREFTP",
          "CD",
          "SCOR",
          "ISSR",
          "ACCW",
          "RTYP",
          "CNTR",
          "BUSP",
          "TRCD",
          "NRTX");

  private static final String LABELS =
      "(?=\\s*/?\\s*(?:IBAN|BIC|NAAM|OMSCHRIJVING|KENMERK|MACHTIGING|INCASSANT|REK):|/|$)";
  private static final Pattern LABELLED_ACCOUNT =
      Pattern.compile("\\b(?:IBAN|REK):\\s*([A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}|[0-9][0-9.]{5,})");
  private static final Pattern LABELLED_NAME = Pattern.compile("\\bNAAM:\\s*(.+?)" + LABELS);
  private static final Pattern LABELLED_BIC =
      Pattern.compile("\\bBIC:\\s*([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\\b");
  private static final Pattern LABELLED_REMITTANCE =
      Pattern.compile(
          "\\bOMSCHRIJVING:\\s*(.+?)(?=\\s*(?:IBAN|BIC|NAAM|KENMERK|MACHTIGING|INCASSANT):|$)");
  private static final Pattern LABELLED_REFERENCE = Pattern.compile("\\bKENMERK:\\s*(\\S+)");

  final String description;
  @Nullable String counterparty;
  @Nullable String counterpartyAccount;
  @Nullable String endToEndId;
  final Map<String, String> attributes = new LinkedHashMap<>();

  private Mt940Information(String description) {
    this.description = description;
  }

  /**
   * Interprets the lines of one {@code :86:} field (several consecutive {@code :86:} fields count
   * as one).
   */
  static Mt940Information parse(List<String> lines) {
    return parse(lines, new SubFields());
  }

  /**
   * The offsets of German {@code ?NN} sub-fields, reused from one {@code :86:} to the next by one
   * parser so that a transaction costs no table of a hundred slots (ADR 0210). Not thread-safe.
   */
  static final class SubFields {
    // per sub-field number: where its text starts and ends in the joined field, start -1 if absent
    private final int[] start = new int[100];
    private final int[] end = new int[100];
    // the text of a number that occurs more than once (it continues), else null
    private final @Nullable StringBuilder[] continued = new StringBuilder[100];
    // the numbers present, in the order met
    private final int[] present = new int[100];
    private int count;

    SubFields() {
      java.util.Arrays.fill(start, -1);
    }

    void add(String s, int key, int from, int to) {
      if (start[key] < 0) {
        start[key] = from;
        end[key] = to;
        present[count++] = key;
        return;
      }
      StringBuilder sb = continued[key];
      if (sb == null) {
        sb = new StringBuilder(end[key] - start[key] + to - from).append(s, start[key], end[key]);
        continued[key] = sb;
      }
      sb.append(s, from, to);
    }

    /** The numbers present in ascending order. */
    int[] sorted() {
      java.util.Arrays.sort(present, 0, count);
      return present;
    }

    int count() {
      return count;
    }

    String value(String s, int key) {
      StringBuilder sb = continued[key];
      return sb != null ? sb.toString() : s.substring(start[key], end[key]);
    }

    void clear() {
      for (int i = 0; i < count; i++) {
        start[present[i]] = -1;
        continued[present[i]] = null;
      }
      count = 0;
    }
  }

  /** As {@link #parse(List)}, with the sub-field table of the calling parser. */
  static Mt940Information parse(List<String> lines, SubFields subFields) {
    StringBuilder text = new StringBuilder();
    StringBuilder joined = new StringBuilder();
    String previous = null;
    for (String line : lines) {
      if (previous != null) {
        boolean cut = previous.length() >= SWIFT_LINE && !previous.endsWith(" ");
        if (!cut) {
          text.append(' ');
        }
      }
      text.append(line);
      joined.append(line);
      previous = line;
    }
    Mt940Information info = new Mt940Information(Whitespace.fold(text));
    String structured = joined.toString().strip();
    if (!info.german(structured, subFields) && !info.dutch(structured)) {
      info.labelled(info.description);
    }
    return info;
  }

  /** German sub-fields: {@code GVC?00posting text?10primanota?20purpose..?30BLZ?31account..}. */
  private boolean german(String s, SubFields fields) {
    int start;
    if (s.length() >= 6 && Mt940Values.digits(s, 0, 3) && isSeparator(s, 3)) {
      start = 3;
    } else if (s.length() >= 3 && isSeparator(s, 0)) {
      start = 0;
    } else {
      return false;
    }
    char sep = s.charAt(start);
    if (start == 3) {
      attributes.put("gvc", s.substring(0, 3));
    }
    // sub-fields by number (00-99), in number order; a repeated number continues its text
    fields.clear();
    int i = start;
    while (i < s.length()) {
      int key = (s.charAt(i + 1) - '0') * 10 + (s.charAt(i + 2) - '0');
      int end = i + 3;
      while (end < s.length() && !(s.charAt(end) == sep && Mt940Values.digits(s, end + 1, 2))) {
        end++;
      }
      fields.add(s, key, i + 3, end);
      i = end;
    }
    List<String> purpose = new ArrayList<>();
    List<String> name = new ArrayList<>(2);
    int[] keys = fields.sorted();
    for (int k = 0; k < fields.count(); k++) {
      int key = keys[k];
      String value = fields.value(s, key);
      if ((key >= 20 && key <= 29) || (key >= 60 && key <= 63)) {
        purpose.add(value);
      } else if (key == 32 || key == 33) {
        name.add(value);
      } else if (key == 0) {
        putFolded("postingText", value);
      } else if (key == 10) {
        putFolded("primaNota", value);
      } else if (key == 30) {
        putFolded("counterpartyBank", value);
      } else if (key == 31) {
        String account = Whitespace.fold(value);
        if (!account.isEmpty()) {
          counterpartyAccount = account;
        }
      } else if (key == 34) {
        putFolded("textKeyExtension", value);
      } else {
        putFolded("field" + (key < 10 ? "0" : "") + key, value);
      }
    }
    String counterpartyName = Whitespace.fold(joinLines(name));
    if (!counterpartyName.isEmpty()) {
      counterparty = counterpartyName;
    }
    String purposeText = joinLines(purpose);
    putFolded("purpose", purposeText);
    sepa(purposeText);
    return true;
  }

  private static boolean isSeparator(String s, int i) {
    if (i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return (c == '?' || c == '>') && Mt940Values.digits(s, i + 1, 2);
  }

  /**
   * Joins sub-field lines: directly after a full-width line (the bank cut a word), with a space
   * after a shorter one (the line ended at a word boundary).
   */
  private static String joinLines(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    String previous = null;
    for (String line : lines) {
      if (previous != null && previous.length() < GERMAN_LINE) {
        sb.append(' ');
      }
      sb.append(line);
      previous = line;
    }
    return sb.toString();
  }

  /** SEPA keywords ({@code EREF+}, {@code SVWZ+}, ...) inside a German purpose text. */
  private void sepa(String purpose) {
    int first = -1;
    String firstKey = null;
    Map<String, String> values = new LinkedHashMap<>();
    int i = 0;
    String key = null;
    int valueStart = 0;
    while (i < purpose.length()) {
      String found = sepaKeyAt(purpose, i);
      if (found != null) {
        if (key != null) {
          values.merge(key, purpose.substring(valueStart, i), String::concat);
        } else {
          first = i;
          firstKey = found;
        }
        key = found;
        valueStart = i + found.length() + 1;
        i = valueStart;
      } else {
        i++;
      }
    }
    if (key == null || firstKey == null) {
      return;
    }
    values.merge(key, purpose.substring(valueStart), String::concat);
    if (first > 0) {
      putFolded("sepa.prefix", purpose.substring(0, first));
    }
    for (Map.Entry<String, String> e : values.entrySet()) {
      String value = Whitespace.fold(e.getValue());
      if (value.isEmpty()) {
        continue;
      }
      switch (e.getKey()) {
        case "EREF" -> {
          if (!value.equalsIgnoreCase("NOTPROVIDED")) {
            endToEndId = value;
          }
        }
        case "SVWZ" -> attributes.put("remittanceInformation", value);
        case "MREF" -> attributes.put("mandateReference", value);
        case "CRED" -> attributes.put("creditorId", value);
        case "KREF" -> attributes.put("customerReference", value);
        case "ABWA" -> attributes.put("ultimateDebtor", value);
        case "ABWE" -> attributes.put("ultimateCreditor", value);
        case "IBAN" -> {
          if (counterpartyAccount == null) {
            counterpartyAccount = value;
          }
        }
        default -> attributes.put("sepa." + e.getKey().toLowerCase(Locale.ROOT), value);
      }
    }
  }

  private static @Nullable String sepaKeyAt(String s, int i) {
    // every key is three or four capital letters followed by '+': test that before the keys
    char c = s.charAt(i);
    boolean plus =
        (i + 3 < s.length() && s.charAt(i + 3) == '+')
            || (i + 4 < s.length() && s.charAt(i + 4) == '+');
    if (c < 'A' || c > 'Z' || !plus) {
      return null;
    }
    for (String key : SEPA_KEYS) {
      if (s.startsWith(key, i)
          && i + key.length() < s.length()
          && s.charAt(i + key.length()) == '+'
          && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
        return key;
      }
    }
    return null;
  }

  /** Dutch structured information: {@code /TRTP/SEPA OVERBOEKING/IBAN/NL..../NAME/...}. */
  private boolean dutch(String s) {
    if (!s.startsWith("/") || dutchKeyAt(s, 0) == null) {
      return false;
    }
    String key = null;
    int valueStart = 0;
    int i = 0;
    Map<String, String> values = new LinkedHashMap<>();
    while (i < s.length()) {
      String found = s.charAt(i) == '/' ? dutchKeyAt(s, i) : null;
      if (found != null) {
        if (key != null) {
          values.merge(key, s.substring(valueStart, i), (a, b) -> a + " " + b);
        }
        key = found;
        valueStart = i + found.length() + 2;
        i = valueStart;
      } else {
        i++;
      }
    }
    if (key != null) {
      String last = s.substring(valueStart);
      values.merge(
          key,
          last.endsWith("/") ? last.substring(0, last.length() - 1) : last,
          (a, b) -> a + " " + b);
    }
    for (Map.Entry<String, String> e : values.entrySet()) {
      String value = Whitespace.fold(e.getValue());
      if (value.isEmpty()) {
        continue;
      }
      switch (e.getKey()) {
        case "NAME" -> {
          if (counterparty == null) {
            counterparty = value;
          }
        }
        case "IBAN" -> counterpartyAccount = value;
        case "EREF" -> {
          if (!value.equalsIgnoreCase("NOTPROVIDED")) {
            endToEndId = value;
          }
        }
        case "REMI" -> attributes.put("remittanceInformation", remittance(value));
        case "TRTP" -> attributes.put("transactionType", value);
        case "BIC" -> attributes.put("counterpartyBank", value);
        case "MARF" -> attributes.put("mandateReference", value);
        case "CSID" -> attributes.put("creditorId", value);
        case "CNTP" -> counterpartyParts(value);
        default -> attributes.put(e.getKey().toLowerCase(Locale.ROOT), value);
      }
    }
    return true;
  }

  /**
   * Dutch labelled free text (ABN AMRO {@code SEPA OVERBOEKING IBAN: .. BIC: .. NAAM: ..
   * OMSCHRIJVING: .. KENMERK: ..}, Knab {@code REK: ../NAAM: ..}).
   */
  private void labelled(String text) {
    Matcher account = LABELLED_ACCOUNT.matcher(text);
    if (account.find()) {
      counterpartyAccount = account.group(1);
    }
    Matcher name = LABELLED_NAME.matcher(text);
    if (name.find() && !name.group(1).isBlank()) {
      counterparty = name.group(1).strip();
    }
    Matcher bic = LABELLED_BIC.matcher(text);
    if (bic.find()) {
      attributes.put("counterpartyBank", bic.group(1));
    }
    Matcher remittance = LABELLED_REMITTANCE.matcher(text);
    if (remittance.find() && !remittance.group(1).isBlank()) {
      attributes.put("remittanceInformation", remittance.group(1).strip());
    }
    Matcher reference = LABELLED_REFERENCE.matcher(text);
    if (reference.find() && !reference.group(1).equalsIgnoreCase("NOTPROVIDED")) {
      endToEndId = reference.group(1);
    }
  }

  /** ING's {@code /CNTP/account/BIC/name/city/}. */
  private void counterpartyParts(String value) {
    String[] parts = value.split("/", -1);
    if (parts.length > 0 && !parts[0].isBlank()) {
      counterpartyAccount = parts[0].strip();
    }
    if (parts.length > 1 && !parts[1].isBlank()) {
      attributes.put("counterpartyBank", parts[1].strip());
    }
    if (parts.length > 2 && !parts[2].isBlank()) {
      counterparty = parts[2].strip();
    }
    if (parts.length > 3 && !parts[3].isBlank()) {
      attributes.put("counterpartyCity", parts[3].strip());
    }
  }

  private static String remittance(String value) {
    if (value.startsWith("USTD//")) {
      return value.substring(6).strip();
    }
    if (value.startsWith("STRD/CUR/")) {
      return value.substring(9).strip();
    }
    return value;
  }

  private static @Nullable String dutchKeyAt(String s, int i) {
    int end = s.indexOf('/', i + 1);
    if (end < 0 || end - i - 1 > 9) {
      return null;
    }
    String key = s.substring(i + 1, end);
    return DUTCH_KEYS.contains(key) ? key : null;
  }

  private void putFolded(String key, String value) {
    String folded = Whitespace.fold(value);
    if (!folded.isEmpty()) {
      attributes.put(key, folded);
    }
  }
}
