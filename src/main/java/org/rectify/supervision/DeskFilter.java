package org.rectify.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rectify.plan.Term;
import org.rectify.web.FieldViolation;
import org.rectify.web.InvalidInputException;

/**
 * 筛选条件 of the desk: every part of the screen (tables, charts, list, export) uses the same filter;
 * {@code light} chooses which measures the list shows (by default the red ones: the overdue list).
 *
 * @param inspectionId only this inspection
 * @param unitId only measures this unit is responsible for
 * @param leadOfficial only findings this official (username) leads
 * @param light the measures the list shows
 * @param term only this term
 * @param page the list's page, from 1
 */
public record DeskFilter(
    UUID inspectionId, UUID unitId, String leadOfficial, TrafficLight light, Term term, int page) {

  public static final int PAGE_SIZE = 50;

  /** Reads request parameters; every bad value is named at once (400), nothing is guessed. */
  public static DeskFilter parse(
      String inspection, String unit, String leadOfficial, String light, String term, String page) {
    List<FieldViolation> errors = new ArrayList<>();
    UUID inspectionId = uuid("inspection", inspection, "巡视巡察", errors);
    UUID unitId = uuid("unit", unit, "责任单位", errors);
    TrafficLight lightValue = TrafficLight.RED;
    if (light != null && !light.isBlank()) {
      try {
        lightValue = TrafficLight.valueOf(light.strip());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldViolation("light", "亮灯只能是 GREEN、YELLOW、RED 或 GREY：" + light));
      }
    }
    Term termValue = null;
    if (term != null && !term.isBlank()) {
      try {
        termValue = Term.valueOf(term.strip());
      } catch (IllegalArgumentException e) {
        errors.add(
            new FieldViolation("term", "整改时限类型只能是 IMMEDIATE、TIME_BOUND 或 LONG_TERM：" + term));
      }
    }
    int pageValue = 1;
    if (page != null && !page.isBlank()) {
      try {
        pageValue = Integer.parseInt(page.strip());
        if (pageValue < 1 || pageValue > 100_000) {
          errors.add(new FieldViolation("page", "页码应在 1 到 100000 之间：" + page));
        }
      } catch (NumberFormatException e) {
        errors.add(new FieldViolation("page", "页码必须是正整数：" + page));
      }
    }
    String lead = leadOfficial == null || leadOfficial.isBlank() ? null : leadOfficial.strip();
    if (lead != null && lead.length() > 64) {
      errors.add(new FieldViolation("leadOfficial", "责任领导用户名不能超过 64 个字符"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new DeskFilter(inspectionId, unitId, lead, lightValue, termValue, pageValue);
  }

  private static UUID uuid(String field, String value, String what, List<FieldViolation> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldViolation(field, what + "编号格式不正确：" + value));
      return null;
    }
  }

  /** The filter as query parameters (for links and the export of the same screen). */
  public Map<String, String> asParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (inspectionId != null) {
      parameters.put("inspection", inspectionId.toString());
    }
    if (unitId != null) {
      parameters.put("unit", unitId.toString());
    }
    if (leadOfficial != null) {
      parameters.put("leadOfficial", leadOfficial);
    }
    parameters.put("light", light.name());
    if (term != null) {
      parameters.put("term", term.name());
    }
    return parameters;
  }
}
