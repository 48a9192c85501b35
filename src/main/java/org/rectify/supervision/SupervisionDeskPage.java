package org.rectify.supervision;

import java.util.UUID;
import org.rectify.organization.OfficialRole;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.security.CurrentViewer;
import org.rectify.security.Viewer;
import org.rectify.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 督查督办台 page (same login as Tasklist; Tasklist's header links here): a server-rendered frame whose
 * script reads {@code /api/supervision/desk} and draws the tables, ECharts charts and the list.
 */
@Controller
class SupervisionDeskPage {

  static final String TASKLIST = "/camunda/app/tasklist/default/";

  private final CurrentViewer viewers;
  private final MeasureRepository measures;
  private final SupervisionWorkflow workflow;

  SupervisionDeskPage(
      CurrentViewer viewers, MeasureRepository measures, SupervisionWorkflow workflow) {
    this.viewers = viewers;
    this.measures = measures;
    this.workflow = workflow;
  }

  @GetMapping("/supervision")
  String desk(Model model) {
    Viewer viewer = viewers.get();
    model.addAttribute("username", viewer.username());
    model.addAttribute("roleLabel", viewer.role().label());
    model.addAttribute(
        "mayUrge",
        viewer.role() == OfficialRole.SUPERVISOR || viewer.role() == OfficialRole.OFFICE);
    return "pages/supervision-desk";
  }

  /**
   * The desk's link to a measure's open task in Tasklist (or Tasklist itself when none is open).
   */
  @GetMapping("/supervision/measures/{measureId}/task")
  @Transactional(readOnly = true)
  String task(@PathVariable UUID measureId) {
    Measure measure =
        measures
            .findById(measureId)
            .orElseThrow(() -> new NotFoundException("未找到整改措施：" + measureId));
    if (!DeskVisibility.maySee(viewers.get(), measure)) {
      throw new NotFoundException("未找到整改措施：" + measureId);
    }
    return "redirect:"
        + workflow
            .openTaskOf(measureId)
            .map(id -> TASKLIST + "#/?task=" + id)
            .orElse(TASKLIST + "#/");
  }
}
