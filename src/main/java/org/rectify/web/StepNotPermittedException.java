package org.rectify.web;

/** The caller may not work the open workflow step (wrong group, or claimed by someone else): 403. */
public class StepNotPermittedException extends RuntimeException {

  public StepNotPermittedException(String message) {
    super(message);
  }
}
