package org.rectify.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

class EnumNameValidator implements ConstraintValidator<EnumName, String> {

  private Set<String> names;
  private String allowed;

  @Override
  public void initialize(EnumName annotation) {
    Enum<?>[] constants = annotation.value().getEnumConstants();
    names = Arrays.stream(constants).map(Enum::name).collect(Collectors.toSet());
    allowed =
        Arrays.stream(constants).map(EnumNameValidator::describe).collect(Collectors.joining("、"));
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || names.contains(value)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(
            "取值无效，应为 " + allowed.replace("{", "").replace("}", ""))
        .addConstraintViolation();
    return false;
  }

  /** {@code NAME（中文）} when the enum has a {@code label()} method. */
  private static String describe(Enum<?> constant) {
    try {
      Method label = constant.getDeclaringClass().getMethod("label");
      return constant.name() + "（" + label.invoke(constant) + "）";
    } catch (ReflectiveOperationException e) {
      return constant.name();
    }
  }
}
