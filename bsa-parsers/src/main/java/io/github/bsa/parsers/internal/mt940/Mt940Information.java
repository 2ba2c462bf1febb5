package io.github.bsa.parsers.internal.mt940;

import io.github.bsa.core.internal.text.Whitespace;
import java.util.Arrays;
import java.util.HashMap;
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
 * {@code /KEY/value} pairs. See {@code docs/formats/mt940.md} for the mapping. German sub-fields
 * are read from offsets into reused buffers and folded straight into their values (ADR 0270). Not
 * thread-safe; one instance per parser, reused from one {@code :86:} to the next.
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

  private static final String[] SEPA_KEY_ARRAY = SEPA_KEYS.toArray(new String[0]);

  /** The letters of each SEPA key packed into an int, 8 bits each; distinct for every length. */
  private static final int[] SEPA_CODES = new int[SEPA_KEY_ARRAY.length];

  static {
    for (int k = 0; k < SEPA_KEY_ARRAY.length; k++) {
      int code = 0;
      for (char c : SEPA_KEY_ARRAY[k].toCharArray()) {
        code = code << 8 | c;
      }
      SEPA_CODES[k] = code;
    }
  }

  // the slots of Mt940Fold.fold: 0-99 the German sub-fields by number, then these
  private static final int NAME_SLOT = 100;
  private static final int PURPOSE_SLOT = 101;
  private static final int GVC_SLOT = 102;
  private static final int SEPA_PREFIX_SLOT = 103;
  private static final int SEPA_SLOT = 104;

  /** The attribute keys of the German sub-fields, by number ({@code null}: not an attribute). */
  private static final String[] GERMAN_KEYS = new String[100];

  static {
    for (int k = 0; k < 100; k++) {
      GERMAN_KEYS[k] = "field" + (k < 10 ? "0" : "") + k;
    }
    GERMAN_KEYS[0] = "postingText";
    GERMAN_KEYS[10] = "primaNota";
    GERMAN_KEYS[30] = "counterpartyBank";
    GERMAN_KEYS[34] = "textKeyExtension";
  }

  private final String prefix;
  private final Mt940Fold fold = new Mt940Fold();
  private final SubFields fields = new SubFields();
  // attribute keys with the format's prefix, built once per parser
  private final String[] germanKeys = new String[100];
  private final String[] sepaKeys = new String[SEPA_KEY_ARRAY.length];
  private final String gvcKey;
  private final String purposeKey;
  private final String sepaPrefixKey;
  private final Map<String, String> otherKeys = new HashMap<>();
  // the lines of the field without separators, then the joined purpose and name
  private char[] joined = new char[512];
  // the description of clean lines, before its string is made
  private char[] descriptionText = new char[512];
  // whether the field being read is clean (see read(List, boolean))
  private boolean clean;
  private int joinedLength;
  private char[] purpose = new char[256];
  private int purposeLength;
  private char[] name = new char[64];
  private int nameLength;
  // SEPA keyword values as ranges of the purpose, in the order met
  private int[] sepaRanges = new int[48];
  private int sepaCount;
  // whether the field being read has German sub-fields
  private boolean german;

  // the result of the last read: the attributes in the order put, keys with the prefix
  String description = "";
  @Nullable String counterparty;
  @Nullable String counterpartyAccount;
  @Nullable String endToEndId;
  String[] keys = new String[16];
  String[] values = new String[16];
  int count;

  /**
   * A reader for the {@code :86:} fields of one input whose attribute keys take {@code prefix}
   * (such as {@code mt940.}).
   */
  Mt940Information(String prefix) {
    this.prefix = prefix;
    this.gvcKey = prefix + "gvc";
    this.purposeKey = prefix + "purpose";
    this.sepaPrefixKey = prefix + "sepa.prefix";
  }

  /**
   * Interprets the lines of one {@code :86:} field (several consecutive {@code :86:} fields count
   * as one); the result is in this reader's fields until the next call.
   */
  Mt940Information read(List<String> lines) {
    return read(lines, false);
  }

  /**
   * As {@link #read(List)}; {@code printable} when every line is ASCII without control characters
   * ({@link Mt940LineReader#printableAscii()}): if no line then has a space at either end or two
   * spaces in a row, folding changes none of its text, and the description and the values are cut
   * from it without a fold (ADR 0360).
   */
  Mt940Information read(List<String> lines, boolean printable) {
    counterparty = null;
    counterpartyAccount = null;
    endToEndId = null;
    for (int i = 0; i < count; i++) {
      keys[i] = "";
      values[i] = "";
    }
    count = 0;
    boolean c = printable;
    for (int i = 0; c && i < lines.size(); i++) {
      String line = lines.get(i);
      int n = line.length();
      c = n == 0 || (line.charAt(0) != ' ' && line.charAt(n - 1) != ' ' && line.indexOf("  ") < 0);
    }
    clean = c;
    if (c) {
      readClean(lines);
    } else {
      readFolded(lines);
    }
    // the structure is read from the lines joined without separators, stripped
    int from = 0;
    int to = joinedLength;
    while (from < to && Character.isWhitespace(joined[from])) {
      from++;
    }
    while (to > from && Character.isWhitespace(joined[to - 1])) {
      to--;
    }
    if (!german(from, to)) {
      String structured = new String(joined, from, to - from);
      if (!dutch(structured)) {
        labelled(description);
      }
    }
    return this;
  }

  /**
   * The lines without separators into {@link #joined}, and the description of clean lines: joined
   * by a space (one between two lines with text), except after a full line that cut a word; no line
   * ends with a space.
   */
  private void readClean(List<String> lines) {
    joinedLength = 0;
    int d = 0;
    boolean space = false;
    String previous = null;
    for (String line : lines) {
      int n = line.length();
      copyToJoined(line);
      if (previous != null && previous.length() < SWIFT_LINE) {
        space |= d > 0;
      }
      if (n > 0) {
        descriptionText = room(descriptionText, d, n + 1);
        if (space) {
          descriptionText[d++] = ' ';
          space = false;
        }
        System.arraycopy(joined, joinedLength, descriptionText, d, n);
        d += n;
      }
      joinedLength += n;
      previous = line;
    }
    description = d == 0 ? "" : new String(descriptionText, 0, d);
  }

  /** Copies a line to the end of {@link #joined}, without moving its end. */
  private void copyToJoined(String line) {
    int n = line.length();
    if (joinedLength + n > joined.length) {
      joined = Arrays.copyOf(joined, Math.max(joined.length * 2, joinedLength + n));
    }
    line.getChars(0, n, joined, joinedLength);
  }

  /**
   * The lines without separators into {@link #joined}, and the description folded: joined by a
   * space, except after a full line that cut a word.
   */
  private void readFolded(List<String> lines) {
    Mt940Fold f = fold.reset();
    joinedLength = 0;
    String previous = null;
    for (String line : lines) {
      int n = line.length();
      copyToJoined(line);
      if (previous != null) {
        boolean cut = previous.length() >= SWIFT_LINE && !previous.endsWith(" ");
        if (!cut) {
          f.space();
        }
      }
      f.append(joined, joinedLength, joinedLength + n);
      joinedLength += n;
      previous = line;
    }
    description = f.result();
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
      Arrays.fill(start, -1);
    }

    void add(char[] s, int key, int from, int to) {
      if (start[key] < 0) {
        start[key] = from;
        end[key] = to;
        present[count++] = key;
        return;
      }
      StringBuilder sb = continued[key];
      if (sb == null) {
        sb = new StringBuilder(end[key] - start[key] + to - from);
        sb.append(s, start[key], end[key] - start[key]);
        continued[key] = sb;
      }
      sb.append(s, from, to - from);
    }

    /** The numbers present in ascending order. */
    int[] sorted() {
      Arrays.sort(present, 0, count);
      return present;
    }

    int count() {
      return count;
    }

    int length(int key) {
      StringBuilder sb = continued[key];
      return sb != null ? sb.length() : end[key] - start[key];
    }

    /**
     * Whether the text of {@code key} is one range, not empty, without a space at either end: a
     * piece of clean text that can be joined to others by one space and stay clean.
     */
    boolean trimmed(char[] s, int key) {
      return continued[key] == null
          && end[key] > start[key]
          && s[start[key]] != ' '
          && s[end[key] - 1] != ' ';
    }

    /**
     * The folded text of {@code key}, the last string of its number reused when it repeats; {@code
     * clean} as in {@link Mt940Fold#fold(char[], int, int, int, boolean)}.
     */
    String fold(char[] s, int key, Mt940Fold f, boolean clean) {
      StringBuilder sb = continued[key];
      if (sb != null) {
        char[] text = new char[sb.length()];
        sb.getChars(0, sb.length(), text, 0);
        f.reset().append(text, 0, text.length);
        return f.result();
      }
      return f.fold(s, start[key], end[key], key, clean);
    }

    /** Copies the text of {@code key} to {@code target} at {@code at}; returns the new end. */
    int copy(char[] s, int key, char[] target, int at) {
      StringBuilder sb = continued[key];
      if (sb != null) {
        sb.getChars(0, sb.length(), target, at);
        return at + sb.length();
      }
      System.arraycopy(s, start[key], target, at, end[key] - start[key]);
      return at + end[key] - start[key];
    }

    void clear() {
      for (int i = 0; i < count; i++) {
        start[present[i]] = -1;
        continued[present[i]] = null;
      }
      count = 0;
    }
  }

  /**
   * German sub-fields: {@code GVC?00posting text?10primanota?20purpose..?30BLZ?31account..}, in
   * {@code joined[from, to)}.
   */
  private boolean german(int from, int to) {
    german = false;
    char[] s = joined;
    int start;
    if (to - from >= 6 && digits(s, from, 3, to) && isSeparator(s, from + 3, to)) {
      start = from + 3;
    } else if (to - from >= 3 && isSeparator(s, from, to)) {
      start = from;
    } else {
      return false;
    }
    german = true;
    char sep = s[start];
    if (start == from + 3) {
      putPrefixed(gvcKey, fold.fold(s, from, from + 3, GVC_SLOT, true));
    }
    // sub-fields by number (00-99), in number order; a repeated number continues its text
    SubFields f = fields;
    f.clear();
    int i = start;
    while (i < to) {
      int key = (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
      int end = i + 3;
      while (end < to && !(s[end] == sep && digits(s, end + 1, 2, to))) {
        end++;
      }
      f.add(s, key, i + 3, end);
      i = end;
    }
    purposeLength = 0;
    nameLength = 0;
    int purposePrevious = -1;
    int namePrevious = -1;
    // the purpose and the name stay clean when the field is and each piece is trimmed
    boolean purposeClean = clean;
    boolean nameClean = clean;
    int[] numbers = f.sorted();
    for (int k = 0; k < f.count(); k++) {
      int key = numbers[k];
      if ((key >= 20 && key <= 29) || (key >= 60 && key <= 63)) {
        purposeClean &= f.trimmed(s, key);
        purpose = room(purpose, purposeLength, f.length(key) + 1);
        if (purposePrevious >= 0 && purposePrevious < GERMAN_LINE) {
          purpose[purposeLength++] = ' ';
        }
        purposeLength = f.copy(s, key, purpose, purposeLength);
        purposePrevious = f.length(key);
      } else if (key == 32 || key == 33) {
        nameClean &= f.trimmed(s, key);
        name = room(name, nameLength, f.length(key) + 1);
        if (namePrevious >= 0 && namePrevious < GERMAN_LINE) {
          name[nameLength++] = ' ';
        }
        nameLength = f.copy(s, key, name, nameLength);
        namePrevious = f.length(key);
      } else if (key == 31) {
        String value = f.fold(s, key, fold, clean);
        if (!value.isEmpty()) {
          counterpartyAccount = value;
        }
      } else {
        String value = f.fold(s, key, fold, clean);
        if (!value.isEmpty()) {
          putPrefixed(germanKey(key), value);
        }
      }
    }
    String value = fold.fold(name, 0, nameLength, NAME_SLOT, nameClean);
    if (!value.isEmpty()) {
      counterparty = value;
    }
    value = fold.fold(purpose, 0, purposeLength, PURPOSE_SLOT, purposeClean);
    if (!value.isEmpty()) {
      putPrefixed(purposeKey, value);
    }
    sepa(purpose, purposeLength, purposeClean);
    return true;
  }

  private String germanKey(int key) {
    String k = germanKeys[key];
    if (k == null) {
      k = prefix + GERMAN_KEYS[key];
      germanKeys[key] = k;
    }
    return k;
  }

  private static char[] room(char[] a, int length, int more) {
    return length + more <= a.length ? a : Arrays.copyOf(a, Math.max(a.length * 2, length + more));
  }

  private static boolean digits(char[] s, int offset, int count, int to) {
    if (offset < 0 || offset + count > to) {
      return false;
    }
    for (int i = offset; i < offset + count; i++) {
      char c = s[i];
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isSeparator(char[] s, int i, int to) {
    if (i >= to) {
      return false;
    }
    char c = s[i];
    return (c == '?' || c == '>') && digits(s, i + 1, 2, to);
  }

  /** SEPA keywords ({@code EREF+}, {@code SVWZ+}, ...) inside a German purpose text. */
  private void sepa(char[] p, int n, boolean clean) {
    int first = -1;
    int key = -1;
    int valueStart = 0;
    sepaCount = 0;
    // a keyword ends with '+' three or four characters on: the positions before each '+' are
    // tried in ascending order, as a scan of every position would (ADR 0360)
    int i = 0;
    for (int j = 3; j < n; j++) {
      if (p[j] != '+') {
        continue;
      }
      for (int c = Math.max(j - 4, i); c <= j - 3; c++) {
        int found = sepaKeyAt(p, n, c);
        if (found >= 0) {
          if (key >= 0) {
            sepaRange(key, valueStart, c);
          } else {
            first = c;
          }
          key = found;
          valueStart = c + SEPA_KEY_ARRAY[found].length() + 1;
          i = valueStart;
          j = valueStart - 1;
          break;
        }
      }
      if (i < j - 2) {
        i = j - 2; // the positions up to j - 3 were tried
      }
    }
    if (key < 0) {
      return;
    }
    sepaRange(key, valueStart, n);
    if (first > 0) {
      String value = fold.fold(p, 0, first, SEPA_PREFIX_SLOT, clean);
      if (!value.isEmpty()) {
        putPrefixed(sepaPrefixKey, value);
      }
    }
    int[] r = sepaRanges;
    for (int e = 0; e < sepaCount; e++) {
      int k = r[3 * e];
      if (k < 0) {
        continue; // a later range of a key already read
      }
      // the ranges of one key are concatenated, as the values of a map merged by concat
      boolean repeated = false;
      for (int g = e + 1; g < sepaCount && !repeated; g++) {
        repeated = r[3 * g] == k;
      }
      String value;
      if (repeated) {
        Mt940Fold fo = fold.reset();
        for (int g = e; g < sepaCount; g++) {
          if (r[3 * g] == k) {
            fo.append(p, r[3 * g + 1], r[3 * g + 2]);
            if (g > e) {
              r[3 * g] = -1;
            }
          }
        }
        value = fo.result();
      } else {
        value = fold.fold(p, r[3 * e + 1], r[3 * e + 2], SEPA_SLOT + k, clean);
      }
      if (value.isEmpty()) {
        continue;
      }
      switch (SEPA_KEY_ARRAY[k]) {
        case "EREF" -> {
          if (!value.equalsIgnoreCase("NOTPROVIDED")) {
            endToEndId = value;
          }
        }
        case "SVWZ" -> put("remittanceInformation", value);
        case "MREF" -> put("mandateReference", value);
        case "CRED" -> put("creditorId", value);
        case "KREF" -> put("customerReference", value);
        case "ABWA" -> put("ultimateDebtor", value);
        case "ABWE" -> put("ultimateCreditor", value);
        case "IBAN" -> {
          if (counterpartyAccount == null) {
            counterpartyAccount = value;
          }
        }
        default -> {
          String sk = sepaKeys[k];
          if (sk == null) {
            sk = prefix + "sepa." + SEPA_KEY_ARRAY[k].toLowerCase(Locale.ROOT);
            sepaKeys[k] = sk;
          }
          putPrefixed(sk, value);
        }
      }
    }
  }

  private void sepaRange(int key, int from, int to) {
    if (3 * sepaCount + 3 > sepaRanges.length) {
      sepaRanges = Arrays.copyOf(sepaRanges, sepaRanges.length * 2);
    }
    sepaRanges[3 * sepaCount] = key;
    sepaRanges[3 * sepaCount + 1] = from;
    sepaRanges[3 * sepaCount + 2] = to;
    sepaCount++;
  }

  private static int sepaKeyAt(char[] s, int n, int i) {
    // every key is three or four capital letters followed by '+': test that before the keys
    char c = s[i];
    if (c < 'A' || c > 'Z') {
      return -1;
    }
    boolean plus = (i + 3 < n && s[i + 3] == '+') || (i + 4 < n && s[i + 4] == '+');
    if (!plus) {
      return -1;
    }
    // a key of three letters and one of four cannot both end in a '+' at the same position
    int k = i + 4 < n && s[i + 4] == '+' ? sepaKeyOfLength(s, i, 4) : -1;
    if (k < 0 && i + 3 < n && s[i + 3] == '+') {
      k = sepaKeyOfLength(s, i, 3);
    }
    if (k < 0) {
      return -1;
    }
    return i == 0 || !Character.isLetterOrDigit(s[i - 1]) ? k : -1;
  }

  /**
   * The SEPA key spelled by {@code s[i, i + length)}, or -1: the capital letters packed into an int
   * and compared with each key's (ADR 0360).
   */
  private static int sepaKeyOfLength(char[] s, int i, int length) {
    int code = 0;
    for (int j = i; j < i + length; j++) {
      char ch = s[j];
      if (ch < 'A' || ch > 'Z') {
        return -1;
      }
      code = code << 8 | ch;
    }
    int[] codes = SEPA_CODES;
    for (int k = 0; k < codes.length; k++) {
      if (codes[k] == code) {
        return k;
      }
    }
    return -1;
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
        case "REMI" -> put("remittanceInformation", remittance(value));
        case "TRTP" -> put("transactionType", value);
        case "BIC" -> put("counterpartyBank", value);
        case "MARF" -> put("mandateReference", value);
        case "CSID" -> put("creditorId", value);
        case "CNTP" -> counterpartyParts(value);
        default -> put(e.getKey().toLowerCase(Locale.ROOT), value);
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
      put("counterpartyBank", bic.group(1));
    }
    Matcher remittance = LABELLED_REMITTANCE.matcher(text);
    if (remittance.find() && !remittance.group(1).isBlank()) {
      put("remittanceInformation", remittance.group(1).strip());
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
      put("counterpartyBank", parts[1].strip());
    }
    if (parts.length > 2 && !parts[2].isBlank()) {
      counterparty = parts[2].strip();
    }
    if (parts.length > 3 && !parts[3].isBlank()) {
      put("counterpartyCity", parts[3].strip());
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

  /** Puts an attribute under {@code prefix + key}; a key put again takes the new value. */
  private void put(String key, String value) {
    String k = otherKeys.get(key);
    if (k == null) {
      k = prefix + key;
      if (otherKeys.size() < 256) {
        otherKeys.put(key, k);
      }
    }
    putPrefixed(k, value);
  }

  /**
   * Puts an attribute under a prefixed key. The German path puts each of its keys at most once per
   * field (distinct sub-field numbers and SEPA keywords), so it adds without a search.
   */
  private void putPrefixed(String key, String value) {
    if (!german) {
      for (int i = 0; i < count; i++) {
        if (keys[i].equals(key)) {
          values[i] = value;
          return;
        }
      }
    }
    if (count == keys.length) {
      keys = Arrays.copyOf(keys, count * 2);
      values = Arrays.copyOf(values, count * 2);
    }
    keys[count] = key;
    values[count] = value;
    count++;
  }
}
