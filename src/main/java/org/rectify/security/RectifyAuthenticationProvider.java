package org.rectify.security;

import java.util.ArrayList;
import java.util.List;
import org.rectify.organization.Official;
import org.rectify.organization.OfficialRepository;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs officials in with the password the engine's identity service holds (stored hashed there),
 * granting {@code ROLE_<role>} and, for unit staff, {@code UNIT_<code>}.
 */
@Component
class RectifyAuthenticationProvider implements AuthenticationProvider {

  private final PasswordCheck passwords;
  private final OfficialRepository officials;

  RectifyAuthenticationProvider(PasswordCheck passwords, OfficialRepository officials) {
    this.passwords = passwords;
    this.officials = officials;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    String password = String.valueOf(authentication.getCredentials());
    Official official =
        officials.findByUsername(username).orElseThrow(() -> new BadCredentialsException("用户名或密码错误"));
    if (!passwords.matches(username, password)) {
      throw new BadCredentialsException("用户名或密码错误");
    }
    return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities(official));
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
