package org.rectify.web;

/** The workflow step the caller wants to do is not open now (answered with 409). */
public class StepNotOpenException extends RuntimeException {

  public StepNotOpenException(String message) {
    super(message);
  }
}
