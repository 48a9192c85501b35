package org.rectify.registration;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rectify.organization.Official;
import org.rectify.organization.OfficialRepository;
import org.rectify.organization.OfficialRole;
import org.rectify.organization.Unit;
import org.rectify.organization.UnitRepository;
import org.rectify.registration.InspectionRegistration.AspectInput;
import org.rectify.registration.InspectionRegistration.FindingInput;
import org.rectify.registration.InspectionRegistration.MeasureInput;
import org.rectify.validation.Dates;
import org.rectify.web.FieldViolation;
import org.rectify.web.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Checks a registration completely before anything is written: field rules, then references to
 * units and officials (one query each), then rules across fields. Reports every violation by JSON
 * path.
 */
@Component
class RegistrationValidator {

  private final Validator validator;
  private final UnitRepository units;
  private final OfficialRepository officials;

  RegistrationValidator(Validator validator, UnitRepository units, OfficialRepository officials) {
    this.validator = validator;
    this.units = units;
    this.officials = officials;
  }

  /** The units and officials the registration names, once it is known to be valid. */
  record References(Map<String, Unit> units, Map<String, Official> officials) {}

  References validate(InspectionRegistration registration) {
    List<FieldViolation> violations = new ArrayList<>();
    for (ConstraintViolation<InspectionRegistration> v : validator.validate(registration)) {
      violations.add(new FieldViolation(path(v), v.getMessage()));
    }
    References references = resolveReferences(registration, violations);
    if (violations.isEmpty()) {
      checkAcrossFields(registration, violations);
    }
    if (!violations.isEmpty()) {
      violations.sort(Comparator.comparing(FieldViolation::field));
      throw new InvalidInputException(violations);
    }
    return references;
  }

  private References resolveReferences(
      InspectionRegistration registration, List<FieldViolation> violations) {
    Map<String, String> unitPaths = new LinkedHashMap<>();
    Map<String, String> officialPaths = new LinkedHashMap<>();
    if (registration.feedback() != null && registration.feedback().aspects() != null) {
      List<AspectInput> aspects = registration.feedback().aspects();
      for (int a = 0; a < aspects.size(); a++) {
        AspectInput aspect = aspects.get(a);
        if (aspect == null || aspect.findings() == null) {
          continue;
        }
        String aspectPath = "feedback.aspects[" + a + "]";
        collectFindings(aspect.findings(), aspectPath + ".findings", unitPaths, officialPaths);
      }
    }
    Map<String, Unit> knownUnits =
        units.findByCodeIn(unitPaths.values()).stream()
            .collect(Collectors.toMap(Unit::getCode, Function.identity()));
    Map<String, Official> knownOfficials =
        officials.findByUsernameIn(officialPaths.values()).stream()
            .collect(Collectors.toMap(Official::getUsername, Function.identity()));
    unitPaths.forEach(
        (path, code) -> {
          if (!knownUnits.containsKey(code)) {
            violations.add(new FieldViolation(path, "未知的责任单位：" + code));
          }
        });
    officialPaths.forEach(
        (path, username) -> {
          Official official = knownOfficials.get(username);
          if (official == null) {
            violations.add(new FieldViolation(path, "未知的责任领导：" + username));
          } else if (official.getRole() != OfficialRole.LEADER) {
            violations.add(new FieldViolation(path, username + " 不是责任领导"));
          }
        });
    return new References(knownUnits, knownOfficials);
  }

