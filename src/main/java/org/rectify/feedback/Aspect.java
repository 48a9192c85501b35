package org.rectify.feedback;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;
import org.rectify.inspection.Track;

/** 方面: one heading of the feedback (usually four or five) grouping its findings. */
@Entity
@Table(name = "aspect")
public class Aspect {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "feedback_id")
  private Feedback feedback;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "track_id")
  private Track track;

  @Column(nullable = false)
  private int ordinal;

  @Column(nullable = false)
  private String heading;

  /** Top-level findings only; sub-findings hang from their parent. */
  @OneToMany(mappedBy = "aspect", cascade = CascadeType.ALL, orphanRemoval = true)
  @SQLRestriction("parent_id is null")
  @OrderBy("ordinal")
  private List<Finding> findings = new ArrayList<>();

  protected Aspect() {}

  Aspect(Feedback feedback, int ordinal, String heading, Track track) {
    this.id = UUID.randomUUID();
    this.feedback = feedback;
    this.ordinal = ordinal;
    this.heading = heading;
    this.track = track;
  }

  public Finding addFinding(String text, FindingSource source) {
    Finding finding =
        new Finding(
            this, null, findings.size() + 1, ordinal + "." + (findings.size() + 1), text, source);
    findings.add(finding);
    return finding;
  }

  public UUID getId() {
    return id;
  }

  public Feedback getFeedback() {
    return feedback;
  }

  public Track getTrack() {
    return track;
  }

  public int getOrdinal() {
    return ordinal;
  }

  public String getHeading() {
    return heading;
  }

  public List<Finding> getFindings() {
    return Collections.unmodifiableList(findings);
  }
}
