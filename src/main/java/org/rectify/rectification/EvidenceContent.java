package org.rectify.rectification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of one {@link Evidence} file, loaded only for download. */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent {

  @Id private UUID evidenceId;

  @Column(nullable = false)
  private byte[] content;

  protected EvidenceContent() {}

  public EvidenceContent(UUID evidenceId, byte[] content) {
    this.evidenceId = evidenceId;
    this.content = content.clone();
  }

  public UUID getEvidenceId() {
    return evidenceId;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
