package org.rectify.security;

import org.rectify.organization.Official;
import org.rectify.organization.OfficialRepository;
import org.rectify.web.NotAssignedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Viewer} of the current request, or of a named official. */
@Component
public class CurrentViewer {

  private final OfficialRepository officials;

  CurrentViewer(OfficialRepository officials) {
    this.officials = officials;
  }

  @Transactional(readOnly = true)
  public Viewer get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new AccessDeniedException("未登录");
    }
    return officials
        .findByUsername(authentication.getName())
        .filter(Official::isActive)
        .map(Viewer::of)
        .orElseThrow(() -> new NotAssignedException("当前用户不在组织目录中（或已停用），无权办理"));
  }

  /**
   * The viewer for {@code username}, for services that are handed the caller's name: they check
   * what the caller may see before anything else, so that a refusal never depends on the state of
   * the record.
   */
  @Transactional(readOnly = true)
  public Viewer of(String username) {
    return officials
        .findByUsername(username)
        // A deactivated official's session may outlive the deactivation: it acts on nothing.
        .filter(Official::isActive)
        .map(Viewer::of)
        .orElseThrow(() -> new NotAssignedException("您不在组织目录中，无权办理"));
  }
}
