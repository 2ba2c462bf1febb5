package io.github.bsa.parsers.internal.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Stage "date order": decides day-first or month-first from the document's own dates (the profile,
 * then votes from unambiguous dates, then the caller's option, then the currency), finds the stated
 * period, and resolves the rows' dates against it.
 */
final class DateStage {
  /** The date order and the stated period (both ends or neither). */
  record Dates(boolean dayFirst, @Nullable LocalDate periodFrom, @Nullable LocalDate periodTo) {}

  private final PdfProfile profile;

  DateStage(PdfProfile profile) {
    this.profile = profile;
  }

  Dates decide(List<Line> all, @Nullable Boolean option, @Nullable String currency) {
    boolean dayFirst = dayFirst(all, option, currency);
    LocalDate[] period = period(all, dayFirst);
    return period == null
        ? new Dates(dayFirst, null, null)
        : new Dates(dayFirst, period[0], period[1]);
  }

  private boolean dayFirst(List<Line> all, @Nullable Boolean option, @Nullable String currency) {
    if (profile.dayFirst() != null) {
      return Boolean.TRUE.equals(profile.dayFirst());
    }
    int votes = 0;
    for (Line l : all) {
      for (Token t : l.tokens) {
        if (t.date != null) {
          votes += t.date.orderVote() * 4;
          if (!t.date.named() && t.date.separator() == '.') {
            votes += 1;
          }
        }
      }
    }
    if (votes != 0) {
      return votes > 0;
    }
    if (option != null) {
      return option;
    }
    return !"USD".equals(currency);
  }

  private static LocalDate @Nullable [] period(List<Line> all, boolean dayFirst) {
    for (Line l : all) {
      List<LocalDate> dates = new ArrayList<>();
      for (Token t : l.tokens) {
        if (t.date != null && t.date.year() > 0) {
          LocalDate d = t.date.resolve(dayFirst, null, null, t.date.year());
          if (d != null) {
            dates.add(d);
          }
        }
      }
      for (int i = 0; i + 1 < dates.size(); i++) {
        LocalDate a = dates.get(i);
        LocalDate b = dates.get(i + 1);
        if (!b.isBefore(a) && b.toEpochDay() - a.toEpochDay() <= 400) {
          return new LocalDate[] {a, b};
        }
      }
    }
    return null;
  }

  /** Resolves each row's booking and value date against the period and the year found. */
  static void settle(List<Row> rows, Dates dates, int fallbackYear) {
    int year = fallbackYear;
    if (dates.periodTo() == null) {
      for (Row r : rows) {
        if (r.rawDate.year() > 0) {
          year = r.rawDate.year();
        }
      }
    }
    boolean dayFirst = dates.dayFirst();
    for (Row r : rows) {
      r.date = r.rawDate.resolve(dayFirst, dates.periodFrom(), dates.periodTo(), year);
      if (r.rawValueDate != null) {
        r.valueDate = r.rawValueDate.resolve(dayFirst, dates.periodFrom(), dates.periodTo(), year);
      }
    }
  }
}
