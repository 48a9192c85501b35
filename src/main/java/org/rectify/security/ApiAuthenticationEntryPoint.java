package org.rectify.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 for the JSON APIs as problem+json in Chinese. Scripts get the Basic challenge; the Camunda
 * webapps (XHR under {@code /camunda/api}) do not, so that browsers show no password dialog.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

  private final boolean challenge;

  ApiAuthenticationEntryPoint(boolean challenge) {
    this.challenge = challenge;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    if (challenge) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Rectify\", charset=\"UTF-8\"");
    }
    String detail =
        failure == null || failure instanceof InsufficientAuthenticationException
            ? "请先登录（浏览器会话，或使用 HTTP Basic 提供用户名和密码）。"
            : failure.getMessage();
    ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "未登录", detail);
  }
}
