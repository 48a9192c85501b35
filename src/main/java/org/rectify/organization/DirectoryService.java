package org.rectify.organization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rectify.audit.AuditTrail;
import org.rectify.audit.AuditTrail.Subject;
import org.rectify.organization.DirectoryInput.Actor;
import org.rectify.organization.DirectoryInput.HandoverInput;
import org.rectify.organization.DirectoryInput.OfficialInput;
import org.rectify.organization.DirectoryInput.ProfileInput;
import org.rectify.organization.DirectoryInput.UnitInput;
import org.rectify.web.FieldViolation;
import org.rectify.web.InvalidInputException;
import org.rectify.web.NotAssignedException;
import org.rectify.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 组织目录: the one source of truth for units and officials. Every change is written to the app's
 * tables and, in the same transaction, to the engine's users, groups and memberships, and audited.
 * Checks come first and name every bad field; nothing is written on a bad input.
 */
@Service
public class DirectoryService {

  static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,58}");
  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,30}");
  static final int MIN_PASSWORD = 8;

  private final UnitRepository units;
  private final OfficialRepository officials;
  private final IdentityDirectory identity;
  private final OpenWork openWork;
  private final AuditTrail audit;

  public DirectoryService(
      UnitRepository units,
      OfficialRepository officials,
      IdentityDirectory identity,
      OpenWork openWork,
      AuditTrail audit) {
    this.units = units;
    this.officials = officials;
    this.identity = identity;
    this.openWork = openWork;
    this.audit = audit;
  }

  /** Makes sure every role's group exists; called at start-up. */
  public void ensureRoleGroups() {
    Arrays.stream(OfficialRole.values())
        .filter(role -> role.groupId() != null)
        .forEach(role -> identity.saveGroup(role.groupId(), role.label()));
  }

  /** Registers a unit unless its code exists (demo data, test fixtures). */
  @Transactional
  public Unit registerUnit(String code, String name, String shortName) {
    Unit unit = units.findByCode(code).orElseGet(() -> units.save(new Unit(code, name, shortName)));
    identity.saveGroup(unit.groupId(), unit.getName());
    return unit;
  }

  /** Registers an official unless the user name exists (demo data, test fixtures). */
  @Transactional
  public Official registerOfficial(Official official, String password) {
    Objects.requireNonNull(password, "password");
    Official saved =
        officials.findByUsername(official.getUsername()).orElseGet(() -> officials.save(official));
    identity.saveUser(saved, password);
    identity.setMembership(saved.getUsername(), saved.groupId());
    return saved;
  }

  /** Records an engine user created outside Rectify (the bootstrap admin) as an administrator. */
  @Transactional
  public void adoptAdministrator(String username) {
    if (officials.findByUsername(username).isEmpty() && identity.userExists(username)) {
      Official admin =
          officials.save(new Official(username, "系统管理员", null, OfficialRole.ADMIN, null, null));
      // From now on the directory holds the profile; the engine user follows it.
      identity.saveUser(admin, null);
      identity.setMembership(username, OfficialRole.ADMIN.groupId());
    }
  }

  // --- Units -------------------------------------------------------------------------------

  /** 新建责任单位. */
  @Transactional
  public Unit createUnit(UnitInput input, Actor actor) {
    return orThrow(saveUnit(input, true, true, actor));
  }

  /** 更名 (name, short name) and 上级单位 of an existing unit. */
  @Transactional
  public Unit updateUnit(String code, UnitInput input, Actor actor) {
    Unit unit = activeUnit(code);
    UnitInput named =
        new UnitInput(unit.getCode(), input.name(), input.shortName(), input.parent());
    return orThrow(saveUnit(named, false, true, actor));
  }

  /** 停用责任单位: only once it has no active officials, no active 二级单位 and no open findings. */
  @Transactional
  public Unit deactivateUnit(String code, Actor actor) {
    Unit unit = activeUnit(code);
    List<FieldViolation> violations = new ArrayList<>();
    long staff = officials.findByUnitId(unit.getId()).stream().filter(Official::isActive).count();
    if (staff > 0) {
      violations.add(
          new FieldViolation(
              "code", "单位“" + unit.getName() + "”还有 " + staff + " 名在用干部，请先调整或停用这些干部"));
    }
    long children = units.findByParentId(unit.getId()).stream().filter(Unit::isActive).count();
    if (children > 0) {
      violations.add(
          new FieldViolation("code", "单位“" + unit.getName() + "”还有 " + children + " 个在用的二级单位"));
    }
    long open = openWork.openFindingsOf(unit);
    if (open > 0) {
      violations.add(
          new FieldViolation("code", "单位“" + unit.getName() + "”还有 " + open + " 个未销号的问题，不能停用"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    unit.deactivate();
    identity.deleteGroup(unit.groupId());
    audit.record(
        actor.username(),
        "unit.deactivated",
        Subject.of("Unit", unit.getId()),
        "停用责任单位 " + unit.getName(),
        unitView(unit),
        null);
    return unit;
  }

  /**
   * Creates or (with {@code creating} false) updates a unit; returns the violations instead of
   * throwing, so that the Excel import can collect them for every row. {@code withParent} false
   * leaves the parent as it is (the import places parents in a second pass).
   */
  Result<Unit> saveUnit(UnitInput input, boolean creating, boolean withParent, Actor actor) {
    List<FieldViolation> violations = new ArrayList<>();
    String code = trim(input.code());
    String name = trim(input.name());
    String shortName = trim(input.shortName());
    Optional<Unit> existing = code == null ? Optional.empty() : units.findByCode(code);
    if (code == null) {
      violations.add(new FieldViolation("code", "单位代码必填"));
    } else if (creating && !UNIT_CODE.matcher(code).matches()) {
      violations.add(new FieldViolation("code", "单位代码只能由字母、数字、“-”和“_”组成，最长 59 个字符：" + code));
    } else if (creating && existing.isPresent()) {
      violations.add(new FieldViolation("code", "单位代码已存在：" + code));
    } else if (!creating && existing.isEmpty()) {
      violations.add(new FieldViolation("code", "未找到单位：" + code));
    } else if (!creating && !existing.get().isActive()) {
      violations.add(new FieldViolation("code", "单位已停用：" + code));
    }
    if (name == null) {
      violations.add(new FieldViolation("name", "单位名称必填"));
    } else if (name.length() > 200) {
      violations.add(new FieldViolation("name", "单位名称最长 200 个字符"));
    } else {
      units.findByName(name).stream()
          .filter(Unit::isActive)
          .filter(other -> !other.getCode().equals(code))
          .findFirst()
          .ifPresent(
              other ->
                  violations.add(
                      new FieldViolation("name", "单位名称已被单位 " + other.getCode() + " 使用：" + name)));
    }
    if (shortName != null && shortName.length() > 100) {
      violations.add(new FieldViolation("shortName", "简称最长 100 个字符"));
    }
    Unit parent = null;
    if (withParent) {
      String parentCode = trim(input.parent());
      if (parentCode != null) {
        parent = units.findByCode(parentCode).orElse(null);
        if (parent == null || !parent.isActive()) {
          violations.add(new FieldViolation("parent", "上级单位不存在或已停用：" + parentCode));
        } else if (parentCode.equals(code)) {
          violations.add(new FieldViolation("parent", "上级单位不能是本单位"));
        } else if (parent.getParent() != null) {
          violations.add(new FieldViolation("parent", "上级单位必须是一级单位（二级单位下不能再设单位）：" + parentCode));
        } else if (existing.isPresent()
            && units.findByParentId(existing.get().getId()).stream().anyMatch(Unit::isActive)) {
          violations.add(new FieldViolation("parent", "本单位下设二级单位，不能再作为二级单位"));
        }
      }
    }
    if (!violations.isEmpty()) {
      return Result.failed(violations);
    }
    if (!creating) {
      Unit current = existing.get();
      String currentParent = current.getParent() == null ? null : current.getParent().getCode();
      if (current.getName().equals(name)
          && Objects.equals(current.getShortNameAsEntered(), shortName)
          && (!withParent
              || Objects.equals(currentParent, parent == null ? null : parent.getCode()))) {
        return Result.ok(current);
      }
    }
    Unit unit;
    Map<String, Object> before = null;
    if (creating) {
      unit = units.save(new Unit(code, name, shortName));
    } else {
      unit = existing.get();
      before = unitView(unit);
      unit.rename(name, shortName);
    }
    if (withParent) {
      unit.placeUnder(parent);
    }
    identity.saveGroup(unit.groupId(), unit.getName());
    audit.record(
        actor.username(),
        creating ? "unit.created" : "unit.updated",
        Subject.of("Unit", unit.getId()),
        (creating ? "新建责任单位 " : "修改责任单位 ") + unit.getName(),
        before,
        unitView(unit));
    return Result.ok(unit);
  }

  /** Second pass of the import: sets (or clears) the parent of a unit saved in the first pass. */
  Result<Unit> placeUnit(String code, String parentCode, Actor actor) {
    Unit unit = units.findByCode(code).orElseThrow();
    UnitInput input = new UnitInput(code, unit.getName(), unit.getShortNameAsEntered(), parentCode);
    String current = unit.getParent() == null ? null : unit.getParent().getCode();
    if (Objects.equals(current, trim(parentCode))) {
      return Result.ok(unit);
    }
    return saveUnit(input, false, true, actor);
  }

  // --- Officials ---------------------------------------------------------------------------

  /** 新建干部 with an initial password; the engine user and membership follow. */
  @Transactional
  public Official createOfficial(OfficialInput input, Actor actor) {
    return orThrow(saveOfficial(input, true, actor, HandoverInput.none()));
  }

  /** 修改干部资料 (name, title, e-mail, phone). */
  @Transactional
  public Official updateProfile(String username, ProfileInput input, Actor actor) {
    Official official = activeOfficial(username);
    mayManage(official.getRole(), actor);
    OfficialInput merged =
        new OfficialInput(
            official.getUsername(),
            input.displayName(),
            input.title(),
            official.getRole().name(),
            official.getUnit() == null ? null : official.getUnit().getCode(),
            input.email(),
            input.phone(),
            null);
    return orThrow(saveOfficial(merged, false, actor, HandoverInput.none()));
  }

  /**
   * 调整角色或单位. An official who still holds open work needs a successor for it ({@code handover}); the
   * hand-over and the change are one transaction.
   */
  @Transactional
  public Official changeRole(
      String username, String role, String unit, HandoverInput handover, Actor actor) {
    Official official = activeOfficial(username);
    mayManage(official.getRole(), actor);
    OfficialInput changed =
        new OfficialInput(
            official.getUsername(),
            official.getDisplayName(),
            official.getTitle(),
            role,
            unit,
            official.getEmail(),
            official.getPhone(),
            null);
    return orThrow(saveOfficial(changed, false, actor, handover));
  }

  /** 重置密码. */
  @Transactional
  public void resetPassword(String username, String password, Actor actor) {
    Official official = activeOfficial(username);
    mayManage(official.getRole(), actor);
    List<FieldViolation> violations = new ArrayList<>();
    checkPassword(password, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    identity.saveUser(official, password);
    audit.record(
        actor.username(),
        "official.password-reset",
        Subject.of("Official", official.getId()),
        "重置 " + official.getDisplayName() + "（" + username + "）的密码",
        null,
        null);
  }

  /**
   * 停用干部: the engine user goes (no more sign-in, no more tasks); the row stays for the history.
   * Open work needs a successor ({@code handover}), handed over in the same transaction.
   */
  @Transactional
  public Official deactivateOfficial(String username, HandoverInput handover, Actor actor) {
    Official official = activeOfficial(username);
    mayManage(official.getRole(), actor);
    if (official.getUsername().equals(actor.username())) {
      throw InvalidInputException.of("username", "不能停用自己的账号");
    }
    List<FieldViolation> violations = new ArrayList<>();
    handOverIfNeeded(official, handover, actor, violations, "停用");
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    Map<String, Object> before = officialView(official);
    official.deactivate();
    identity.deleteUser(official.getUsername());
    audit.record(
        actor.username(),
        "official.deactivated",
        Subject.of("Official", official.getId()),
        "停用干部 " + official.getDisplayName() + "（" + username + "）",
        before,
        officialView(official));
    return official;
  }

  /** The open work of an official, for the page and {@code GET /api/officials/{u}/open-work}. */
  @Transactional(readOnly = true)
  public List<OpenWorkItem> openWorkOf(String username) {
    return openWork.of(activeOfficial(username));
  }

  Result<Official> saveOfficial(
      OfficialInput input, boolean creating, Actor actor, HandoverInput handover) {
    List<FieldViolation> violations = new ArrayList<>();
    String username = trim(input.username());
    Optional<Official> existing =
        username == null ? Optional.empty() : officials.findByUsername(username);
    if (username == null) {
      violations.add(new FieldViolation("username", "用户名必填"));
    } else if (creating && !USERNAME.matcher(username).matches()) {
      violations.add(
          new FieldViolation("username", "用户名只能由小写字母、数字、“.”、“-”和“_”组成，2 至 64 个字符：" + username));
    } else if (creating && existing.isPresent()) {
      violations.add(new FieldViolation("username", "用户名已存在：" + username));
    } else if (creating && identity.userExists(username)) {
      violations.add(new FieldViolation("username", "用户名已被流程引擎中的用户占用：" + username));
    } else if (!creating && existing.isEmpty()) {
      violations.add(new FieldViolation("username", "未找到干部：" + username));
    } else if (!creating && !existing.get().isActive()) {
      violations.add(new FieldViolation("username", "干部已停用：" + username));
    }
    String displayName = trim(input.displayName());
    if (displayName == null) {
      violations.add(new FieldViolation("displayName", "姓名必填"));
    } else if (displayName.length() > 100) {
      violations.add(new FieldViolation("displayName", "姓名最长 100 个字符"));
    }
    String title = trim(input.title());
    if (title != null && title.length() > 200) {
      violations.add(new FieldViolation("title", "职务最长 200 个字符"));
    }
    OfficialRole role = null;
    String roleName = trim(input.role());
    if (roleName == null) {
      violations.add(new FieldViolation("role", "角色必填"));
    } else {
      role =
          Arrays.stream(OfficialRole.values())
              .filter(r -> r.name().equals(roleName) || r.label().equals(roleName))
              .findFirst()
              .orElse(null);
      if (role == null) {
        violations.add(
            new FieldViolation(
                "role",
                "未知角色："
                    + roleName
                    + "（可选：OFFICE 整改办、LEADER 责任领导、UNIT 责任单位、SUPERVISOR 督查督办、ADMIN 系统管理员）"));
      } else if (!actor.administrator() && role != OfficialRole.UNIT) {
        violations.add(new FieldViolation("role", "整改办只能管理责任单位的干部；其他角色请由系统管理员设置"));
      }
    }
    Unit unit = null;
    String unitCode = trim(input.unit());
    if (role == OfficialRole.UNIT) {
      if (unitCode == null) {
        violations.add(new FieldViolation("unit", "责任单位的干部必须填写所属单位"));
      } else {
        unit = units.findByCode(unitCode).filter(Unit::isActive).orElse(null);
        if (unit == null) {
          violations.add(new FieldViolation("unit", "所属单位不存在或已停用：" + unitCode));
        }
      }
    } else if (role != null && unitCode != null) {
      violations.add(new FieldViolation("unit", "只有“责任单位”角色的干部填写所属单位"));
    }
    String email = trim(input.email());
    if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
      violations.add(new FieldViolation("email", "电子邮箱格式不正确：" + email));
    }
    String phone = trim(input.phone());
    if (phone != null && !PHONE.matcher(phone).matches()) {
      violations.add(new FieldViolation("phone", "电话号码只能由数字、空格、“+”、“-”和括号组成，5 至 30 个字符：" + phone));
    }
    if (creating) {
      checkPassword(input.password(), violations);
    }
    if (!creating && existing.isPresent() && existing.get().isActive() && role != null) {
      mayManageOrViolate(existing.get().getRole(), actor, violations);
      Official official = existing.get();
      boolean moves =
          official.getRole() != role
              || !Objects.equals(official.getUnit(), role == OfficialRole.UNIT ? unit : null);
      if (moves && violations.isEmpty()) {
        handOverIfNeeded(official, handover, actor, violations, "调整角色或单位");
      }
    }
    if (!violations.isEmpty()) {
      return Result.failed(violations);
    }
    Official official;
    Map<String, Object> before = null;
    if (creating) {
      official = new Official(username, displayName, title, role, unit, email);
      official.updateProfile(displayName, title, email, phone);
      officials.save(official);
      identity.saveUser(official, input.password());
    } else {
      official = existing.get();
      before = officialView(official);
      if (before.equals(officialView(displayName, title, role, unit, email, phone, official))) {
        return Result.ok(official);
      }
      official.updateProfile(displayName, title, email, phone);
      official.assignRole(role, unit);
      identity.saveUser(official, null);
    }
    identity.setMembership(official.getUsername(), official.groupId());
    audit.record(
        actor.username(),
        creating ? "official.created" : "official.updated",
        Subject.of("Official", official.getId()),
        (creating ? "新建干部 " : "修改干部 ") + official.getDisplayName() + "（" + username + "）",
        before,
        officialView(official));
    return Result.ok(official);
  }

  /**
   * Lists the official's open work as violations when a successor is missing or unfit, else hands
   * it over. A hand-over to the official being moved is refused.
   */
  private void handOverIfNeeded(
      Official official,
      HandoverInput handover,
      Actor actor,
      List<FieldViolation> violations,
      String what) {
    List<OpenWorkItem> items = openWork.of(official);
    if (items.isEmpty()) {
      return;
    }
    HandoverInput given = handover == null ? HandoverInput.none() : handover;
    Map<String, Official> successors = new LinkedHashMap<>();
    Map<String, Official> byName = new HashMap<>();
    for (OpenWorkItem item : items) {
      String named = trim(given.successorsOrEmpty().get(item.key()));
      String field = named != null ? "handover.successors." + item.key() : "handover.successor";
      String successorName = named != null ? named : trim(given.successor());
      if (successorName == null) {
        violations.add(
            new FieldViolation(
                "handover.successors." + item.key(),
                what + "前须办理工作交接：请为“" + item.kind().label() + " " + item.label() + "”指定接手人"));
        continue;
      }
      Official successor =
          byName.computeIfAbsent(
              successorName, name -> officials.findByUsername(name).orElse(null));
      if (successor == null || !successor.isActive()) {
        violations.add(new FieldViolation(field, "接手人不存在或已停用：" + successorName));
      } else if (successor.getUsername().equals(official.getUsername())) {
        violations.add(new FieldViolation(field, "接手人不能是本人"));
      } else if (!item.acceptsSuccessor(successor)) {
        violations.add(
            new FieldViolation(
                field,
                "“"
                    + successor.getDisplayName()
                    + "”不能接手“"
                    + item.label()
                    + "”：须为 "
                    + String.join("、", item.successorGroups())
                    + " 组的干部"));
      } else {
        successors.put(item.key(), successor);
      }
    }
    if (violations.isEmpty()) {
      String reason = trim(given.reason());
      openWork.handOver(official, successors, reason == null ? what : reason, actor.username());
    }
  }

  private void checkPassword(String password, List<FieldViolation> violations) {
    if (password == null || password.isBlank()) {
      violations.add(new FieldViolation("password", "初始密码必填"));
    } else if (password.length() < MIN_PASSWORD) {
      violations.add(new FieldViolation("password", "密码至少 " + MIN_PASSWORD + " 个字符"));
    }
  }

  private static void mayManage(OfficialRole role, Actor actor) {
    if (!actor.administrator() && role != OfficialRole.UNIT) {
      throw new NotAssignedException("整改办只能管理责任单位的干部");
    }
  }

  private static void mayManageOrViolate(
      OfficialRole role, Actor actor, List<FieldViolation> violations) {
    if (!actor.administrator() && role != OfficialRole.UNIT) {
      violations.add(new FieldViolation("role", "整改办只能管理责任单位的干部；其他角色请由系统管理员设置"));
    }
  }

  private Unit activeUnit(String code) {
    return units
        .findByCode(code)
        .filter(Unit::isActive)
        .orElseThrow(() -> new NotFoundException("未找到在用的责任单位：" + code));
  }

  private Official activeOfficial(String username) {
    return officials
        .findByUsername(username)
        .filter(Official::isActive)
        .orElseThrow(() -> new NotFoundException("未找到在用的干部：" + username));
  }

  private static <T> T orThrow(Result<T> result) {
    if (!result.violations().isEmpty()) {
      throw new InvalidInputException(result.violations());
    }
    return result.value();
  }

  static String trim(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  private static Map<String, Object> unitView(Unit unit) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("code", unit.getCode());
    view.put("name", unit.getName());
    view.put("shortName", unit.getShortNameAsEntered());
    view.put("parent", unit.getParent() == null ? null : unit.getParent().getCode());
    view.put("active", unit.isActive());
    return view;
  }

  private static Map<String, Object> officialView(Official official) {
    return officialView(
        official.getDisplayName(),
        official.getTitle(),
        official.getRole(),
        official.getUnit(),
        official.getEmail(),
        official.getPhone(),
        official);
  }

  private static Map<String, Object> officialView(
      String displayName,
      String title,
      OfficialRole role,
      Unit unit,
      String email,
      String phone,
      Official official) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("username", official.getUsername());
    view.put("displayName", displayName);
    view.put("title", title);
    view.put("role", role == null ? null : role.name());
    view.put("unit", unit == null ? null : unit.getCode());
    view.put("email", email);
    view.put("phone", phone);
    view.put("active", official.isActive());
    return view;
  }

  /** A saved record or what was wrong with the input. */
  record Result<T>(T value, List<FieldViolation> violations) {
    static <T> Result<T> ok(T value) {
      return new Result<>(value, List.of());
    }

    static <T> Result<T> failed(List<FieldViolation> violations) {
      return new Result<>(null, List.copyOf(violations));
    }
  }
}
