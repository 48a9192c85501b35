package org.rectify.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name of a constant of {@link #value()}; the message lists the allowed names. Null is allowed.
 */
@Target({
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT,
  ElementType.TYPE_USE,
  ElementType.PARAMETER
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EnumNameValidator.class)
public @interface EnumName {
  Class<? extends Enum<?>> value();

  String message() default "取值无效";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
