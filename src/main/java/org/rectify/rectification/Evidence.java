package org.rectify.rectification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.rectify.plan.Measure;

/**
 * 佐证材料: metadata of a file proving a measure was carried out; the bytes are in {@link
 * EvidenceContent}.
 */
@Entity
@Table(name = "evidence")
public class Evidence {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "measure_id")
  private Measure measure;

  @Column(nullable = false)
  private String fileName;

  @Column(nullable = false)
  private String contentType;

  @Column(nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @Column(nullable = false)
  private String uploadedBy;

  @Column(nullable = false)
  private Instant uploadedAt;

  protected Evidence() {}

  public Evidence(
      Measure measure,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      String uploadedBy) {
    this.id = UUID.randomUUID();
    this.measure = measure;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public Measure getMeasure() {
    return measure;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
