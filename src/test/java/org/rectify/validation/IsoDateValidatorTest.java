package org.rectify.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDateValidatorTest {

  private final IsoDateValidator validator = new IsoDateValidator();

  @ParameterizedTest
  @ValueSource(strings = {"2025-06-19", "2024-02-29"})
  void acceptsDatesThatExist(String date) {
    assertThat(validator.isValid(date, null)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-02-30",
        "2025-02-29",
        "2025-13-01",
        "2025/06/19",
        "2025年6月19日",
        "19.06.2025",
        ""
      })
  void rejectsImpossibleOrMisformattedDates(String date) {
    assertThat(validator.isValid(date, null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-02-30"})
  void refusesToParseWhatItRejects(String date) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dates.parse(date))
        .hasMessageContaining(date);
  }
}
