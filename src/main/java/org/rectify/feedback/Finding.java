package org.rectify.feedback;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.rectify.organization.Official;
import org.rectify.organization.Unit;

/**
 * 具体问题: one problem of the feedback, possibly with sub-findings （1）（2）; owned by a responsible unit
 * and led by a responsible official once the office has split and assigned the feedback.
 */
@Entity
@Table(name = "finding")
public class Finding {

  /** Feedback order: by aspect, then finding, sub-findings right after their parent. */
  public static final Comparator<Finding> READING_ORDER =
      Comparator.comparingInt((Finding f) -> f.aspect.getOrdinal())
          .thenComparingInt(f -> f.parent == null ? f.ordinal : f.parent.ordinal)
          .thenComparingInt(f -> f.parent == null ? 0 : f.ordinal);

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "aspect_id")
  private Aspect aspect;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Finding parent;

  @OneToMany(mappedBy = "parent", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("ordinal")
  private List<Finding> children = new ArrayList<>();

  @Column(nullable = false)
  private int ordinal;

  /** Position in the feedback, {@code aspect.finding[.sub]}, e.g. {@code 2.3} or {@code 2.3.1}. */
  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String text;

  /** Evidence sentences the feedback gives after the problem statement. */
  private String detail;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FindingSource source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FindingStatus status = FindingStatus.NOT_STARTED;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "lead_official_id")
  private Official leadOfficial;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "responsible_unit_id")
  private Unit responsibleUnit;

  /** False for items marked 不公开: they stay out of the public (社会) edition of bulletins. */
  @Column(nullable = false)
  private boolean publiclyDisclosed = true;

  private String nondisclosureReason;

  /** The finding a 回头看 found relapsed, when this one reopens it. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reopened_from_id")
  private Finding reopenedFrom;

  @Version private int version;

  protected Finding() {}

  Finding(
      Aspect aspect, Finding parent, int ordinal, String code, String text, FindingSource source) {
    this.id = UUID.randomUUID();
    this.aspect = aspect;
    this.parent = parent;
    this.ordinal = ordinal;
    this.code = code;
    this.text = text;
    this.source = source;
  }

  public Finding addSubFinding(String text) {
    Finding child =
        new Finding(
            aspect, this, children.size() + 1, code + "." + (children.size() + 1), text, source);
    children.add(child);
    return child;
  }

  public Finding describedAs(String detail) {
    this.detail = detail;
    return this;
  }

  /** 分解交办: the office names the responsible unit and the leading official. */
  public void assign(Unit unit, Official leadOfficial) {
    this.responsibleUnit = unit;
    this.leadOfficial = leadOfficial;
  }

  public void changeStatus(FindingStatus status) {
    this.status = status;
  }

  /**
   * 反弹重启: a 回头看 found this closed-out finding relapsed; a new top-level finding of the same aspect,
   * unit and lead official (source {@link FindingSource#FOLLOW_UP_RELAPSE}) takes it up again.
   */
  public Finding reopenAsRelapse() {
    if (!status.isFinished()) {
      throw new IllegalStateException("只有已销号的问题才能因反弹重新整改：" + code);
    }
    Finding reopened = aspect.addFinding(text, FindingSource.FOLLOW_UP_RELAPSE);
    reopened.detail = detail;
    reopened.reopenedFrom = this;
    reopened.assign(responsibleUnit, leadOfficial);
    reopened.publiclyDisclosed = publiclyDisclosed;
    reopened.nondisclosureReason = nondisclosureReason;
    return reopened;
  }

  /** Keeps the finding out of the public edition; a reason is mandatory. */
  public void withholdFromPublic(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("不公开必须说明理由");
    }
    this.publiclyDisclosed = false;
    this.nondisclosureReason = reason;
  }

  public UUID getId() {
    return id;
  }

  public Aspect getAspect() {
    return aspect;
  }

  public Finding getParent() {
    return parent;
  }

  public List<Finding> getChildren() {
    return Collections.unmodifiableList(children);
  }

  /** 具体问题: a finding without sub-findings (the rule {@link LedgerCounts} counts by). */
  public boolean isLeaf() {
    return children.isEmpty();
  }

  public int getOrdinal() {
    return ordinal;
  }

  public String getCode() {
    return code;
  }

  public String getText() {
    return text;
  }

  public String getDetail() {
    return detail;
  }

  public FindingSource getSource() {
    return source;
  }

  public FindingStatus getStatus() {
    return status;
  }

  public Official getLeadOfficial() {
    return leadOfficial;
  }

  public Unit getResponsibleUnit() {
    return responsibleUnit;
  }

  public Finding getReopenedFrom() {
    return reopenedFrom;
  }

  /** How task names show the finding: number and short title, e.g. 【1.2.1】落实“第一议题”不到位. */
  public String label() {
    return "【" + code + "】" + shortTitle();
  }

  public boolean isPubliclyDisclosed() {
    return publiclyDisclosed;
  }

  public String getNondisclosureReason() {
    return nondisclosureReason;
  }

  /** A short title for task names: the text up to its first full stop, at most 30 characters. */
  public String shortTitle() {
    String first = text.split("[。；;]", 2)[0];
    return first.length() <= 30 ? first : first.substring(0, 29) + "…";
  }
}
