package org.rectify.bulletin;

import java.util.List;
import java.util.UUID;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionRepository;
import org.rectify.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通报发布: the steps of the bulletin process (draft → 审定 or 退回 → publish). The workflow calls these;
 * publishing freezes the approved edition ({@link BulletinEdition}).
 */
@Service
public class BulletinService {

  private final BulletinRepository bulletins;
  private final InspectionRepository inspections;
  private final BulletinEditions editions;

  BulletinService(
      BulletinRepository bulletins, InspectionRepository inspections, BulletinEditions editions) {
    this.bulletins = bulletins;
    this.inspections = inspections;
    this.editions = editions;
  }

  @Transactional
  public Bulletin startDraft(UUID inspectionId, BulletinKind kind, String by) {
    Inspection inspection =
        inspections
            .findById(inspectionId)
            .orElseThrow(() -> new NotFoundException("巡视巡察不存在：" + inspectionId));
    return bulletins.save(new Bulletin(inspection, kind, by));
  }

  /** The office saves its draft and submits it for approval. */
  @Transactional
  public void submitDraft(
      UUID bulletinId, BulletinKind kind, BulletinNarrative narrative, String by) {
    Bulletin bulletin = get(bulletinId);
    bulletin.redraft(kind, narrative, by);
    bulletin.submit();
  }

  @Transactional
  public void approve(UUID bulletinId, String leader) {
    get(bulletinId).approve(leader);
  }

  @Transactional
  public void returnForRevision(UUID bulletinId, String reason) {
    get(bulletinId).returnForRevision(reason);
  }

  /**
   * Publishes the approved bulletin: renders the internal and the public edition from today's
   * ledger and freezes them (outputs, source data, template version, SHA-256). If rendering fails
   * (e.g. a figure in the text disagrees with the ledger) nothing is published.
   */
  @Transactional
  public void publish(UUID bulletinId, String by) {
    Bulletin bulletin = get(bulletinId);
    bulletin.markPublished(by);
    editions.freeze(bulletin, by);
  }

  /** The frozen editions (党内 and 社会) of a published bulletin; empty before publication. */
  @Transactional(readOnly = true)
  public List<BulletinEdition> editions(UUID bulletinId) {
    return editions.ofBulletin(bulletinId);
  }

  /** Renders the bulletin as it would look if published now (drafting and approval use this). */
  @Transactional(readOnly = true)
  public BulletinEditions.Rendered preview(UUID bulletinId, Audience audience) {
    return editions.preview(get(bulletinId), audience);
  }

  @Transactional(readOnly = true)
  public Bulletin get(UUID bulletinId) {
    return bulletins
        .findById(bulletinId)
        .orElseThrow(() -> new NotFoundException("通报不存在：" + bulletinId));
  }
}
