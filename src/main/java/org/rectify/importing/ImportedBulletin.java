package org.rectify.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * 导入的通报: the published bulletin an inspection was registered from, frozen beside it — the uploaded
 * file as it came and the text it was read from. Written once, never changed; its existence marks
 * the inspection as imported from a document.
 */
@Entity
@Immutable
@Table(name = "imported_bulletin")
public class ImportedBulletin {

  @Id private UUID id;

  @Column(nullable = false)
  private UUID inspectionId;

  private String fileName;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private byte[] original;

  @Column(nullable = false)
  private String textContent;

  @Column(nullable = false)
  private String textSha256;

  @Column(nullable = false)
  private String importedBy;

  @Column(nullable = false)
  private Instant importedAt;

  protected ImportedBulletin() {}

  ImportedBulletin(
      UUID inspectionId,
      String fileName,
      String title,
      byte[] original,
      String textContent,
      String textSha256,
      String importedBy,
      Instant importedAt) {
    this.id = UUID.randomUUID();
    this.inspectionId = inspectionId;
    this.fileName = fileName;
    this.title = title;
    this.original = original.clone();
    this.textContent = textContent;
    this.textSha256 = textSha256;
    this.importedBy = importedBy;
    this.importedAt = importedAt;
  }

  public UUID getId() {
    return id;
  }

  public UUID getInspectionId() {
    return inspectionId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getTitle() {
    return title;
  }

  public byte[] getOriginal() {
    return original.clone();
  }

  public String getTextContent() {
    return textContent;
  }

  public String getTextSha256() {
    return textSha256;
  }

  public String getImportedBy() {
    return importedBy;
  }

  public Instant getImportedAt() {
    return importedAt;
  }
}
