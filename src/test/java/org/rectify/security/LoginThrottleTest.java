package org.rectify.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class LoginThrottleTest {

  private final LoginThrottle throttle =
      new LoginThrottle(
          3,
          Duration.ofMinutes(10),
          Clock.fixed(java.time.Instant.parse("2026-12-06T16:30:00Z"), java.time.ZoneOffset.UTC));

  @Test
  void blocksFurtherLoginsFromAnAddressThatFailedTooOftenWithAChinese429() throws Exception {
    failFrom("10.0.0.7", 3);

    MockHttpServletResponse response = attemptLogin("10.0.0.7");

    assertThat(response.getStatus()).isEqualTo(429);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("登录尝试过于频繁");
    assertThat(response.getHeader("Retry-After")).isEqualTo("600");
  }

  @Test
  void letsOtherAddressesAndAddressesBelowTheLimitSignIn() throws Exception {
    failFrom("10.0.0.7", 3);
    failFrom("10.0.0.8", 2);

    assertThat(attemptLogin("10.0.0.9").getStatus()).isEqualTo(200);
    assertThat(attemptLogin("10.0.0.8").getStatus()).isEqualTo(200);
  }

  @Test
  void blocksBasicCredentialsTooButNotRequestsWithoutCredentials() throws Exception {
    failFrom("10.0.0.7", 3);

    MockHttpServletRequest basic = new MockHttpServletRequest("GET", "/api/inspections");
    basic.setRemoteAddr("10.0.0.7");
    basic.addHeader("Authorization", "Basic dC1vZmZpY2U6c2VjcmV0");
    MockHttpServletResponse basicResponse = new MockHttpServletResponse();
    throttle.doFilter(basic, basicResponse, new MockFilterChain());

    MockHttpServletRequest page = new MockHttpServletRequest("GET", "/login");
    page.setServletPath("/login");
    page.setRemoteAddr("10.0.0.7");
    MockHttpServletResponse pageResponse = new MockHttpServletResponse();
    throttle.doFilter(page, pageResponse, new MockFilterChain());

    assertThat(basicResponse.getStatus()).isEqualTo(429);
    assertThat(pageResponse.getStatus()).isEqualTo(200);
  }

  private void failFrom(String address, int times) {
    for (int i = 0; i < times; i++) {
      UsernamePasswordAuthenticationToken attempt =
          UsernamePasswordAuthenticationToken.unauthenticated("t-office", "wrong");
      attempt.setDetails(new WebAuthenticationDetails(address, null));
      throttle.onFailure(
          new AuthenticationFailureBadCredentialsEvent(
              attempt, new BadCredentialsException("用户名或密码错误。")));
    }
  }

  private MockHttpServletResponse attemptLogin(String address) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
    request.setServletPath("/login");
    request.setRemoteAddr(address);
    MockHttpServletResponse response = new MockHttpServletResponse();
    throttle.doFilter(request, response, new MockFilterChain());
    return response;
  }
}
