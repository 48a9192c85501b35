package org.rectify.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * 审计记录: one business action — who (actor), what (action), on which record (subject type and id),
 * when, the record before and after as JSON, and the request it came with. Written once, never
 * changed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id private UUID id;

  @Column(nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  @Column(nullable = false)
  private String subjectType;

  @Column(nullable = false)
  private String subjectId;

  private String summary;

  @Column(name = "before_json")
  private String before;

  @Column(name = "after_json")
  private String after;

  private String requestId;

  protected AuditEntry() {}

  AuditEntry(
      Instant occurredAt,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String summary,
      String before,
      String after,
      String requestId) {
    this.id = UUID.randomUUID();
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.summary = summary;
    this.before = before;
    this.after = after;
    this.requestId = requestId;
  }

  public UUID getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getSummary() {
    return summary;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }

  public String getRequestId() {
    return requestId;
  }
}
