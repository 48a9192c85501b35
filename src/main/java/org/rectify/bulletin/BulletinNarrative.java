package org.rectify.bulletin;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 通报正文中手写的部分: the parts of a bulletin the office writes by hand in the drafting task; everything
 * else (figures, findings, measures) comes from the ledger at render time.
 *
 * @param overallSituation 整改工作总体情况: paragraphs or （一）… items, one per entry
 * @param nextSteps 下步打算: one entry per item
 * @param closingRemark closing paragraph after the plans, optional
 * @param contact 联系方式 for the supervision invitation (phone, e-mail, address), optional
 * @param signatureOrganization 落款单位, optional
 * @param signatureDate 落款日期 (also the date line under the title), optional
 * @param profile name of the {@link RenderProfile} ({@link ProfileChoice}); null means {@code
 *     standard}
 * @param titleScope words between 关于 and 巡视/巡察 in the title (e.g. 长白山党工委2022-2027年第二轮常规), optional
 * @param titleBreakAfter break the title into two lines after this many characters, optional
 * @param opening the whole opening paragraph, replacing the profile's wording (imported documents),
 *     optional
 * @param planIntro paragraph before the 下步打算 items, optional
 * @param invitation supervision invitation replacing the profile's, optional
 * @param statedFigures figures as an imported document states them, by metric name; they replace
 *     the computed ones in the text and every difference is reported. Generated bulletins leave
 *     this empty.
 * @param statedClause figures an imported document states that the ledger does not model (e.g.
 *     召开批评教育大会2次), printed verbatim where the profile's statistics wording prints {@code
 *     statedClause}
 * @param problemsIntro paragraph at the top of the problems section (e.g. 针对巡察反馈的问题，立行立改…),
 *     optional
 */
public record BulletinNarrative(
    List<String> overallSituation,
    List<String> nextSteps,
    String closingRemark,
    String contact,
    String signatureOrganization,
    LocalDate signatureDate,
    String profile,
    String titleScope,
    Integer titleBreakAfter,
    String opening,
    String planIntro,
    String invitation,
    Map<String, Integer> statedFigures,
    String statedClause,
    String problemsIntro) {

  @JsonCreator
  public BulletinNarrative {
    overallSituation = overallSituation == null ? List.of() : List.copyOf(overallSituation);
    nextSteps = nextSteps == null ? List.of() : List.copyOf(nextSteps);
    statedFigures = statedFigures == null ? Map.of() : Map.copyOf(statedFigures);
  }

  /** Every part except the problems intro. */
  public BulletinNarrative(
      List<String> overallSituation,
      List<String> nextSteps,
      String closingRemark,
      String contact,
      String signatureOrganization,
      LocalDate signatureDate,
      String profile,
      String titleScope,
      Integer titleBreakAfter,
      String opening,
      String planIntro,
      String invitation,
      Map<String, Integer> statedFigures,
      String statedClause) {
    this(
        overallSituation,
        nextSteps,
        closingRemark,
        contact,
        signatureOrganization,
        signatureDate,
        profile,
        titleScope,
        titleBreakAfter,
        opening,
        planIntro,
        invitation,
        statedFigures,
        statedClause,
        null);
  }

  /** The original six parts; everything else takes its default. */
  public BulletinNarrative(
      List<String> overallSituation,
      List<String> nextSteps,
      String closingRemark,
      String contact,
      String signatureOrganization,
      LocalDate signatureDate) {
    this(
        overallSituation,
        nextSteps,
        closingRemark,
        contact,
        signatureOrganization,
        signatureDate,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * The parts that replace generated text or computed figures (an imported document's own wording
   * and numbers), by their JSON path under {@code narrative}: a generated bulletin carries none of
   * them.
   */
  public List<String> overrides() {
    List<String> set = new java.util.ArrayList<>();
    if (!statedFigures.isEmpty()) {
      set.add("statedFigures");
    }
    if (statedClause != null) {
      set.add("statedClause");
    }
    if (opening != null) {
      set.add("opening");
    }
    if (invitation != null) {
      set.add("invitation");
    }
    return set;
  }

  public static BulletinNarrative empty() {
    return new BulletinNarrative(List.of(), List.of(), null, null, null, null);
  }
}
