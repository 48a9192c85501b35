package org.rectify.inspection;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** 一次巡视/巡察: who inspected whom, when, and when the feedback was handed over. */
@Entity
@Table(name = "inspection")
public class Inspection {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InspectionLevel level;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InspectionType type;

  /** 轮次, e.g. {@code 2022-2027年第二轮常规巡察}. */
  private String roundLabel;

  /** 专项 topic, e.g. {@code 营商环境}. */
  private String specialTopic;

  /** 巡视/巡察主体, e.g. {@code 区委}. */
  @Column(nullable = false)
  private String inspectingBody;

  /** 巡视组/巡察组, e.g. {@code 区委第一巡察组}. */
  @Column(nullable = false)
  private String inspectionTeam;

  /** 被巡视(察)党组织, full name. */
  @Column(nullable = false)
  private String inspectedOrganization;

  private String inspectedOrganizationShort;

  private LocalDate onSiteStart;
  private LocalDate onSiteEnd;

  @Column(nullable = false)
  private LocalDate feedbackDate;

  @Column(nullable = false)
  private String createdBy;

  @Column(nullable = false)
  private Instant createdAt;

  /** Who handed the findings over (分解交办) and when; null until then. */
  private String assignedBy;

  private Instant assignedAt;

  /** When its InspectionRectification process was started; null until then. */
  private Instant processStartedAt;

  @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("ordinal")
  private List<Track> tracks = new ArrayList<>();

  protected Inspection() {}

  public Inspection(
      InspectionLevel level,
      InspectionType type,
      String inspectingBody,
      String inspectionTeam,
      String inspectedOrganization,
      LocalDate feedbackDate,
      String createdBy) {
    this.id = UUID.randomUUID();
    this.level = level;
    this.type = type;
    this.inspectingBody = inspectingBody;
    this.inspectionTeam = inspectionTeam;
    this.inspectedOrganization = inspectedOrganization;
    this.feedbackDate = feedbackDate;
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
  }

  /** 分解交办 done: the office handed the findings over to rectification. */
  public void recordAssignment(String by, Instant at) {
    this.assignedBy = by;
    this.assignedAt = at;
  }

  /** The inspection's process has been started (the domain's record of it). */
  public void recordProcessStart(Instant at) {
    this.processStartedAt = at;
  }

  public Instant getProcessStartedAt() {
    return processStartedAt;
  }

  public String getAssignedBy() {
    return assignedBy;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }

  public Inspection describedAs(String roundLabel, String specialTopic, String shortName) {
    this.roundLabel = roundLabel;
    this.specialTopic = specialTopic;
    this.inspectedOrganizationShort = shortName;
    return this;
  }

  public Inspection onSite(LocalDate start, LocalDate end) {
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("进驻结束日期早于开始日期");
    }
    this.onSiteStart = start;
    this.onSiteEnd = end;
    return this;
  }

  public Track addTrack(String name) {
    Track track = new Track(this, tracks.size() + 1, name);
    tracks.add(track);
    return track;
  }

  public UUID getId() {
    return id;
  }

  public InspectionLevel getLevel() {
    return level;
  }

  public InspectionType getType() {
    return type;
  }

  public String getRoundLabel() {
    return roundLabel;
  }

  public String getSpecialTopic() {
    return specialTopic;
  }

  public String getInspectingBody() {
    return inspectingBody;
  }

  public String getInspectionTeam() {
    return inspectionTeam;
  }

  public String getInspectedOrganization() {
    return inspectedOrganization;
  }

  public String getInspectedOrganizationShort() {
    return inspectedOrganizationShort != null ? inspectedOrganizationShort : inspectedOrganization;
  }

  public LocalDate getOnSiteStart() {
    return onSiteStart;
  }

  public LocalDate getOnSiteEnd() {
    return onSiteEnd;
  }

  public LocalDate getFeedbackDate() {
    return feedbackDate;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<Track> getTracks() {
    return Collections.unmodifiableList(tracks);
  }
}
