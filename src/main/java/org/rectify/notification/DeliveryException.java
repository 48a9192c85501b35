package org.rectify.notification;

/**
 * A delivery the other side refused or that could not be made; its message is safe to store and log
 * (no credentials, no webhook URL).
 */
public class DeliveryException extends Exception {

  public DeliveryException(String message) {
    super(message);
  }

  public DeliveryException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * What the administrators' view shows of a failure: the message of a {@link DeliveryException},
   * only the type of any other exception (its message might carry an address or a key).
   */
  static String describe(Exception e) {
    if (e instanceof DeliveryException) {
      return e.getMessage();
    }
    return "发送出错（" + e.getClass().getSimpleName() + "）";
  }
}
