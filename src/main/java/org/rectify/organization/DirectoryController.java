package org.rectify.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.rectify.organization.DirectoryInput.Actor;
import org.rectify.organization.DirectoryInput.DeactivationInput;
import org.rectify.organization.DirectoryInput.OfficialInput;
import org.rectify.organization.DirectoryInput.PasswordInput;
import org.rectify.organization.DirectoryInput.ProfileInput;
import org.rectify.organization.DirectoryInput.RoleChangeInput;
import org.rectify.organization.DirectoryInput.UnitInput;
import org.rectify.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation directory: units and officials for pickers in forms (every official), and their
 * management (administrators; the office for units and unit staff). See docs/directory.md.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "组织目录", description = "责任单位与干部：查询、新建、更名、调整、停用、工作交接")
class DirectoryController {

  private final UnitRepository units;
  private final OfficialRepository officials;
  private final DirectoryService directory;

  DirectoryController(
      UnitRepository units, OfficialRepository officials, DirectoryService directory) {
    this.units = units;
    this.officials = officials;
    this.directory = directory;
  }

  record UnitView(
      String code, String name, String shortName, String group, String parent, boolean active) {
    static UnitView of(Unit u) {
      return new UnitView(
          u.getCode(),
          u.getName(),
          u.getShortName(),
          u.groupId(),
          u.getParent() == null ? null : u.getParent().getCode(),
          u.isActive());
    }
  }

  record OfficialView(
      String username,
      String displayName,
      String title,
      String role,
      String roleLabel,
      String unit,
      String email,
      String phone,
      boolean active) {
    static OfficialView of(Official o) {
      return new OfficialView(
          o.getUsername(),
          o.getDisplayName(),
          o.getTitle(),
          o.getRole().name(),
          o.getRole().label(),
          o.getUnit() == null ? null : o.getUnit().getCode(),
          o.getEmail(),
          o.getPhone(),
          o.isActive());
    }
  }

  record OpenWorkView(
      String key, String kind, String kindLabel, String label, List<String> successorGroups) {}

  @GetMapping("/units")
  @Operation(summary = "列出责任单位", description = "默认只列在用单位；all=true 含已停用单位")
  @Transactional(readOnly = true)
  List<UnitView> units(@RequestParam(defaultValue = "false") boolean all) {
    return units.findAllByOrderByCode().stream()
        .filter(u -> all || u.isActive())
        .map(UnitView::of)
        .toList();
  }

  @GetMapping("/officials")
  @Operation(summary = "列出干部", description = "可按角色筛选，如 role=LEADER 列出责任领导；默认只列在用干部，all=true 含已停用")
  @Transactional(readOnly = true)
  List<OfficialView> officials(
      @RequestParam(required = false) OfficialRole role,
      @RequestParam(defaultValue = "false") boolean all) {
    List<Official> found =
        role == null ? officials.findAllByOrderByUsername() : officials.findByRole(role);
    return found.stream().filter(o -> all || o.isActive()).map(OfficialView::of).toList();
  }

  @PostMapping("/units")
  @Operation(
      summary = "新建责任单位",
      description = "code 单位代码（引擎用户组 unit-<code>），name 名称，shortName 简称，parent 上级单位代码（二级单位）")
  ResponseEntity<UnitView> createUnit(
      @RequestBody(required = false) UnitInput input, Authentication who) {
    Unit unit = directory.createUnit(required(input), actor(who));
    return ResponseEntity.created(URI.create("/api/units/" + unit.getCode()))
        .body(UnitView.of(unit));
  }

  @PutMapping("/units/{code}")
  @Operation(summary = "修改责任单位（更名、简称、上级单位）")
  UnitView updateUnit(
      @PathVariable String code,
      @RequestBody(required = false) UnitInput input,
      Authentication who) {
    return UnitView.of(directory.updateUnit(code, required(input), actor(who)));
  }

  @PostMapping("/units/{code}/deactivate")
  @Operation(summary = "停用责任单位", description = "单位须已无在用干部、无在用二级单位、无未销号问题")
  UnitView deactivateUnit(@PathVariable String code, Authentication who) {
    return UnitView.of(directory.deactivateUnit(code, actor(who)));
  }

  @PostMapping("/officials")
  @Operation(summary = "新建干部", description = "同时建立流程引擎用户与用户组成员关系；整改办只能新建责任单位干部")
  ResponseEntity<OfficialView> createOfficial(
      @RequestBody(required = false) OfficialInput input, Authentication who) {
    Official official = directory.createOfficial(required(input), actor(who));
    return ResponseEntity.created(URI.create("/api/officials/" + official.getUsername()))
        .body(OfficialView.of(official));
  }

  @PutMapping("/officials/{username}")
  @Operation(summary = "修改干部资料（姓名、职务、电子邮箱、电话）")
  OfficialView updateOfficial(
      @PathVariable String username,
      @RequestBody(required = false) ProfileInput input,
      Authentication who) {
    return OfficialView.of(directory.updateProfile(username, required(input), actor(who)));
  }

  @PostMapping("/officials/{username}/role")
  @Operation(
      summary = "调整干部角色或单位",
      description =
          "干部仍有未完成工作时须在 handover 中指定接手人（successor 一人接手全部，或 successors 逐项指定），交接与调整在同一事务中完成")
  OfficialView changeRole(
      @PathVariable String username,
      @RequestBody(required = false) RoleChangeInput input,
      Authentication who) {
    RoleChangeInput change = required(input);
    return OfficialView.of(
        directory.changeRole(
            username, change.role(), change.unit(), change.handover(), actor(who)));
  }

  @PostMapping("/officials/{username}/password")
  @Operation(summary = "重置干部密码")
  ResponseEntity<Void> resetPassword(
      @PathVariable String username,
      @RequestBody(required = false) PasswordInput input,
      Authentication who) {
    directory.resetPassword(username, required(input).password(), actor(who));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/officials/{username}/deactivate")
  @Operation(
      summary = "停用干部",
      description = "干部仍有未完成工作时须在 handover 中指定接手人；停用后该干部不能再登录，流程引擎中的用户被删除，台账与历史保留其姓名")
  OfficialView deactivateOfficial(
      @PathVariable String username,
      @RequestBody(required = false) DeactivationInput input,
      Authentication who) {
    return OfficialView.of(
        directory.deactivateOfficial(
            username, input == null ? null : input.handover(), actor(who)));
  }

  @GetMapping("/officials/{username}/open-work")
  @Operation(summary = "列出干部的未完成工作（停用或调整前须交接）")
  List<OpenWorkView> openWork(@PathVariable String username) {
    return directory.openWorkOf(username).stream()
        .map(
            i ->
                new OpenWorkView(
                    i.key(),
                    i.kind().name(),
                    i.kind().label(),
                    i.label(),
                    i.successorGroups().stream().sorted().toList()))
        .toList();
  }

  static Actor actor(Authentication who) {
    boolean administrator =
        who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
    return new Actor(who.getName(), administrator);
  }

  private static <T> T required(T input) {
    if (input == null) {
      throw InvalidInputException.of("body", "请求体必填（JSON）");
    }
    return input;
  }
}
