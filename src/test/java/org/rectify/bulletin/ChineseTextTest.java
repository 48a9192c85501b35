package org.rectify.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChineseTextTest {

  @Test
  void ordinalsReadTheWayOfficialDocumentsNumberThem() {
    assertThat(ChineseText.numeral(1)).isEqualTo("一");
    assertThat(ChineseText.numeral(10)).isEqualTo("十");
    assertThat(ChineseText.numeral(11)).isEqualTo("十一");
    assertThat(ChineseText.numeral(20)).isEqualTo("二十");
    assertThat(ChineseText.numeral(38)).isEqualTo("三十八");
    assertThat(ChineseText.numeral(105)).isEqualTo("一百零五");
    assertThat(ChineseText.numeral(110)).isEqualTo("一百一十");
    assertThat(ChineseText.numeral(1001)).isEqualTo("一千零一");
    assertThat(NumberStyle.CN_PAREN.marker(12)).isEqualTo("（十二）");
    assertThat(NumberStyle.CN_SHI.marker(3)).isEqualTo("三是");
    assertThat(NumberStyle.CIRCLED.marker(3)).isEqualTo("③");
    assertThat(NumberStyle.AR_FULLDOT.marker(4)).isEqualTo("4．");
  }

  @Test
  void datesDropZeroPaddingExceptOnTheDateLineAndPeriodsDropARepeatedYear() {
    assertThat(ChineseText.date(LocalDate.of(2025, 6, 19))).isEqualTo("2025年6月19日");
    assertThat(ChineseText.zeroPaddedDate(LocalDate.of(2021, 9, 9))).isEqualTo("2021年09月09日");
    assertThat(ChineseText.period(LocalDate.of(2024, 6, 5), LocalDate.of(2024, 8, 7)))
        .isEqualTo("2024年6月5日至8月7日");
    assertThat(ChineseText.period(LocalDate.of(2020, 12, 7), LocalDate.of(2021, 1, 8)))
        .isEqualTo("2020年12月7日至2021年1月8日");
  }

  @Test
  void amountsBelowTenThousandAreInYuanAndAboveInWanYuan() {
    assertThat(ChineseText.amount(new BigDecimal("2601"))).isEqualTo("2601元");
    assertThat(ChineseText.amount(new BigDecimal("2601.00"))).isEqualTo("2601元");
    assertThat(ChineseText.amount(new BigDecimal("651500"))).isEqualTo("65.15万元");
    assertThat(ChineseText.amount(new BigDecimal("120000"))).isEqualTo("12万元");
  }
}
