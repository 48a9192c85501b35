package org.rectify.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A calendar date written {@code yyyy-MM-dd} that exists (no 2 月 30 日). Null is allowed. */
@Target({
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT,
  ElementType.TYPE_USE,
  ElementType.PARAMETER
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoDateValidator.class)
public @interface IsoDate {
  String message() default "日期无效，应为存在的日期，格式 yyyy-MM-dd（如 2025-06-19）";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
