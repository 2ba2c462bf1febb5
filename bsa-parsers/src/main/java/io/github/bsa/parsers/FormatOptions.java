package io.github.bsa.parsers;

import io.github.bsa.core.DateOrder;
import io.github.bsa.core.FormatOption;

/**
 * The typed format options of the bundled parsers, for {@link
 * io.github.bsa.core.ParseOptions.Builder#option(FormatOption, Object)}:
 *
 * <pre>{@code
 * ParseOptions options = ParseOptions.builder()
 *     .format("csv")
 *     .option(FormatOptions.CSV_LAYOUT, layout)
 *     .build();
 * ParseOptions split = ParseOptions.defaults().with(FormatOptions.CAMT_SPLIT_BATCHES, true);
 * }</pre>
 *
 * Each key's text form (what {@code ParseOptions.formatOptions()} returns, for job queues and
 * caches) is given with it. A value that cannot be read fails the parse with {@code
 * ErrorCode.INVALID_OPTION}. The constants are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class FormatOptions {
  /**
   * The CSV layout to use instead of detecting one (a bank profile). Text form: the layout's JSON
   * ({@link CsvLayout#toJson()}, schema {@code bsa-csv-layout/1}), as the {@code csv.layout}
   * property of a parse result reports the detected layout.
   */
  public static final FormatOption<CsvLayout> CSV_LAYOUT =
      FormatOption.of("csv.layout", CsvLayout.class, CsvLayout::toJson, CsvLayout::fromJson);

  /**
   * The name of a shipped CSV bank profile, such as {@code "asn-bank"} (see docs/formats/csv.md).
   * Text form: the name.
   */
  public static final FormatOption<String> CSV_PROFILE = FormatOption.text("csv.profile");

  /**
   * The order of day, month and year in numeric CSV dates; {@code ParseOptions.dateOrder} wins when
   * both are set. Text form: the constant's name, such as {@code DAY_MONTH_YEAR}.
   */
  public static final FormatOption<DateOrder> CSV_DATE_ORDER =
      FormatOption.enumeration("csv.dateOrder", DateOrder.class);

  /**
   * Whether a CAMT batch entry is split into one transaction per {@code TxDtls} (default {@code
   * false}: one transaction per entry). Text form: {@code true} or {@code false}.
   */
  public static final FormatOption<Boolean> CAMT_SPLIT_BATCHES =
      FormatOption.flag("camt.splitBatches");

  /**
   * Layout hints for PDF statements the generic engine cannot settle (a {@link PdfProfile}). Text
   * form: the profile's JSON ({@link PdfProfile#toJson()}), {@code {"columns": {"Buchungstag":
   * "date", ...}, "dateOrder": "DMY", "creditCard": false}} (docs/formats/pdf.md, "Layout hints"),
   * as a user types it for the CLI or the server; an invalid text fails with {@code INVALID_OPTION}
   * naming the key with its line and column.
   */
  public static final FormatOption<PdfProfile> PDF_PROFILE =
      FormatOption.of("pdf.profile", PdfProfile.class, PdfProfile::toJson, PdfProfile::fromJson);

  private FormatOptions() {}
}
