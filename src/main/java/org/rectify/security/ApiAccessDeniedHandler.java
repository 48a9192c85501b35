package org.rectify.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 403 as problem+json in Chinese, telling a missing CSRF token apart from a missing right, and
 * naming the step and who works it when a lifecycle step is refused for the caller's role.
 */
class ApiAccessDeniedHandler implements AccessDeniedHandler {

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    if (denied instanceof CsrfException) {
      ProblemResponses.write(
          response,
          HttpStatus.FORBIDDEN,
          "缺少或无效的 CSRF 令牌",
          "使用浏览器会话修改数据时，请求头 X-XSRF-TOKEN 必须带上 Cookie XSRF-TOKEN 的值。请刷新页面后重试。");
    } else if (StepEndpoint.of(request).isPresent()) {
      ProblemResponses.write(
          response, HttpStatus.FORBIDDEN, "无权办理", StepEndpoint.of(request).get().refusal());
    } else {
      ProblemResponses.write(response, HttpStatus.FORBIDDEN, "无权操作", "当前用户无权执行此操作或查看此内容。");
    }
  }
}
