package io.github.bsa.parsers.internal.camt;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The three CAMT message kinds bsa reads, with their element names. */
enum CamtKind {
  /** camt.052: bank-to-customer account report. */
  REPORT("camt.052", "BkToCstmrAcctRpt", "Rpt"),
  /** camt.053: bank-to-customer statement. */
  STATEMENT("camt.053", "BkToCstmrStmt", "Stmt"),
  /** camt.054: bank-to-customer debit/credit notification. */
  NOTIFICATION("camt.054", "BkToCstmrDbtCdtNtfctn", "Ntfctn");

  private final String formatId;
  private final String rootElement;
  private final String statementElement;

  CamtKind(String formatId, String rootElement, String statementElement) {
    this.formatId = formatId;
    this.rootElement = rootElement;
    this.statementElement = statementElement;
  }

  /** Returns the bsa format id, such as {@code camt.053}. */
  String formatId() {
    return formatId;
  }

  /** Returns the local name of the message element below {@code Document}. */
  String rootElement() {
    return rootElement;
  }

  /** Returns the local name of one statement (report, notification) inside the message. */
  String statementElement() {
    return statementElement;
  }

  /**
   * Returns the kind whose message element has this local name; version 1 schemas append {@code
   * V01} (e.g. {@code BkToCstmrStmtV01}), which is accepted too.
   */
  static @Nullable CamtKind ofRootElement(String localName) {
    for (CamtKind k : values()) {
      if (localName.equals(k.rootElement)
          || (localName.startsWith(k.rootElement)
              && isVersionSuffix(localName.substring(k.rootElement.length())))) {
        return k;
      }
    }
    return null;
  }

  /** Returns the kind of a message-definition number such as {@code 053}, or {@code null}. */
  static @Nullable CamtKind ofNumber(String number) {
    for (CamtKind k : values()) {
      if (k.formatId.endsWith(number)) {
        return k;
      }
    }
    return null;
  }

  private static boolean isVersionSuffix(String s) {
    return s.length() >= 2
        && s.length() <= 4
        && s.charAt(0) == 'V'
        && s.substring(1).chars().allMatch(Character::isDigit);
  }

  @Override
  public String toString() {
    return formatId.toUpperCase(Locale.ROOT);
  }
}
