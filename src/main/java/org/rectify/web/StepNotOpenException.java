package org.rectify.web;

/**
 * The workflow step the request wants to work on is not open right now (already done, not reached
 * yet, or the process has ended): answered with 409 Conflict.
 */
public class StepNotOpenException extends RuntimeException {

  public StepNotOpenException(String message) {
    super(message);
  }
}
