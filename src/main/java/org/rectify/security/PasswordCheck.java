package org.rectify.security;

/** Checks a user's password against the engine's identity service (implemented in workflow). */
public interface PasswordCheck {

  boolean matches(String username, String password);
}
