package org.rectify.organization;

import java.util.Map;

/** What the directory API, page and Excel import submit. Values are checked by the service. */
public final class DirectoryInput {

  private DirectoryInput() {}

  /**
   * 责任单位.
   *
   * @param parent the parent unit's code for a 二级单位, or blank
   */
  public record UnitInput(String code, String name, String shortName, String parent) {}

  /**
   * 干部.
   *
   * @param role an {@link OfficialRole} name (OFFICE, LEADER, UNIT, SUPERVISOR, ADMIN)
   * @param unit the unit's code, for role UNIT only
   * @param password the initial password (on creation only)
   */
  public record OfficialInput(
      String username,
      String displayName,
      String title,
      String role,
      String unit,
      String email,
      String phone,
      String password) {}

  /** 资料: the fields an official's profile change may set. */
  public record ProfileInput(String displayName, String title, String email, String phone) {}

  /**
   * 工作交接 that a deactivation or a move must carry when the official still holds open work.
   *
   * @param successor one successor for every item not named in {@code successors}
   * @param successors successor per item, by {@link OpenWorkItem#key()}
   * @param reason why (调离, 退休, 岗位调整 …); a default is recorded when blank
   */
  public record HandoverInput(String successor, Map<String, String> successors, String reason) {

    public static HandoverInput none() {
      return new HandoverInput(null, Map.of(), null);
    }

    public Map<String, String> successorsOrEmpty() {
      return successors == null ? Map.of() : successors;
    }
  }

  /** 调整角色或单位. */
  public record RoleChangeInput(String role, String unit, HandoverInput handover) {}

  /** 停用. */
  public record DeactivationInput(HandoverInput handover) {}

  /** 重置密码. */
  public record PasswordInput(String password) {}

  /** Who acts: administrators manage everything, the office units and unit staff. */
  public record Actor(String username, boolean administrator) {}
}
