package org.rectify.bulletin;

import java.util.UUID;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionRepository;
import org.rectify.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通报发布: the steps of the bulletin process (draft → 审定 or 退回 → publish). The workflow calls
 * these; publishing records the approved edition.
 */
@Service
public class BulletinService {

  private final BulletinRepository bulletins;
  private final InspectionRepository inspections;

  BulletinService(BulletinRepository bulletins, InspectionRepository inspections) {
    this.bulletins = bulletins;
    this.inspections = inspections;
  }

  @Transactional
  public Bulletin startDraft(UUID inspectionId, BulletinKind kind, String by) {
    Inspection inspection =
        inspections.findById(inspectionId).orElseThrow(() -> new NotFoundException("巡视巡察不存在：" + inspectionId));
    return bulletins.save(new Bulletin(inspection, kind, by));
  }

  /** The office saves its draft and submits it for approval. */
  @Transactional
  public void submitDraft(UUID bulletinId, BulletinKind kind, BulletinNarrative narrative, String by) {
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

  @Transactional
  public void publish(UUID bulletinId, String by) {
    get(bulletinId).markPublished(by);
  }

  @Transactional(readOnly = true)
  public Bulletin get(UUID bulletinId) {
    return bulletins.findById(bulletinId).orElseThrow(() -> new NotFoundException("通报不存在：" + bulletinId));
  }
}
