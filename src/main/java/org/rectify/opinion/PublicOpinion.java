package org.rectify.opinion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * 意见建议: an opinion the public sent on a published bulletin edition (no login), with its triage by
 * the office. The sender's address is kept only as a keyed hash ({@link AddressHasher}).
 */
@Entity
@Table(name = "public_opinion")
public class PublicOpinion {

  @Id private UUID id;

  @Column(nullable = false)
  private UUID editionId;

  @Column(nullable = false)
  private UUID bulletinId;

  @Column(nullable = false)
  private String text;

  private String senderName;

  private String contact;

  @Column(nullable = false)
  private String addressHash;

  @Column(nullable = false)
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OpinionStatus status = OpinionStatus.RECEIVED;

  private String triagedBy;

  private Instant triagedAt;

  private String triageNote;

  @Version private int version;

  protected PublicOpinion() {}

  PublicOpinion(
      UUID editionId,
      UUID bulletinId,
      String text,
      String senderName,
      String contact,
      String addressHash,
      Instant receivedAt) {
    this.id = UUID.randomUUID();
    this.editionId = editionId;
    this.bulletinId = bulletinId;
    this.text = text;
    this.senderName = senderName;
    this.contact = contact;
    this.addressHash = addressHash;
    this.receivedAt = receivedAt;
  }

  /** Records the office's outcome; an opinion is triaged once. */
  void triage(OpinionStatus outcome, String note, String by, Instant at) {
    if (status != OpinionStatus.RECEIVED) {
      throw new IllegalStateException("意见建议已处理：" + id);
    }
    if (outcome == OpinionStatus.RECEIVED) {
      throw new IllegalArgumentException("处理结果只能是采纳、转交单位或不予采纳");
    }
    this.status = outcome;
    this.triageNote = note;
    this.triagedBy = by;
    this.triagedAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getEditionId() {
    return editionId;
  }

  public UUID getBulletinId() {
    return bulletinId;
  }

  public String getText() {
    return text;
  }

  public String getSenderName() {
    return senderName;
  }

  public String getContact() {
    return contact;
  }

  public String getAddressHash() {
    return addressHash;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public OpinionStatus getStatus() {
    return status;
  }

  public String getTriagedBy() {
    return triagedBy;
  }

  public Instant getTriagedAt() {
    return triagedAt;
  }

  public String getTriageNote() {
    return triageNote;
  }
}
