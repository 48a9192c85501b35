package org.rectify.bulletin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** 中文数字、日期与金额 as official documents print them. */
public final class ChineseText {

  private static final String DIGITS = "零一二三四五六七八九";
  private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);

  private ChineseText() {}

  /** 一, 十, 十一, 二十, 二十三, 一百零五 … (1–9999). */
  public static String numeral(int n) {
    if (n <= 0 || n > 9999) {
      throw new IllegalArgumentException("中文序号超出范围：" + n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    if (n < 20) {
      return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
    }
    String[] units = {"", "十", "百", "千"};
    StringBuilder out = new StringBuilder();
    String digits = String.valueOf(n);
    boolean pendingZero = false;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(i) - '0';
      int unit = digits.length() - 1 - i;
      if (d == 0) {
        pendingZero = true;
        continue;
      }
      if (pendingZero && out.length() > 0) {
        out.append('零');
      }
      pendingZero = false;
      out.append(DIGITS.charAt(d)).append(units[unit]);
    }
    return out.toString();
  }

  /** ① … ⑳, then （21） beyond the circled range. */
  public static String circled(int n) {
    if (n >= 1 && n <= 20) {
      return String.valueOf((char) ('\u2460' + n - 1));
    }
    return "（" + n + "）";
  }

  /** 2025年6月19日. */
  public static String date(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /** 2021年09月09日, the form of date lines under web-published titles. */
  public static String zeroPaddedDate(LocalDate date) {
    return String.format(
        "%d年%02d月%02d日", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** 6月19日. */
  public static String monthDay(LocalDate date) {
    return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /** 2024年6月5日至8月7日: the end year is left out when it is the start year. */
  public static String period(LocalDate start, LocalDate end) {
    if (start == null || end == null) {
      return start != null ? date(start) : end != null ? date(end) : "";
    }
    return date(start) + "至" + (start.getYear() == end.getYear() ? monthDay(end) : date(end));
  }

  /**
   * 2601元 below ten thousand, 65.15万元 from ten thousand on (at most two decimals, no trailing
   * zeros).
   */
  public static String amount(BigDecimal yuan) {
    if (yuan.abs().compareTo(TEN_THOUSAND) < 0) {
      return plain(yuan) + "元";
    }
    return plain(yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP)) + "万元";
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }
}
