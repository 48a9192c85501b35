package org.rectify.opinion;

import java.time.Instant;
import java.util.UUID;

/** One opinion as the office and supervisors read it ({@code GET /api/opinions}). */
public record OpinionView(
    UUID id,
    UUID editionId,
    UUID bulletinId,
    String editionTitle,
    String text,
    String name,
    String contact,
    String addressHash,
    Instant receivedAt,
    OpinionStatus status,
    String statusLabel,
    String triagedBy,
    Instant triagedAt,
    String triageNote) {

  static OpinionView of(PublicOpinion o, String editionTitle) {
    return new OpinionView(
        o.getId(),
        o.getEditionId(),
        o.getBulletinId(),
        editionTitle,
        o.getText(),
        o.getSenderName(),
        o.getContact(),
        o.getAddressHash(),
        o.getReceivedAt(),
        o.getStatus(),
        o.getStatus().label(),
        o.getTriagedBy(),
        o.getTriagedAt(),
        o.getTriageNote());
  }
}
