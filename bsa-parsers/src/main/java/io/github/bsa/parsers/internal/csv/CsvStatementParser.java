package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementSink;
import io.github.bsa.parsers.CsvLayout;
import io.github.bsa.parsers.FormatOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one CSV input in stages: the layout (given, a named profile, or detected from a bounded
 * sample by {@link CsvDetector}); the date order, when the sample leaves it open, from every date
 * of the file ({@link CsvDateOrders}, over a temporary spool); then one pass over the records
 * ({@link CsvRowReader}, with {@link CsvPreamble} and {@link CsvStatementAssembler}). Memory is
 * bounded by the sample, except for files whose account column interleaves accounts (grouped in
 * memory). Used from one thread.
 */
final class CsvStatementParser implements StatementParser {
  static final String FORMAT = "csv";

  private final ParseContext context;

  CsvStatementParser(ParseContext context) {
    this.context = context;
  }

  @Override
  public void parse(InputStream input, StatementSink sink) throws IOException {
    // the facade's stream is buffered, supports mark/reset and ignores close()
    InputStream in = input;
    in.mark(CsvDetector.SAMPLE_BYTES + 1);
    byte[] sample = in.readNBytes(CsvDetector.SAMPLE_BYTES);
    boolean complete = sample.length < CsvDetector.SAMPLE_BYTES || in.read() < 0;
    in.reset();

    CsvDetector.Detection d = layout(sample, complete, sink);
    if (d == null) {
      return;
    }
    CsvLayout layout = d.layout;
    Path spool = null;
    try {
      if (!d.dateOrderDecided) {
        // The sample fits both day/month orders: decide from every date of the file.
        DateOrder order = null;
        if (!complete) {
          spool = context.createTempFile("bsa-csv-", ".spool");
          Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
          try (InputStream scan = Files.newInputStream(spool)) {
            order = CsvDateOrders.resolve(scan, layout, context.limits().maxLineLength());
          }
        }
        double confidence = 0.99;
        if (order == null && d.evidenceOrder != null) {
          order = d.evidenceOrder;
          confidence = 0.8;
          sink.property("csv.dateOrderEvidence", d.evidence.substring(2));
        }
        if (order == null) {
          throw new StatementParseException(
              ErrorCode.AMBIGUOUS_FORMAT,
              FORMAT,
              "CSV dates fit both day/month and month/day order in every row"
                  + d.evidence
                  + "; set ParseOptions.dateOrder or the format option csv.dateOrder",
              SourcePosition.ofRecord(layout.firstDataRecord()),
              null);
        }
        layout = layout.toBuilder().dateOrder(order).confidence("dateOrder", confidence).build();
      }
      sink.property("csv.layout", layout.toJson());
      layout
          .confidence()
          .forEach((k, v) -> sink.property("csv.confidence." + k, String.valueOf(v)));
      boolean grouped = CsvStatementAssembler.interleavesAccounts(sample, complete, layout);
      // the spool's stream is opened only now, after every check that may throw, and always
      // closed before the spool is deleted
      if (spool == null) {
        new CsvRowReader(context, layout, sink, grouped).run(in);
      } else {
        try (InputStream source = Files.newInputStream(spool)) {
          new CsvRowReader(context, layout, sink, grouped).run(source);
        }
      }
    } finally {
      if (spool != null) {
        Files.deleteIfExists(spool);
      }
    }
  }

  /**
   * Returns the layout given by the options or detected from the sample, or null (after a warning)
   * for an empty input.
   */
  private CsvDetector.@Nullable Detection layout(
      byte[] sample, boolean complete, StatementSink sink) {
    var options = context.options();
    Optional<DateOrder> forcedOrder =
        options.dateOrder().or(() -> options.option(FormatOptions.CSV_DATE_ORDER));
    Optional<CsvLayout> forcedLayout = options.option(FormatOptions.CSV_LAYOUT);
    Optional<String> profileName = options.option(FormatOptions.CSV_PROFILE);
    if (forcedLayout.isPresent() || profileName.isPresent()) {
      CsvLayout layout =
          forcedLayout.isPresent()
              ? forcedLayout.get()
              : CsvProfiles.named(profileName.get())
                  .orElseThrow(
                      () ->
                          new BsaException(
                              ErrorCode.INVALID_OPTION,
                              "unknown CSV profile in the format option csv.profile",
                              SourcePosition.UNKNOWN,
                              null));
      CsvLayout.Builder b = layout.toBuilder();
      options.charset().ifPresent(b::charset);
      forcedOrder.ifPresent(b::dateOrder);
      b.confidence("layout", 1.0);
      return new CsvDetector.Detection(b.build(), true);
    }
    try {
      return CsvDetector.detect(
          sample,
          sample.length,
          complete,
          options.charset().orElse(null),
          forcedOrder.orElse(null),
          CsvProfiles.all());
    } catch (CsvDetector.NoLayout e) {
      if (e.empty) {
        sink.warning(ParseWarning.of("CSV_EMPTY", e.reason, SourcePosition.ofLine(e.line)));
        return null;
      }
      if (e.ambiguous) {
        throw new StatementParseException(
            ErrorCode.AMBIGUOUS_FORMAT, FORMAT, e.reason, SourcePosition.ofLine(e.line), null);
      }
      throw new StatementParseException(
          ErrorCode.MALFORMED_INPUT,
          FORMAT,
          e.reason + "; pass a layout in the format option csv.layout",
          SourcePosition.ofLine(e.line),
          null);
    }
  }
}
