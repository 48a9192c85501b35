package org.rectify.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.rectify.web.FieldViolation;
import org.rectify.web.InvalidInputException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads the audit log; open to the office and supervisors only (see SecurityConfig). */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "审计日志", description = "业务操作的审计记录，仅整改办和督查督办可查看")
class AuditController {

  static final int MAX_PAGE_SIZE = 200;

  private final AuditEntryRepository entries;
  private final ZoneId zone;

  AuditController(AuditEntryRepository entries, Clock clock) {
    this.entries = entries;
    this.zone = clock.getZone();
  }

  @GetMapping
  @Operation(summary = "查询审计日志", description = "按对象类型/编号、操作人、日期（含起止日，北京时间）筛选，按时间倒序分页。")
  @Transactional(readOnly = true)
  AuditPage search(
      @RequestParam(required = false) String subjectType,
      @RequestParam(required = false) String subjectId,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    List<FieldViolation> violations = new ArrayList<>();
    LocalDate fromDate = date("from", from, violations);
    LocalDate toDate = date("to", to, violations);
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      violations.add(new FieldViolation("to", "结束日期不能早于开始日期"));
    }
    if (page < 0) {
      violations.add(new FieldViolation("page", "页码不能为负数"));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      violations.add(new FieldViolation("size", "每页条数应在 1 到 " + MAX_PAGE_SIZE + " 之间"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    Specification<AuditEntry> filter =
        (root, query, cb) -> {
          List<Predicate> where = new ArrayList<>();
          if (subjectType != null && !subjectType.isBlank()) {
            where.add(cb.equal(root.get("subjectType"), subjectType.strip()));
          }
          if (subjectId != null && !subjectId.isBlank()) {
            where.add(cb.equal(root.get("subjectId"), subjectId.strip()));
          }
          if (actor != null && !actor.isBlank()) {
            where.add(cb.equal(root.get("actor"), actor.strip()));
          }
          if (fromDate != null) {
            Instant start = fromDate.atStartOfDay(zone).toInstant();
            where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), start));
          }
          if (toDate != null) {
            Instant end = toDate.plusDays(1).atStartOfDay(zone).toInstant();
            where.add(cb.lessThan(root.get("occurredAt"), end));
          }
          return cb.and(where.toArray(Predicate[]::new));
        };
    Page<AuditEntry> found =
        entries.findAll(
            filter, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "occurredAt")));
    return new AuditPage(
        found.getContent().stream().map(AuditView::of).toList(),
        page,
        size,
        found.getTotalElements());
  }

  private static LocalDate date(String field, String value, List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      violations.add(new FieldViolation(field, "日期无效，应为 yyyy-MM-dd：" + value));
      return null;
    }
  }

  /** One page of the log, newest first. */
  record AuditPage(List<AuditView> items, int page, int size, long total) {}

  /** An audit entry as the API shows it. */
  record AuditView(
      UUID id,
      Instant occurredAt,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String summary,
      String before,
      String after,
      String requestId) {
    static AuditView of(AuditEntry e) {
      return new AuditView(
          e.getId(),
          e.getOccurredAt(),
          e.getActor(),
          e.getAction(),
          e.getSubjectType(),
          e.getSubjectId(),
          e.getSummary(),
          e.getBefore(),
          e.getAfter(),
          e.getRequestId());
    }
  }
}
