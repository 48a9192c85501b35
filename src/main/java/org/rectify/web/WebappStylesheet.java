package org.rectify.web;

import java.time.Duration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rectify's colours and seal for Tasklist, Cockpit, Admin and Welcome: every 7.24 {@code
 * index.html} links {@code styles/user-styles.css} after its own stylesheet; one file serves all
 * four instead of a copy per webapp in the webjar's folders.
 */
@RestController
class WebappStylesheet {

  private static final Resource STYLES = new ClassPathResource("webapps/user-styles.css");

  @GetMapping("/camunda/app/{app:tasklist|cockpit|admin|welcome}/styles/user-styles.css")
  ResponseEntity<Resource> userStyles() {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
        .body(STYLES);
  }
}
