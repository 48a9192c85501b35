package org.rectify.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.rectify.supervision.IncidentService.IncidentView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 流程异常: open to the office, the supervisors and administrators (see SecurityConfig). */
@RestController
@RequestMapping("/api/supervision/incidents")
@Tag(name = "督查督办")
class IncidentController {

  private final IncidentService incidents;

  IncidentController(IncidentService incidents) {
    this.incidents = incidents;
  }

  @GetMapping
  @Operation(
      summary = "列出流程异常",
      description = "后台作业（定时提醒、异步步骤）重试用尽后形成的异常：所在流程、环节、涉及的问题或措施、错误信息、发生时间。")
  List<IncidentView> list() {
    return incidents.openIncidents();
  }
}
