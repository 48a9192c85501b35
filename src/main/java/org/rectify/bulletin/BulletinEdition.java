package org.rectify.bulletin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * 通报定稿: what was published, frozen — the text, HTML and Word outputs, the ledger snapshot,
 * narrative and profile they were rendered from, the template version and SHA-256 of each. Written
 * once; later template or ledger changes never touch it.
 */
@Entity
@Immutable
@EntityListeners(EditionPublicationListener.class)
@Table(name = "bulletin_edition")
public class BulletinEdition {

  @Id private UUID id;

  @Column(nullable = false)
  private UUID bulletinId;

  @Column(nullable = false)
  private UUID inspectionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Audience audience;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String organization;

  @Column(nullable = false)
  private LocalDate bulletinDate;

  @Column(nullable = false)
  private String publishedBy;

  @Column(nullable = false)
  private Instant publishedAt;

  @Column(nullable = false)
  private String profile;

  @Column(nullable = false)
  private String templateVersion;

  @Column(nullable = false)
  private byte[] sourceJson;

  @Column(nullable = false)
  private byte[] textContent;

  @Column(nullable = false)
  private byte[] htmlContent;

  @Column(nullable = false)
  private byte[] docxContent;

  @Column(nullable = false)
  private String sourceSha256;

  @Column(nullable = false)
  private String textSha256;

  @Column(nullable = false)
  private String htmlSha256;

  @Column(nullable = false)
  private String docxSha256;

  protected BulletinEdition() {}

  BulletinEdition(
      UUID bulletinId,
      UUID inspectionId,
      BulletinDocument doc,
      String publishedBy,
      Instant publishedAt,
      LocalDate publishedOn,
      String templateVersion,
      byte[] sourceJson,
      byte[] text,
      byte[] html,
      byte[] docx) {
    this.id = UUID.randomUUID();
    this.bulletinId = bulletinId;
    this.inspectionId = inspectionId;
    this.audience = doc.audience();
    this.title = doc.title();
    this.organization = doc.organization();
    this.bulletinDate = doc.date() != null ? doc.date() : publishedOn;
    this.publishedBy = publishedBy;
    this.publishedAt = publishedAt;
    this.profile = doc.profile();
    this.templateVersion = templateVersion;
    this.sourceJson = sourceJson.clone();
    this.textContent = text.clone();
    this.htmlContent = html.clone();
    this.docxContent = docx.clone();
    this.sourceSha256 = BulletinRenderer.sha256(sourceJson);
    this.textSha256 = BulletinRenderer.sha256(text);
    this.htmlSha256 = BulletinRenderer.sha256(html);
    this.docxSha256 = BulletinRenderer.sha256(docx);
  }

  /** True when every stored output still matches the hash recorded at publication. */
  public boolean intact() {
    return BulletinRenderer.sha256(textContent).equals(textSha256)
        && BulletinRenderer.sha256(htmlContent).equals(htmlSha256)
        && BulletinRenderer.sha256(docxContent).equals(docxSha256)
        && BulletinRenderer.sha256(sourceJson).equals(sourceSha256);
  }

  public UUID getId() {
    return id;
  }

  public UUID getBulletinId() {
    return bulletinId;
  }

  public UUID getInspectionId() {
    return inspectionId;
  }

  public Audience getAudience() {
    return audience;
  }

  public String getTitle() {
    return title;
  }

  public String getOrganization() {
    return organization;
  }

  public LocalDate getBulletinDate() {
    return bulletinDate;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getProfile() {
    return profile;
  }

  public String getTemplateVersion() {
    return templateVersion;
  }

  public byte[] getSourceJson() {
    return sourceJson.clone();
  }

  public byte[] getTextContent() {
    return textContent.clone();
  }

  public byte[] getHtmlContent() {
    return htmlContent.clone();
  }

  public byte[] getDocxContent() {
    return docxContent.clone();
  }

  public String getSourceSha256() {
    return sourceSha256;
  }

  public String getTextSha256() {
    return textSha256;
  }

  public String getHtmlSha256() {
    return htmlSha256;
  }

  public String getDocxSha256() {
    return docxSha256;
  }
}
