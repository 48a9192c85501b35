package org.rectify.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rectify.security.CurrentViewer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 督查督办台 as JSON and Excel, the lights of single measures, and 催办. */
@RestController
@RequestMapping("/api/supervision")
@Tag(name = "督查督办台")
class SupervisionDeskController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final SupervisionDesk desk;
  private final UrgeService urges;
  private final CurrentViewer viewers;

  SupervisionDeskController(SupervisionDesk desk, UrgeService urges, CurrentViewer viewers) {
    this.desk = desk;
    this.urges = urges;
    this.viewers = viewers;
  }

  @GetMapping("/desk")
  @Operation(summary = "督查督办台：单位、领导、巡察统计，措施清单（默认红灯即逾期清单）和周趋势，按角色限定可见范围")
  DeskScreen screen(
      @RequestParam(required = false) String inspection,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String leadOfficial,
      @RequestParam(required = false) String light,
      @RequestParam(required = false) String term,
      @RequestParam(required = false) String page) {
    return desk.screen(
        DeskFilter.parse(inspection, unit, leadOfficial, light, term, page), viewers.get());
  }

  @GetMapping("/desk/export.xlsx")
  @Operation(summary = "导出督查督办台（与同一筛选条件下的 JSON 相同）为 Excel")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) String inspection,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String leadOfficial,
      @RequestParam(required = false) String light,
      @RequestParam(required = false) String term,
      @RequestParam(required = false) String page) {
    DeskFilter filter = DeskFilter.parse(inspection, unit, leadOfficial, light, term, page);
    DeskScreen screen = desk.screen(filter, viewers.get());
    byte[] workbook = DeskExcel.write(screen, describe(filter));
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("督查督办台-" + screen.today() + ".xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(workbook);
  }

  @GetMapping("/measures/{measureId}/light")
  @Operation(summary = "一项措施的亮灯及其问题的汇总亮灯")
  MeasureLight light(@PathVariable UUID measureId, Principal caller) {
    return urges.lightOf(measureId, caller.getName());
  }

  @GetMapping("/measures/{measureId}/urges")
  @Operation(summary = "一项措施的催办记录")
  List<UrgeService.UrgeView> urgesOf(@PathVariable UUID measureId, Principal caller) {
    return urges.urgesOf(measureId, caller.getName());
  }

  record UrgeBody(String text, Boolean toLeadOfficial) {}

  @PostMapping("/measures/{measureId}/urges")
  @Operation(summary = "催办（督查督办、整改办）：每项措施每天一次")
  ResponseEntity<Map<String, Object>> urge(
      @PathVariable UUID measureId, @RequestBody UrgeBody body, Principal caller) {
    Urge urge =
        urges.urge(
            measureId, body.text(), Boolean.TRUE.equals(body.toLeadOfficial()), caller.getName());
    return ResponseEntity.created(
            URI.create("/api/supervision/measures/" + measureId + "/urges#" + urge.getId()))
        .body(Map.of("measureId", measureId, "urgeId", urge.getId(), "urgedOn", urge.getUrgedOn()));
  }

  @ExceptionHandler(UrgeTooSoonException.class)
  ProblemDetail tooSoon(UrgeTooSoonException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
    problem.setTitle("催办过于频繁");
    return problem;
  }

  static String describe(DeskFilter filter) {
    List<String> parts = new ArrayList<>();
    Map<String, String> names =
        Map.of(
            "inspection", "巡视巡察",
            "unit", "责任单位",
            "leadOfficial", "责任领导",
            "light", "亮灯",
            "term", "时限类型");
    filter.asParameters().forEach((k, v) -> parts.add(names.get(k) + "=" + v));
    return "筛选：" + String.join("，", parts);
  }
}
