package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.internal.text.MonthNames;
import io.github.bsa.core.internal.text.Whitespace;
import io.github.bsa.parsers.CsvLayout.Column;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Header synonyms per column role in English, German, Dutch, French, Spanish, Italian, Portuguese,
 * Czech, Swedish and Polish (accents folded, punctuation as spaces). An exact match scores 1, a
 * header that contains a synonym as whole words scores less, longer synonyms more.
 *
 * <p>Size: above the project's ~500-line guide because about 470 lines are the label table itself;
 * the logic is the four small methods at the end. The table is to move to the shared multilingual
 * vocabulary resource (issue #16) together with the PDF engine's lists.
 */
final class CsvHeaders {
  private static final Map<Column, List<String>> SYNONYMS = new EnumMap<>(Column.class);

  static {
    SYNONYMS.put(
        Column.BOOKING_DATE,
        List.of(
            "date",
            "booking date",
            "posting date",
            "posted date",
            "transaction date",
            "trans date",
            "entry date",
            "post date",
            "datetime",
            "created",
            "order date",
            "journaldate",
            "journal date",
            "buchungstag",
            "buchungsdatum",
            "datum",
            "transactiedatum",
            "boekdatum",
            "boekingsdatum",
            "date operation",
            "date d operation",
            "date de comptabilisation",
            "date comptable",
            "fecha",
            "fecha operacion",
            "fecha contable",
            "data",
            "data operazione",
            "data contabile",
            "data movimento",
            "data lancamento",
            "data do movimento",
            "datum zauctovani",
            "datum transakce",
            "datum splatnosti",
            "bokforingsdatum",
            "bokforingsdag",
            "transaktionsdatum",
            "data ksiegowania",
            "data operacji",
            "data transakcji",
            "completed date",
            "started date",
            "date completed"));
    SYNONYMS.put(
        Column.VALUE_DATE,
        List.of(
            "value date",
            "valuedate",
            "wertstellung",
            "valuta",
            "valutadatum",
            "wertstellungsdatum",
            "date de valeur",
            "date valeur",
            "fecha valor",
            "fecha de valor",
            "data valuta",
            "data valor",
            "datum valuty",
            "valutadag",
            "data waluty"));
    SYNONYMS.put(
        Column.DESCRIPTION,
        List.of(
            "description",
            "details",
            "narrative",
            "narration",
            "particulars",
            "label",
            "memo description",
            "transaction details",
            "items",
            "payment details",
            "buchungstext",
            "verwendungszweck",
            "vwz",
            "omschrijving",
            "naam omschrijving",
            "mededelingen",
            "libelle",
            "libelle operation",
            "descripcion",
            "concepto",
            "concepto operacion",
            "desc",
            "descrizione",
            "causale",
            "descricao",
            "popis",
            "popis transakce",
            "zprava pro prijemce",
            "beskrivning",
            "text",
            "meddelande",
            "opis",
            "tytul",
            "opis operacji",
            "tytul operacji",
            "description 1",
            "name description",
            "payment reference",
            "reason",
            "subject",
            "note",
            "notes",
            "communication",
            "betreff"));
    SYNONYMS.put(
        Column.COUNTERPARTY,
        List.of(
            "payee",
            "payer",
            "counterparty",
            "counter party",
            "partner name",
            "merchant",
            "merchant name",
            "name",
            "beneficiary",
            "recipient",
            "from",
            "to",
            "store name",
            "auftraggeber empfanger",
            "empfanger",
            "auftraggeber",
            "zahlungsempfanger",
            "beguenstigter zahlungspflichtiger",
            "begunstigter zahlungspflichtiger",
            "name zahlungsbeteiligter",
            "tegenrekeninghouder",
            "naam tegenpartij",
            "tegenpartij",
            "naam",
            "beneficiaire",
            "tiers",
            "contrepartie",
            "beneficiario",
            "ordenante",
            "contraparte",
            "controparte",
            "nome",
            "protistrana",
            "nazev protiuctu",
            "mottagare",
            "avsandare",
            "kontrahent",
            "odbiorca",
            "nadawca",
            "nadawca odbiorca",
            "ultimate receiver name",
            "description 2"));
    SYNONYMS.put(
        Column.COUNTERPARTY_ACCOUNT,
        List.of(
            "counterparty iban",
            "partner iban",
            "iban",
            "counterparty account",
            "tegenrekening",
            "tegenrekeningnummer",
            "iban zahlungsbeteiligter",
            "kontonummer iban",
            "gegenkonto",
            "compte contrepartie",
            "iban contrepartie",
            "cuenta contrapartida",
            "iban beneficiario",
            "protiucet",
            "cislo protiuctu",
            "motkonto",
            "rachunek kontrahenta",
            "nr rachunku",
            "bank account",
            "to account",
            "payee account"));
    SYNONYMS.put(
        Column.MEMO,
        List.of(
            "memo",
            "notes",
            "comments",
            "additional description",
            "original description",
            "additional information",
            "additional info",
            "zusatzinfo",
            "mitteilung",
            "informations complementaires",
            "observaciones",
            "note",
            "poznamka",
            "uwagi",
            "description 3",
            "vwz1",
            "vwz2",
            "vwz3",
            "vwz4",
            "vwz5",
            "vwz6",
            "vwz7",
            "vwz8",
            "vwz9",
            "vwz10",
            "vwz11",
            "vwz12",
            "vwz13",
            "vwz14",
            "detail"));
    SYNONYMS.put(
        Column.AMOUNT,
        List.of(
            "amount",
            "amt",
            "transaction amount",
            "net",
            "net amount",
            "gross",
            "total",
            "amount total",
            "value",
            "betrag",
            "umsatz",
            "bedrag",
            "mutatie",
            "montant",
            "montant eur",
            "importe",
            "cantidad",
            "importo",
            "valor",
            "montante",
            "castka",
            "objem",
            "belopp",
            "kwota",
            "kwota operacji",
            "netamount",
            "amount eur",
            "amount usd",
            "amount gbp",
            "sum",
            "summe",
            "betrag eur"));
    SYNONYMS.put(
        Column.DEBIT,
        List.of(
            "debit",
            "debit amount",
            "withdrawal",
            "withdrawals",
            "paid out",
            "money out",
            "out",
            "outflow",
            "charge",
            "soll",
            "lastschrift",
            "ausgang",
            "af",
            "debet",
            "debit eur",
            "debit chf",
            "cargo",
            "cargos",
            "addebito",
            "addebiti",
            "uscite",
            "debito",
            "vydaj",
            "vydej",
            "uttag",
            "obciazenia",
            "wyplata",
            "spent",
            "payment",
            "debito eur",
            "debito euro"));
    SYNONYMS.put(
        Column.CREDIT,
        List.of(
            "credit",
            "credit amount",
            "deposit",
            "deposits",
            "paid in",
            "money in",
            "in",
            "inflow",
            "haben",
            "gutschrift",
            "eingang",
            "bij",
            "credit eur",
            "credit chf",
            "abono",
            "abonos",
            "accredito",
            "accrediti",
            "entrate",
            "credito",
            "prijem",
            "insattning",
            "uznania",
            "wplata",
            "received",
            "credito eur"));
    SYNONYMS.put(
        Column.DEBIT_CREDIT,
        List.of(
            "d c",
            "dc",
            "debit credit",
            "credit debit",
            "creditdebet",
            "credit debet",
            "af bij",
            "soll haben",
            "s h",
            "cr dr",
            "dr cr",
            "debet credit",
            "transaction type",
            "sens",
            "sentido",
            "segno",
            "typ pohybu",
            "strana"));
    SYNONYMS.put(
        Column.BALANCE,
        List.of(
            "balance",
            "running balance",
            "runningbalance",
            "saldo",
            "kontostand",
            "solde",
            "saldo disponible",
            "zustatek",
            "behallning",
            "saldo po operacji",
            "ending balance",
            "balance after",
            "saldo na konci",
            "boeksaldo",
            "saldo contable"));
    SYNONYMS.put(
        Column.CURRENCY,
        List.of(
            "currency",
            "ccy",
            "cur",
            "curr",
            "wahrung",
            "valutacode",
            "munt",
            "devise",
            "monnaie",
            "monn",
            "divisa",
            "moneda",
            "valuta",
            "moeda",
            "mena",
            "waluta",
            "currency code",
            "transaction currency"));
    SYNONYMS.put(
        Column.REFERENCE,
        List.of(
            "reference",
            "ref",
            "transaction id",
            "transactionid",
            "id",
            "reference id",
            "receipt id",
            "check number",
            "checknumber",
            "check or slip",
            "check no",
            "cheque",
            "referentie",
            "kenmerk",
            "referenz",
            "n de transaction",
            "numero de transaction",
            "reference operation",
            "referencia",
            "riferimento",
            "referencia operacao",
            "identifikace",
            "referens",
            "numer referencyjny",
            "order id",
            "operation number",
            "bank reference",
            "journalnumber",
            "num",
            "number"));
    SYNONYMS.put(
        Column.CATEGORY,
        List.of(
            "category",
            "kategorie",
            "categorie",
            "categoria",
            "kategori",
            "kategoria",
            "class",
            "subcategory"));
    SYNONYMS.put(
        Column.ACCOUNT,
        List.of(
            "account",
            "account name",
            "account number",
            "accountname",
            "konto",
            "kontonummer",
            "auftragskonto",
            "rekening",
            "rekeningnummer",
            "compte",
            "numero de compte",
            "produit",
            "cuenta",
            "numero de cuenta",
            "conto",
            "conta",
            "cislo uctu",
            "ucet",
            "rachunek",
            "numer rachunku",
            "iban eigen"));
    SYNONYMS.put(
        Column.TYPE,
        List.of(
            "type",
            "transaction type",
            "code",
            "mutatiesoort",
            "betaalwijze",
            "type betaling",
            "buchungsart",
            "umsatzart",
            "type d operation",
            "tipo",
            "tipo de movimiento",
            "druh transakce",
            "typ",
            "typ transakcji",
            "posting text",
            "posting key",
            "status"));
  }

  private CsvHeaders() {}

  /** Folds a header cell: accents, case, punctuation and units in parentheses removed. */
  static String normalize(String header) {
    String f = MonthNames.fold(header);
    StringBuilder sb = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      sb.append(Character.isLetterOrDigit(c) ? c : ' ');
    }
    return Whitespace.fold(sb);
  }

  /** Returns the currency named in a header such as {@code Bedrag (EUR)}, or null. */
  static java.util.@Nullable Currency currencyIn(String header) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("[(\\[ ]([A-Z]{3})[)\\]]?$").matcher(header.trim());
    return m.find() ? CsvValues.currency(m.group(1)) : null;
  }

  /** Returns how well the header names the role, 0 when it does not. */
  static double score(Column role, String normalizedHeader) {
    if (normalizedHeader.isEmpty()) {
      return 0;
    }
    double best = 0;
    String padded = " " + normalizedHeader + " ";
    for (String syn : SYNONYMS.getOrDefault(role, List.of())) {
      if (normalizedHeader.equals(syn)) {
        return 1;
      }
      if (syn.length() >= 3 && padded.contains(" " + syn + " ")) {
        best = Math.max(best, 0.5 + 0.4 * syn.length() / normalizedHeader.length());
      }
    }
    return best;
  }

  /** Returns whether the cell is some known header name. */
  static boolean isKnown(String cell) {
    String n = normalize(cell);
    for (Column c : Column.values()) {
      if (score(c, n) >= 0.7) {
        return true;
      }
    }
    return false;
  }
}
