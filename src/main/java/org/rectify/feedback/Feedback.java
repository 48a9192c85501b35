package org.rectify.feedback;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.Track;

/** 反馈意见: what the inspection team handed over, as aspects with findings, and suggestions. */
@Entity
@Table(name = "feedback")
public class Feedback {

  @Id private UUID id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "inspection_id")
  private Inspection inspection;

  private String summary;

  @OneToMany(mappedBy = "feedback", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("ordinal")
  private List<Aspect> aspects = new ArrayList<>();

  @OneToMany(mappedBy = "feedback", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("ordinal")
  private List<Suggestion> suggestions = new ArrayList<>();

  protected Feedback() {}

  public Feedback(Inspection inspection, String summary) {
    this.id = UUID.randomUUID();
    this.inspection = inspection;
    this.summary = summary;
  }

  public Aspect addAspect(String heading, Track track) {
    Aspect aspect = new Aspect(this, aspects.size() + 1, heading, track);
    aspects.add(aspect);
    return aspect;
  }

  public Suggestion addSuggestion(String text) {
    Suggestion suggestion = new Suggestion(this, suggestions.size() + 1, text);
    suggestions.add(suggestion);
    return suggestion;
  }

  public UUID getId() {
    return id;
  }

  public Inspection getInspection() {
    return inspection;
  }

  public String getSummary() {
    return summary;
  }

  public List<Aspect> getAspects() {
    return Collections.unmodifiableList(aspects);
  }

  public List<Suggestion> getSuggestions() {
    return Collections.unmodifiableList(suggestions);
  }

  /** Every finding, sub-findings after their parent, in reading order. */
  public List<Finding> allFindings() {
    List<Finding> all = new ArrayList<>();
    for (Aspect aspect : aspects) {
      for (Finding finding : aspect.getFindings()) {
        all.add(finding);
        all.addAll(finding.getChildren());
      }
    }
    return all;
  }
}
