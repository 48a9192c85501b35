package org.rectify.security;

import java.time.Instant;
import java.util.Optional;

/** Checks a user's password against the engine's identity service (implemented in workflow). */
public interface PasswordCheck {

  boolean matches(String username, String password);

  /**
   * Until when the engine refuses the user's logins after failed attempts (its own throttling: an
   * increasing delay after each failure, see {@code loginDelayBase} and {@code loginMaxAttempts}).
   */
  Optional<Instant> lockedUntil(String username);
}
