package org.rectify.upload;

import java.util.List;
import org.rectify.web.FieldViolation;
import org.rectify.web.InvalidInputException;

/**
 * An upload or document the app will not take: too large, a type not allowed, or unsafe to parse.
 */
public class UploadRefusedException extends InvalidInputException {

  public UploadRefusedException(String field, String message) {
    super(List.of(new FieldViolation(field, message)));
  }
}
