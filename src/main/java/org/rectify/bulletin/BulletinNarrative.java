package org.rectify.bulletin;

import java.time.LocalDate;
import java.util.List;

/**
 * The parts of a bulletin the office writes by hand in the drafting task; everything else (figures,
 * findings, measures) comes from the ledger at render time.
 *
 * @param overallSituation 整改工作总体情况: paragraphs or （一）… items, one per entry
 * @param nextSteps 下步打算: one entry per item
 * @param closingRemark closing paragraph after the plans, optional
 * @param contact 联系方式 for the supervision invitation (phone, e-mail, address), optional
 * @param signatureOrganization 落款单位, optional
 * @param signatureDate 落款日期, optional
 */
public record BulletinNarrative(
    List<String> overallSituation,
    List<String> nextSteps,
    String closingRemark,
    String contact,
    String signatureOrganization,
    LocalDate signatureDate) {

  public static BulletinNarrative empty() {
    return new BulletinNarrative(List.of(), List.of(), null, null, null, null);
  }
}
