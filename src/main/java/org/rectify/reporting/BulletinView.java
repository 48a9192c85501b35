package org.rectify.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.rectify.bulletin.Bulletin;
import org.rectify.bulletin.BulletinNarrative;
import org.rectify.bulletin.ProfileChoice;

/**
 * A bulletin as {@code GET /api/bulletins/{id}} shows it; {@code profiles} are the render profiles
 * its draft may name in {@code narrative.profile}.
 */
public record BulletinView(
    UUID id,
    UUID inspectionId,
    String kind,
    String kindLabel,
    String status,
    String statusLabel,
    BulletinNarrative narrative,
    String returnReason,
    String draftedBy,
    String approvedBy,
    Instant approvedAt,
    String publishedBy,
    Instant publishedAt,
    List<ProfileChoice.Option> profiles) {

  static BulletinView of(Bulletin bulletin, List<ProfileChoice.Option> profiles) {
    return new BulletinView(
        bulletin.getId(),
        bulletin.getInspection().getId(),
        bulletin.getKind().name(),
        bulletin.getKind().label(),
        bulletin.getStatus().name(),
        bulletin.getStatus().label(),
        bulletin.getNarrative(),
        bulletin.getReturnReason(),
        bulletin.getDraftedBy(),
        bulletin.getApprovedBy(),
        bulletin.getApprovedAt(),
        bulletin.getPublishedBy(),
        bulletin.getPublishedAt(),
        profiles);
  }
}
