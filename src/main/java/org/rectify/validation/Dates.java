package org.rectify.validation;

import java.time.LocalDate;

/** Reads dates that passed {@link IsoDate}. */
public final class Dates {

  private Dates() {}

  /** The date, or null for null; throws for text that {@link IsoDate} would reject. */
  public static LocalDate parse(String value) {
    if (value == null) {
      return null;
    }
    LocalDate date = IsoDateValidator.parse(value);
    if (date == null) {
      throw new IllegalArgumentException("日期无效：" + value);
    }
    return date;
  }
}