  private static void collectFindings(
      List<FindingInput> findings,
      String listPath,
      Map<String, String> unitPaths,
      Map<String, String> officialPaths) {
    for (int f = 0; f < findings.size(); f++) {
      FindingInput finding = findings.get(f);
      if (finding == null) {
        continue;
      }
      String path = listPath + "[" + f + "]";
      putIfText(unitPaths, path + ".responsibleUnit", finding.responsibleUnit());
      putIfText(officialPaths, path + ".leadOfficial", finding.leadOfficial());
      if (finding.measures() != null) {
        for (int m = 0; m < finding.measures().size(); m++) {
          MeasureInput measure = finding.measures().get(m);
          if (measure != null && measure.responsibleUnits() != null) {
            for (int u = 0; u < measure.responsibleUnits().size(); u++) {
              putIfText(
                  unitPaths,
                  path + ".measures[" + m + "].responsibleUnits[" + u + "]",
                  measure.responsibleUnits().get(u));
            }
          }
        }
      }
      if (finding.subFindings() != null) {
        collectFindings(finding.subFindings(), path + ".subFindings", unitPaths, officialPaths);
      }
    }
  }

  private static void putIfText(Map<String, String> paths, String path, String value) {
    if (value != null && !value.isBlank()) {
      paths.put(path, value);
    }
  }

  private static void checkAcrossFields(
      InspectionRegistration registration, List<FieldViolation> violations) {
    LocalDate start = Dates.parse(registration.onSiteStart());
    LocalDate end = Dates.parse(registration.onSiteEnd());
    LocalDate feedbackDate = Dates.parse(registration.feedbackDate());
    if (start != null && end != null && end.isBefore(start)) {
      violations.add(new FieldViolation("onSiteEnd", "进驻结束日期不能早于开始日期 " + start));
    }
    if (end != null && feedbackDate.isBefore(end)) {
      violations.add(new FieldViolation("feedbackDate", "反馈日期不能早于进驻结束日期 " + end));
    }
    int trackCount = registration.tracks() == null ? 0 : registration.tracks().size();
    List<AspectInput> aspects = registration.feedback().aspects();
    for (int a = 0; a < aspects.size(); a++) {
      AspectInput aspect = aspects.get(a);
      String aspectPath = "feedback.aspects[" + a + "]";
      if (aspect.track() != null && (aspect.track() < 1 || aspect.track() > trackCount)) {
        violations.add(
            new FieldViolation(aspectPath + ".track", "类别序号应在 1 到 " + trackCount + " 之间"));
      }
      checkFindings(aspect.findings(), aspectPath + ".findings", feedbackDate, false, violations);
    }
  }

  private static void checkFindings(
      List<FindingInput> findings,
      String listPath,
      LocalDate feedbackDate,
      boolean parentHasUnit,
      List<FieldViolation> violations) {
    for (int f = 0; f < findings.size(); f++) {
      FindingInput finding = findings.get(f);
      String path = listPath + "[" + f + "]";
      if (Boolean.FALSE.equals(finding.publiclyDisclosed())
          && (finding.nondisclosureReason() == null || finding.nondisclosureReason().isBlank())) {
        violations.add(new FieldViolation(path + ".nondisclosureReason", "不公开的问题必须说明理由"));
      }
      boolean hasUnit =
          parentHasUnit
              || (finding.responsibleUnit() != null && !finding.responsibleUnit().isBlank());
      if (finding.measures() != null) {
        for (int m = 0; m < finding.measures().size(); m++) {
          MeasureInput measure = finding.measures().get(m);
          String measurePath = path + ".measures[" + m + "]";
          if (Dates.parse(measure.deadline()).isBefore(feedbackDate)) {
            violations.add(
                new FieldViolation(measurePath + ".deadline", "整改时限不能早于反馈日期 " + feedbackDate));
          }
          boolean namesUnits =
              measure.responsibleUnits() != null && !measure.responsibleUnits().isEmpty();
          if (!namesUnits && !hasUnit) {
            violations.add(
                new FieldViolation(measurePath + ".responsibleUnits", "措施必须有责任单位（或为问题指定责任单位）"));
          }
        }
      }
      if (finding.subFindings() != null) {
        checkFindings(
            finding.subFindings(), path + ".subFindings", feedbackDate, hasUnit, violations);
      }
    }
  }

  /** Hibernate Validator's path, with container-element markers removed. */
  private static String path(ConstraintViolation<?> violation) {
    return violation.getPropertyPath().toString().replace(".<list element>", "");
  }
}
