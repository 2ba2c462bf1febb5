package io.github.bsa.parsers.internal.mt940;

import io.github.bsa.core.model.ParseWarning;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The statement being assembled: header fields, running counts and warnings. One thread. */
final class Mt940Statement {
  private static final int MAX_WARNINGS = 1000;
  private static final int MAX_ATTRIBUTE = 4096;

  final long startLine;
  final Map<String, String> attributes = new LinkedHashMap<>();
  final List<ParseWarning> warnings = new ArrayList<>();
  final StringBuilder information = new StringBuilder();
  @Nullable String id;
  @Nullable String accountNumber;
  @Nullable Currency currency;
  @Nullable BigDecimal opening;
  @Nullable LocalDate openingDate;
  @Nullable BigDecimal closing;
  @Nullable LocalDate closingDate;
  @Nullable BigDecimal available;
  @Nullable LocalDate firstDate;
  @Nullable LocalDate lastDate;
  int forwardCount;
  int transactions;
  int debitCount;
  int creditCount;
  BigDecimal debitSum = BigDecimal.ZERO;
  BigDecimal creditSum = BigDecimal.ZERO;
  int declaredDebitCount = -1;
  int declaredCreditCount = -1;
  @Nullable BigDecimal declaredDebitSum;
  @Nullable BigDecimal declaredCreditSum;
  long declaredDebitLine;
  long declaredCreditLine;
  boolean begun;
  boolean mt942;
  boolean finalClosing;

  Mt940Statement(long startLine) {
    this.startLine = startLine;
  }

  boolean hasContent() {
    return accountNumber != null
        || opening != null
        || closing != null
        || available != null
        || transactions > 0
        || mt942
        || information.length() > 0;
  }

  /** Adds text to an attribute, up to a bound, so that repeated fields cannot grow it. */
  void append(String key, String text) {
    String old = attributes.get(key);
    if (old == null) {
      attributes.put(key, text.length() > MAX_ATTRIBUTE ? text.substring(0, MAX_ATTRIBUTE) : text);
    } else if (old.length() + text.length() < MAX_ATTRIBUTE) {
      attributes.put(key, old + " " + text);
    }
  }

  void warn(ParseWarning warning) {
    if (warnings.size() < MAX_WARNINGS) {
      warnings.add(warning);
    }
  }
}
