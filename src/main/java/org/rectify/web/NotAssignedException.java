package org.rectify.web;

/** The caller is neither the assignee nor a candidate of the open step (answered with 403). */
public class NotAssignedException extends RuntimeException {

  public NotAssignedException(String message) {
    super(message);
  }
}
