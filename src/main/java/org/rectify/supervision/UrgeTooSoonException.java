package org.rectify.supervision;

/** A second 催办 of the same measure on the same day (answered 429). */
class UrgeTooSoonException extends RuntimeException {

  UrgeTooSoonException(String message) {
    super(message);
  }
}
