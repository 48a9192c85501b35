package org.rectify.bulletin;

/**
 * 数字不一致: a figure in the bulletin text differs from the ledger, so the bulletin is not rendered.
 */
public class FigureMismatchException extends RuntimeException {

  public FigureMismatchException(String message) {
    super(message);
  }
}
