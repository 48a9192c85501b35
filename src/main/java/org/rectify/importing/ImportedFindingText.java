package org.rectify.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * 导入的问题正文: one paragraph a published bulletin printed under a finding (整改情况, 取得成效, 进展情况 … with its
 * label), kept with the imported finding.
 */
@Entity
@Table(name = "imported_finding_text")
public class ImportedFindingText {

  @Id private UUID id;

  @Column(nullable = false)
  private UUID findingId;

  @Column(nullable = false)
  private int position;

  private String label;

  @Column(nullable = false)
  private String body;

  protected ImportedFindingText() {}

  ImportedFindingText(UUID findingId, int position, String label, String body) {
    this.id = UUID.randomUUID();
    this.findingId = findingId;
    this.position = position;
    this.label = label;
    this.body = body;
  }

  public UUID getFindingId() {
    return findingId;
  }

  public int getPosition() {
    return position;
  }

  public String getLabel() {
    return label;
  }

  public String getBody() {
    return body;
  }
}
