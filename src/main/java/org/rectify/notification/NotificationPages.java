package org.rectify.notification;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rectify.notification.NotificationChannel.Audience;
import org.rectify.web.InvalidInputException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The notification pages (Chinese, same login as Tasklist): a deep link's landing, the person's
 * settings, and the administrators' view of failed deliveries.
 */
@Controller
@RequestMapping("/notifications")
class NotificationPages {

  static final String TASKLIST = "/camunda/app/tasklist/default/";

  private final Inbox inbox;
  private final Preferences preferences;
  private final Channels channels;
  private final OutboxAdmin outbox;

  NotificationPages(Inbox inbox, Preferences preferences, Channels channels, OutboxAdmin outbox) {
    this.inbox = inbox;
    this.preferences = preferences;
    this.channels = channels;
    this.outbox = outbox;
  }

  /** A deep link: marks the message read and opens its task in Tasklist, if it is still open. */
  @GetMapping("/{id}/open")
  ModelAndView open(Principal caller, @PathVariable UUID id) {
    Optional<String> task = inbox.open(caller.getName(), id);
    if (task.isPresent()) {
      return new ModelAndView("redirect:" + TASKLIST + "#/?task=" + task.get());
    }
    return new ModelAndView("pages/notifications/no-task", Map.of("tasklist", TASKLIST), null);
  }

  @GetMapping("/preferences")
  ModelAndView preferences(Principal caller, CsrfToken csrf) {
    return preferencesPage(caller.getName(), csrf, null, false);
  }

  @PostMapping("/preferences")
  ModelAndView savePreferences(
      Principal caller,
      CsrfToken csrf,
      @RequestParam(name = "channels", required = false) List<String> chosen,
      @RequestParam(name = "delivery", required = false) String delivery) {
    try {
      preferences.change(caller.getName(), chosen, delivery);
      return preferencesPage(caller.getName(), csrf, null, true);
    } catch (InvalidInputException e) {
      return preferencesPage(caller.getName(), csrf, e.getMessage(), false);
    }
  }

  @GetMapping("/outbox")
  ModelAndView failed(CsrfToken csrf, @RequestParam(required = false) String retried) {
    ModelAndView page = new ModelAndView("pages/notifications/outbox");
    page.addObject("rows", outbox.list(OutboxStatus.FAILED));
    page.addObject("retried", retried != null);
    page.addObject("csrfParameter", csrf.getParameterName());
    page.addObject("csrfToken", csrf.getToken());
    return page;
  }

  @PostMapping("/outbox/{id}/retry")
  String retry(@PathVariable UUID id) {
    outbox.retry(id);
    return "redirect:/notifications/outbox?retried";
  }

  private ModelAndView preferencesPage(
      String username, CsrfToken csrf, String error, boolean saved) {
    Preferences.Choice choice = preferences.of(username);
    List<Map<String, Object>> options =
        channels.all().stream()
            .filter(c -> c.audience() == Audience.PERSON)
            .map(
                c ->
                    Map.<String, Object>of(
                        "id", c.id(),
                        "label", c.label(),
                        "available", c.reaches(username),
                        "chosen", choice.channels().contains(c.id())))
            .toList();
    ModelAndView page = new ModelAndView("pages/notifications/preferences");
    page.addObject("options", options);
    page.addObject("delivery", choice.delivery().name());
    page.addObject("own", choice.own());
    page.addObject("saved", saved);
    page.addObject("csrfParameter", csrf.getParameterName());
    page.addObject("csrfToken", csrf.getToken());
    if (error != null) {
      page.addObject("error", error);
    }
    return page;
  }
}
