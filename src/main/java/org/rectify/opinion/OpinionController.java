package org.rectify.opinion;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.rectify.security.CurrentViewer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 意见建议 for officials: the office and supervisors read them (see SecurityConfig); the office triages
 * them (the candidates of 处理意见建议, checked on the task).
 */
@RestController
@RequestMapping("/api/opinions")
@Tag(name = "意见建议", description = "群众在公开网站对已发布通报提出的意见建议，整改办和督查督办可查看，整改办处理")
class OpinionController {

  private final OpinionService opinions;
  private final CurrentViewer viewer;

  OpinionController(OpinionService opinions, CurrentViewer viewer) {
    this.opinions = opinions;
    this.viewer = viewer;
  }

  @GetMapping
  @Operation(
      summary = "意见建议列表",
      description = "按收到时间倒序分页，可按状态筛选（RECEIVED、ADOPTED、REFERRED、DECLINED）。")
  List<OpinionView> list(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return opinions.list(status, page, size);
  }

  @GetMapping("/{id}")
  @Operation(summary = "一条意见建议")
  OpinionView get(@PathVariable UUID id) {
    return opinions.get(id);
  }

  @PostMapping("/{id}/triage")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "处理意见建议", description = "采纳、转交单位或不予采纳（后两者须填写说明），并完成「处理意见建议」待办。")
  void triage(@PathVariable UUID id, @RequestBody OpinionTriage triage) {
    opinions.triage(id, triage, viewer.get().username());
  }
}
