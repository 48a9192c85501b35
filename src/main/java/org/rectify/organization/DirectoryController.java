package org.rectify.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The organisation directory for pickers in forms: units and officials. */
@RestController
@RequestMapping("/api")
@Tag(name = "组织目录", description = "责任单位与干部")
class DirectoryController {

  private final UnitRepository units;
  private final OfficialRepository officials;

  DirectoryController(UnitRepository units, OfficialRepository officials) {
    this.units = units;
    this.officials = officials;
  }

  record UnitView(String code, String name, String shortName, String group) {}

  record OfficialView(
      String username,
      String displayName,
      String title,
      String role,
      String roleLabel,
      String unit) {}

  @GetMapping("/units")
  @Operation(summary = "列出责任单位")
  List<UnitView> units() {
    return units.findAllByOrderByCode().stream()
        .map(u -> new UnitView(u.getCode(), u.getName(), u.getShortName(), u.groupId()))
        .toList();
  }

  @GetMapping("/officials")
  @Operation(summary = "列出干部", description = "可按角色筛选，如 role=LEADER 列出责任领导")
  @Transactional(readOnly = true)
  List<OfficialView> officials(@RequestParam(required = false) OfficialRole role) {
    List<Official> found =
        role == null ? officials.findAllByOrderByUsername() : officials.findByRole(role);
    return found.stream()
        .map(
            o ->
                new OfficialView(
                    o.getUsername(),
                    o.getDisplayName(),
                    o.getTitle(),
                    o.getRole().name(),
                    o.getRole().label(),
                    o.getUnit() == null ? null : o.getUnit().getCode()))
        .toList();
  }
}
