package org.rectify.organization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rectify.organization.DirectoryInput.Actor;
import org.rectify.organization.DirectoryInput.HandoverInput;
import org.rectify.organization.DirectoryInput.OfficialInput;
import org.rectify.organization.DirectoryInput.ProfileInput;
import org.rectify.organization.DirectoryInput.UnitInput;
import org.rectify.web.FieldViolation;
import org.rectify.web.InvalidInputException;
import org.rectify.web.NotAssignedException;
import org.rectify.web.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 组织目录页面 ({@code /directory}): administrators (and the office for units and unit staff) create,
 * rename and deactivate units, create and change officials, reset passwords and hand open work
 * over. Plain HTML forms posting to the same service as the API; a refused input shows the page
 * again with every bad field named.
 */
@Controller
class DirectoryPage {

  private static final String PAGE = "pages/directory";
  private static final String OFFICIAL_PAGE = "pages/directory-official";
  private static final String SUCCESSOR_PREFIX = "successor.";

  /** How the page names the API's fields in its messages. */
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("code", "单位代码"),
          Map.entry("name", "单位名称"),
          Map.entry("shortName", "简称"),
          Map.entry("parent", "上级单位"),
          Map.entry("username", "用户名"),
          Map.entry("displayName", "姓名"),
          Map.entry("title", "职务"),
          Map.entry("role", "角色"),
          Map.entry("unit", "所属单位"),
          Map.entry("email", "电子邮箱"),
          Map.entry("phone", "电话"),
          Map.entry("password", "密码"),
          Map.entry("body", "表单"));

  private final DirectoryService directory;
  private final UnitRepository units;
  private final OfficialRepository officials;

  DirectoryPage(DirectoryService directory, UnitRepository units, OfficialRepository officials) {
    this.directory = directory;
    this.units = units;
    this.officials = officials;
  }

  record UnitRow(String code, String name, String shortName, String parent, boolean active) {}

  record OfficialRow(
      String username,
      String displayName,
      String title,
      String role,
      String roleLabel,
      String unit,
      String unitName,
      String email,
      String phone,
      boolean active) {}

  record Option(String value, String label) {}

  record Problem(String field, String message) {}

  @GetMapping("/directory")
  @Transactional(readOnly = true)
  String page(Model model, CsrfToken csrf, Authentication who) {
    fill(model, csrf, who);
    return PAGE;
  }

  @GetMapping("/directory/officials/{username}")
  @Transactional(readOnly = true)
  String official(@PathVariable String username, Model model, CsrfToken csrf, Authentication who) {
    Official official =
        officials
            .findByUsername(username)
            .orElseThrow(() -> new NotFoundException("未找到干部：" + username));
    fill(model, csrf, who);
    model.addAttribute("official", view(row(official)));
    List<OpenWorkItem> work = official.isActive() ? directory.openWorkOf(username) : List.of();
    model.addAttribute(
        "openWork",
        view(
            work.stream()
                .map(
                    i ->
                        Map.of(
                            "key", i.key(),
                            "kind", i.kind().label(),
                            "label", i.label(),
                            "successors",
                                officials.findAllByOrderByUsername().stream()
                                    .filter(o -> !o.getUsername().equals(username))
                                    .filter(i::acceptsSuccessor)
                                    .map(
                                        o ->
                                            new Option(
                                                o.getUsername(),
                                                o.getDisplayName() + "（" + o.getUsername() + "）"))
                                    .toList()))
                .toList()));
    model.addAttribute(
        "successors",
        view(
            officials.findAllByOrderByUsername().stream()
                .filter(Official::isActive)
                .filter(o -> !o.getUsername().equals(username))
                .map(
                    o ->
                        new Option(
                            o.getUsername(), o.getDisplayName() + "（" + o.getUsername() + "）"))
                .toList()));
    return OFFICIAL_PAGE;
  }

  @PostMapping("/directory/units")
  String createUnit(
      @RequestParam Map<String, String> form, Authentication who, RedirectAttributes redirect) {
    return act(
        () ->
            "已新建责任单位："
                + directory
                    .createUnit(
                        new UnitInput(
                            form.get("code"),
                            form.get("name"),
                            form.get("shortName"),
                            form.get("parent")),
                        actor(who))
                    .getName(),
        "/directory",
        redirect);
  }

  @PostMapping("/directory/units/{code}")
  String updateUnit(
      @PathVariable String code,
      @RequestParam Map<String, String> form,
      Authentication who,
      RedirectAttributes redirect) {
    return act(
        () ->
            "已修改责任单位："
                + directory
                    .updateUnit(
                        code,
                        new UnitInput(
                            code, form.get("name"), form.get("shortName"), form.get("parent")),
                        actor(who))
                    .getName(),
        "/directory",
        redirect);
  }

  @PostMapping("/directory/units/{code}/deactivate")
  String deactivateUnit(
      @PathVariable String code, Authentication who, RedirectAttributes redirect) {
    return act(
        () -> "已停用责任单位：" + directory.deactivateUnit(code, actor(who)).getName(),
        "/directory",
        redirect);
  }

  @PostMapping("/directory/officials")
  String createOfficial(
      @RequestParam Map<String, String> form, Authentication who, RedirectAttributes redirect) {
    return act(
        () -> {
          Official official =
              directory.createOfficial(
                  new OfficialInput(
                      form.get("username"),
                      form.get("displayName"),
                      form.get("title"),
                      form.get("role"),
                      form.get("unit"),
                      form.get("email"),
                      form.get("phone"),
                      form.get("password")),
                  actor(who));
          return "已新建干部：" + official.getDisplayName() + "（" + official.getUsername() + "）";
        },
        "/directory",
        redirect);
  }

  @PostMapping("/directory/officials/{username}/profile")
  String updateProfile(
      @PathVariable String username,
      @RequestParam Map<String, String> form,
      Authentication who,
      RedirectAttributes redirect) {
    return act(
        () ->
            "已修改资料："
                + directory
                    .updateProfile(
                        username,
                        new ProfileInput(
                            form.get("displayName"),
                            form.get("title"),
                            form.get("email"),
                            form.get("phone")),
                        actor(who))
                    .getDisplayName(),
        "/directory/officials/" + username,
        redirect);
  }

  @PostMapping("/directory/officials/{username}/role")
  String changeRole(
      @PathVariable String username,
      @RequestParam Map<String, String> form,
      Authentication who,
      RedirectAttributes redirect) {
    return act(
        () ->
            "已调整角色或单位："
                + directory
                    .changeRole(
                        username, form.get("role"), form.get("unit"), handover(form), actor(who))
                    .getDisplayName(),
        "/directory/officials/" + username,
        redirect);
  }

  @PostMapping("/directory/officials/{username}/password")
  String resetPassword(
      @PathVariable String username,
      @RequestParam Map<String, String> form,
      Authentication who,
      RedirectAttributes redirect) {
    return act(
        () -> {
          directory.resetPassword(username, form.get("password"), actor(who));
          return "已重置密码：" + username;
        },
        "/directory/officials/" + username,
        redirect);
  }

  @PostMapping("/directory/officials/{username}/deactivate")
  String deactivateOfficial(
      @PathVariable String username,
      @RequestParam Map<String, String> form,
      Authentication who,
      RedirectAttributes redirect) {
    return act(
        () ->
            "已停用干部："
                + directory
                    .deactivateOfficial(username, handover(form), actor(who))
                    .getDisplayName(),
        "/directory",
        redirect);
  }

  /**
   * Runs one change and goes back to the page (post/redirect/get) with a notice, or with every
   * problem named when the change was refused (nothing of it was written).
   */
  private String act(
      java.util.function.Supplier<String> change, String back, RedirectAttributes redirect) {
    List<Problem> problems = new ArrayList<>();
    try {
      redirect.addFlashAttribute("notice", change.get());
    } catch (InvalidInputException e) {
      for (FieldViolation v : e.getViolations()) {
        problems.add(new Problem(label(v.field()), v.message()));
      }
    } catch (NotAssignedException e) {
      problems.add(new Problem("权限", e.getMessage()));
    } catch (NotFoundException e) {
      problems.add(new Problem("对象", e.getMessage()));
    }
    if (!problems.isEmpty()) {
      redirect.addFlashAttribute("problems", view(problems));
    }
    return "redirect:" + back;
  }

  private void fill(Model model, CsrfToken csrf, Authentication who) {
    Actor actor = actor(who);
    model.addAttribute("csrfParameter", csrf.getParameterName());
    model.addAttribute("csrfToken", csrf.getToken());
    model.addAttribute("administrator", actor.administrator());
    model.addAttribute("me", actor.username());
    List<Unit> all = units.findAllByOrderByCode();
    model.addAttribute(
        "units",
        view(
            all.stream()
                .map(
                    u ->
                        new UnitRow(
                            u.getCode(),
                            u.getName(),
                            u.getShortNameAsEntered() == null ? "" : u.getShortNameAsEntered(),
                            u.getParent() == null ? "" : u.getParent().getCode(),
                            u.isActive()))
                .toList()));
    model.addAttribute(
        "activeUnits",
        view(
            all.stream()
                .filter(Unit::isActive)
                .map(u -> new Option(u.getCode(), u.getName() + "（" + u.getCode() + "）"))
                .toList()));
    model.addAttribute(
        "parentUnits",
        view(
            all.stream()
                .filter(Unit::isActive)
                .filter(u -> u.getParent() == null)
                .map(u -> new Option(u.getCode(), u.getName() + "（" + u.getCode() + "）"))
                .toList()));
    model.addAttribute(
        "officials",
        view(officials.findAllByOrderByUsername().stream().map(DirectoryPage::row).toList()));
    model.addAttribute(
        "roles",
        view(
            Arrays.stream(OfficialRole.values())
                .filter(r -> actor.administrator() || r == OfficialRole.UNIT)
                .map(r -> new Option(r.name(), r.label()))
                .toList()));
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
  }

  /** Templates read maps (FreeMarker's wrapper does not expose record components as properties). */
  static Object view(Object value) {
    if (value instanceof Record record) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (java.lang.reflect.RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          map.put(component.getName(), view(component.getAccessor().invoke(record)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return map;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(DirectoryPage::view).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, view(v)));
      return copy;
    }
    return value;
  }

  private static OfficialRow row(Official o) {
    return new OfficialRow(
        o.getUsername(),
        o.getDisplayName(),
        o.getTitle() == null ? "" : o.getTitle(),
        o.getRole().name(),
        o.getRole().label(),
        o.getUnit() == null ? "" : o.getUnit().getCode(),
        o.getUnit() == null ? "" : o.getUnit().getName(),
        o.getEmail() == null ? "" : o.getEmail(),
        o.getPhone() == null ? "" : o.getPhone(),
        o.isActive());
  }

  /** {@code successor} for all, {@code successor.<item key>} per item. */
  private static HandoverInput handover(Map<String, String> form) {
    Map<String, String> each = new LinkedHashMap<>();
    form.forEach(
        (name, value) -> {
          if (name.startsWith(SUCCESSOR_PREFIX) && value != null && !value.isBlank()) {
            each.put(name.substring(SUCCESSOR_PREFIX.length()), value);
          }
        });
    return new HandoverInput(form.get("successor"), each, form.get("reason"));
  }

  private static String label(String field) {
    if (field.startsWith("handover.")) {
      return "接手人";
    }
    return LABELS.getOrDefault(field, field);
  }

  private static Actor actor(Authentication who) {
    return DirectoryController.actor(who);
  }
}
