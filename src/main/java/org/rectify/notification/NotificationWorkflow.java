package org.rectify.notification;

import java.util.Optional;

/** The engine as the inbox needs it: which open task a notification's deep link should open. */
public interface NotificationWorkflow {

  /**
   * The open task about the subject that {@code username} may work (assigned to them or offered to
   * one of their groups): the named task first, then one of the measure's, then of the finding's,
   * then of the bulletin's process.
   */
  Optional<String> openTaskFor(String username, NotificationSubject subject);
}
