package org.rectify.importing;

import java.security.Principal;
import java.util.List;
import org.rectify.importing.BulletinImportService.Corrections;
import org.rectify.importing.BulletinImportService.Document;
import org.rectify.web.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 通报工具页: paste or upload a bulletin and read its 通报体检 report (office, supervisors); the office also
 * previews and confirms its import from the same page.
 */
@Controller
@RequestMapping("/bulletins/tools")
class BulletinToolsPage {

  private final BulletinImportService service;
  private final BulletinImportController api;

  BulletinToolsPage(BulletinImportService service, BulletinImportController api) {
    this.service = service;
    this.api = api;
  }

  @GetMapping
  String page(CsrfToken csrf, Authentication user, Model model) {
    prepare(csrf, user, model, null);
    return "pages/bulletin-tools";
  }

  @PostMapping("/check")
  String check(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "text", required = false) String text,
      CsrfToken csrf,
      Authentication user,
      Model model) {
    prepare(csrf, user, model, text);
    try {
      model.addAttribute("report", service.check(api.document(file, text)));
    } catch (InvalidInputException e) {
      model.addAttribute("errors", messages(e));
    }
    return "pages/bulletin-tools";
  }

  @PostMapping("/preview")
  String preview(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "feedbackDate", required = false) String feedbackDate,
      CsrfToken csrf,
      Authentication user,
      Model model) {
    try {
      Document document = api.document(file, text);
      prepare(csrf, user, model, document.text());
      model.addAttribute("fileName", document.fileName());
      model.addAttribute(
          "preview", service.preview(document, new Corrections(feedbackDate, null, null, null)));
      model.addAttribute("feedbackDate", feedbackDate);
    } catch (InvalidInputException e) {
      prepare(csrf, user, model, text);
      model.addAttribute("errors", messages(e));
    }
    return "pages/bulletin-tools";
  }

  @PostMapping("/import")
  String confirm(
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "feedbackDate", required = false) String feedbackDate,
      CsrfToken csrf,
      Authentication user,
      Principal principal,
      Model model) {
    prepare(csrf, user, model, text);
    try {
      model.addAttribute(
          "imported",
          service.confirm(
              api.document(null, text),
              new Corrections(feedbackDate, null, null, null),
              principal.getName()));
    } catch (InvalidInputException e) {
      model.addAttribute("errors", messages(e));
    }
    return "pages/bulletin-tools";
  }

  private static void prepare(CsrfToken csrf, Authentication user, Model model, String text) {
    model.addAttribute("csrfParameter", csrf.getParameterName());
    model.addAttribute("csrfToken", csrf.getToken());
    model.addAttribute(
        "office",
        user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_OFFICE")));
    model.addAttribute("text", text == null ? "" : text);
  }

  private static List<String> messages(RuntimeException e) {
    if (e instanceof InvalidInputException invalid) {
      return invalid.getViolations().stream().map(v -> v.message()).toList();
    }
    return List.of(e.getMessage());
  }
}
