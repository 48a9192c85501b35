package org.rectify.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's error page for everything that fails outside a controller (unknown paths,
 * wrong methods or media types, oversized uploads, filter errors): {@code /api/**} and {@code
 * /public/api/**} get problem+json with a Chinese title, pages a plain Chinese page. Never a stack
 * trace, exception name or message.
 */
@Controller
class ErrorPages implements ErrorController {

  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  String page(HttpServletRequest request, Model model) {
    int status = status(request);
    model.addAttribute("status", status);
    model.addAttribute("title", ErrorResponses.title(status));
    model.addAttribute("detail", ErrorResponses.detail(status));
    return "pages/error";
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    int status = status(request);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), ErrorResponses.detail(status));
    problem.setTitle(ErrorResponses.title(status));
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (path instanceof String uri) {
      problem.setInstance(java.net.URI.create(uri.replaceAll("[^A-Za-z0-9/._~%-]", "")));
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static int status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value ? value : 500;
    return HttpStatus.resolve(status) == null ? 500 : status;
  }
}
