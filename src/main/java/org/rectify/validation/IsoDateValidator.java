package org.rectify.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

class IsoDateValidator implements ConstraintValidator<IsoDate, String> {

  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || parse(value) != null;
  }

  static LocalDate parse(String value) {
    try {
      return LocalDate.parse(value, STRICT);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
