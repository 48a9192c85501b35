package org.rectify.web;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown before anything is written when input breaks one or more rules; names every place. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldViolation> violations;

  public InvalidInputException(List<FieldViolation> violations) {
    super(
        violations.stream()
            .map(v -> v.field() + "：" + v.message())
            .collect(Collectors.joining("；")));
    this.violations = List.copyOf(violations);
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(List.of(new FieldViolation(field, message)));
  }

  public List<FieldViolation> getViolations() {
    return violations;
  }
}
