package org.cytosis.grading.report;

import java.math.BigDecimal;
import java.util.Locale;

/** Scores and shares as reports show them: {@code 4}, {@code 2.5}, {@code 0.667}. */
final class Numbers {

  private Numbers() {}

  /** A number without trailing zeros (null: empty). */
  static String plain(Double value) {
    return value == null ? "" : decimal(value).toPlainString();
  }

  static BigDecimal decimal(double value) {
    BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** Two decimals for a share, or "-" when there is none. */
  static String share(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.2f", value);
  }
}
