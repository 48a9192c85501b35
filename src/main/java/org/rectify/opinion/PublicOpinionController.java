package org.rectify.opinion;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.rectify.web.FieldViolation;
import org.rectify.web.InvalidInputException;
import org.rectify.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * 意见建议 on the public site (no login): a server-rendered form next to each published public
 * bulletin, posted with the CSRF token in the field {@code _csrf}; on success a redirect (303) to a
 * 感谢 page that echoes nothing of the input; invalid input shows the form again with Chinese
 * messages next to the fields and the text kept (auto-escaped). Unknown or unpublished bulletins
 * get a 404 page, senders over the per-address limit a 429 page.
 */
@Controller
class PublicOpinionController {

  static final String FORM = "pages/public/opinion";
  static final String THANKS = "pages/public/opinion-thanks";
  static final String NOTICE = "pages/public/notice";

  /** The same path as {@code security.SecurityConfig.PUBLIC_FORM_REFUSED}. */
  static final String FORM_REFUSED = "/public/form-refused";

  private final OpinionService opinions;
  private final OpinionRateLimit limit;
  private final ClientAddresses addresses;

  PublicOpinionController(
      OpinionService opinions, OpinionRateLimit limit, ClientAddresses addresses) {
    this.opinions = opinions;
    this.limit = limit;
    this.addresses = addresses;
  }

  @GetMapping("/public/bulletins/{id}/opinion")
  ModelAndView form(@PathVariable String id, CsrfToken csrf) {
    PublicEdition edition = opinions.publicEdition(editionId(id));
    return form(edition, csrf, new OpinionSubmission(null, null, null), Map.of());
  }

  @PostMapping("/public/bulletins/{id}/opinion")
  ModelAndView submit(
      @PathVariable String id,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String contact,
      CsrfToken csrf,
      HttpServletRequest request,
      HttpServletResponse response) {
    UUID editionId = editionId(id);
    String addressKey = ClientAddresses.keyOf(request.getRemoteAddr());
    if (!limit.tryAcquire(addressKey)) {
      Duration wait = limit.retryAfter(addressKey);
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds())));
      return notice(
          HttpStatus.TOO_MANY_REQUESTS,
          "提交过于频繁",
          "同一网络地址在 "
              + Math.max(1, limit.window().toMinutes())
              + " 分钟内最多可提交 "
              + limit.max()
              + " 条意见建议。本次提交未被保存，请约 "
              + Math.max(1, (wait.toSeconds() + 59) / 60)
              + " 分钟后再试。感谢您的关注和监督。",
          editionId);
    }
    OpinionSubmission submission = new OpinionSubmission(text, name, contact);
    boolean stored = false;
    try {
      opinions.submit(editionId, submission, addresses.hash(addressKey));
      stored = true;
      RedirectView thanks = new RedirectView("/public/bulletins/" + editionId + "/opinion/thanks");
      thanks.setStatusCode(HttpStatus.SEE_OTHER);
      return new ModelAndView(thanks);
    } catch (InvalidInputException e) {
      Map<String, String> errors = new HashMap<>();
      for (FieldViolation violation : e.getViolations()) {
        errors.putIfAbsent(violation.field(), violation.message());
      }
      ModelAndView page = form(opinions.publicEdition(editionId), csrf, submission, errors);
      page.setStatus(HttpStatus.BAD_REQUEST);
      return page;
    } finally {
      if (!stored) {
        limit.release(addressKey);
      }
    }
  }

  @GetMapping("/public/bulletins/{id}/opinion/thanks")
  ModelAndView thanks(@PathVariable String id) {
    PublicEdition edition = opinions.publicEdition(editionId(id));
    ModelAndView page = new ModelAndView(THANKS);
    page.addObject("editionId", edition.id().toString());
    page.addObject("title", edition.title());
    return page;
  }

  /**
   * Forwarded here by Spring Security when a public form post is refused (no or a stale {@code
   * _csrf} token): 403 with what to do, nothing stored.
   */
  @RequestMapping(FORM_REFUSED)
  ModelAndView refused() {
    return notice(
        HttpStatus.FORBIDDEN,
        "提交未成功",
        "页面安全校验未通过（页面停留时间过长、浏览器禁用了 Cookie 或提交并非来自本站页面），本次提交未被保存。请返回通报页面，刷新后重新填写提交。",
        null);
  }

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound() {
    return notice(HttpStatus.NOT_FOUND, "未找到该通报", "该通报不存在或尚未公开发布，无法提出意见建议。请从通报列表中选择已发布的通报。", null);
  }

  private static ModelAndView form(
      PublicEdition edition,
      CsrfToken csrf,
      OpinionSubmission submission,
      Map<String, String> errors) {
    ModelAndView page = new ModelAndView(FORM);
    page.addObject("editionId", edition.id().toString());
    page.addObject("title", edition.title());
    page.addObject("organization", edition.organization());
    page.addObject("date", edition.date());
    page.addObject("csrfParameter", csrf.getParameterName());
    page.addObject("csrfToken", csrf.getToken());
    page.addObject("text", submission.text() == null ? "" : submission.text());
    page.addObject("name", submission.name() == null ? "" : submission.name());
    page.addObject("contact", submission.contact() == null ? "" : submission.contact());
    page.addObject("errors", errors);
    page.addObject("textMax", OpinionService.TEXT_MAX);
    page.addObject("nameMax", OpinionService.NAME_MAX);
    page.addObject("contactMax", OpinionService.CONTACT_MAX);
    return page;
  }

  private static ModelAndView notice(
      HttpStatus status, String heading, String message, UUID editionId) {
    ModelAndView page = new ModelAndView(NOTICE);
    page.setStatus(status);
    page.addObject("heading", heading);
    page.addObject("message", message);
    page.addObject("editionId", editionId == null ? "" : editionId.toString());
    return page;
  }

  private static UUID editionId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("未找到已公开的通报：" + id);
    }
  }
}
