package org.rectify.security;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rectify.organization.Official;
import org.rectify.organization.OfficialRepository;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs officials in with the password the engine's identity service holds (stored hashed there),
 * granting {@code ROLE_<role>} and, for unit staff, {@code UNIT_<code>}. A user the engine holds
 * back after failed attempts gets a message saying until when.
 */
@Component
class RectifyAuthenticationProvider implements AuthenticationProvider {

  static final String BAD_CREDENTIALS = "用户名或密码错误。";

  private final PasswordCheck passwords;
  private final OfficialRepository officials;
  private final Clock clock;
  private final DateTimeFormatter timeOfDay;

  RectifyAuthenticationProvider(
      PasswordCheck passwords, OfficialRepository officials, Clock clock) {
    this.passwords = passwords;
    this.officials = officials;
    this.clock = clock;
    this.timeOfDay = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(clock.getZone());
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    String password = String.valueOf(authentication.getCredentials());
    Official official =
        officials
            .findByUsername(username)
            .filter(Official::isActive)
            .orElseThrow(() -> new BadCredentialsException(BAD_CREDENTIALS));
    refuseWhileLocked(username);
    if (!passwords.matches(username, password)) {
      throw new BadCredentialsException(BAD_CREDENTIALS);
    }
    return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities(official));
  }

  private void refuseWhileLocked(String username) {
    Optional<Instant> until = passwords.lockedUntil(username);
    if (until.isPresent() && until.get().isAfter(clock.instant())) {
      throw new LockedException("登录失败次数过多，账户已被暂时锁定，请于 " + timeOfDay.format(until.get()) + " 之后再试。");
    }
  }

  static List<GrantedAuthority> authorities(Official official) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority("ROLE_" + official.getRole().name()));
    if (official.getUnit() != null) {
      authorities.add(new SimpleGrantedAuthority("UNIT_" + official.getUnit().getCode()));
    }
    return authorities;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
