package org.rectify.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 登录页: the one login for the app, Tasklist, Cockpit and Admin. */
@Controller
class LoginController {

  @GetMapping(SecurityConfig.LOGIN_PAGE)
  String login(HttpServletRequest request, CsrfToken csrf, Model model) {
    model.addAttribute("csrfParameter", csrf.getParameterName());
    model.addAttribute("csrfToken", csrf.getToken());
    model.addAttribute("loggedOut", request.getParameter("logout") != null);
    String error = null;
    if (request.getParameter("error") != null) {
      error = RectifyAuthenticationProvider.BAD_CREDENTIALS;
      HttpSession session = request.getSession(false);
      if (session != null
          && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
              instanceof AuthenticationException failure
          && failure.getMessage() != null) {
        error = failure.getMessage();
      }
    }
    model.addAttribute("loginError", error);
    return "pages/login";
  }
}
