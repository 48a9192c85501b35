package org.rectify.registration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.rectify.feedback.FindingSource;
import org.rectify.handover.HandoverKind;
import org.rectify.inspection.InspectionLevel;
import org.rectify.inspection.InspectionType;
import org.rectify.plan.Term;
import org.rectify.validation.EnumName;
import org.rectify.validation.IsoDate;

/**
 * 登记巡视/巡察及其反馈意见: one inspection with its whole feedback, registered in one call. Dates are {@code
 * yyyy-MM-dd} text and enums are names, so that every bad value is reported at once.
 */
@Schema(description = "登记一次巡视/巡察及其全部反馈意见")
public record InspectionRegistration(
    @Schema(description = "层级：PROVINCIAL（巡视）或 MUNICIPAL（巡察）", example = "MUNICIPAL")
        @NotBlank(message = "必须填写层级")
        @EnumName(InspectionLevel.class)
        String level,
    @Schema(description = "类型：REGULAR（常规）、SPECIAL（专项）、FOLLOW_UP（回头看）", example = "REGULAR")
        @EnumName(InspectionType.class)
        String type,
    @Schema(description = "轮次", example = "2022-2027年第二轮常规巡察")
        @Size(max = 200, message = "不能超过200字")
        String roundLabel,
    @Schema(description = "专项巡视巡察的主题", example = "营商环境") @Size(max = 200, message = "不能超过200字")
        String specialTopic,
    @Schema(description = "巡视巡察主体", example = "区委")
        @NotBlank(message = "必须填写巡视巡察主体")
        @Size(max = 200, message = "不能超过200字")
        String inspectingBody,
    @Schema(description = "巡视组/巡察组", example = "区委第一巡察组")
        @NotBlank(message = "必须填写巡视组/巡察组")
        @Size(max = 200, message = "不能超过200字")
        String inspectionTeam,
    @Schema(description = "被巡视巡察党组织全称")
        @NotBlank(message = "必须填写被巡视巡察党组织")
        @Size(max = 200, message = "不能超过200字")
        String inspectedOrganization,
    @Schema(description = "被巡视巡察党组织简称") @Size(max = 100, message = "不能超过100字")
        String inspectedOrganizationShort,
    @Schema(description = "进驻开始日期", example = "2025-03-12") @IsoDate String onSiteStart,
    @Schema(description = "进驻结束日期", example = "2025-06-06") @IsoDate String onSiteEnd,
    @Schema(description = "反馈日期", example = "2025-08-22") @NotBlank(message = "必须填写反馈日期") @IsoDate
        String feedbackDate,
    @Schema(description = "巡视类别（如 常规巡视、营商环境专项巡视），可选")
        List<@NotBlank(message = "类别名称不能为空") @Size(max = 200, message = "不能超过200字") String> tracks,
    @NotNull(message = "必须填写反馈意见") @Valid FeedbackInput feedback,
    @Schema(description = "移交的立行立改问题、问题线索、信访件") List<@Valid HandoverInput> handovers) {

  /** 反馈意见. */
  public record FeedbackInput(
      @Size(max = 20000, message = "不能超过20000字") String summary,
      @NotEmpty(message = "反馈意见至少要有一个方面")
          List<@NotNull(message = "不能为空") @Valid AspectInput> aspects,
      List<@NotBlank(message = "整改意见不能为空") @Size(max = 4000, message = "不能超过4000字") String>
          suggestions) {}

  /** 方面. */
  public record AspectInput(
      @NotBlank(message = "必须填写方面的标题") @Size(max = 1000, message = "不能超过1000字") String heading,
      @Schema(description = "所属类别的序号（从1开始），仅在登记了多个类别时填写") Integer track,
      @NotEmpty(message = "每个方面至少要有一个具体问题")
          List<@NotNull(message = "不能为空") @Valid FindingInput> findings) {}

  /** 具体问题. */
  public record FindingInput(
      @NotBlank(message = "必须填写问题内容") @Size(max = 4000, message = "不能超过4000字") String text,
      @Size(max = 20000, message = "不能超过20000字") String detail,
      @Schema(description = "来源，默认 FEEDBACK") @EnumName(FindingSource.class) String source,
      @Schema(description = "责任单位代码") String responsibleUnit,
      @Schema(description = "责任领导的用户名") String leadOfficial,
      @Schema(description = "是否在社会版通报中公开，默认公开") Boolean publiclyDisclosed,
      @Size(max = 1000, message = "不能超过1000字") String nondisclosureReason,
      List<@NotNull(message = "不能为空") @Valid FindingInput> subFindings,
      List<@NotNull(message = "不能为空") @Valid MeasureInput> measures) {}

  /** 整改措施 (for ledgers that already have a plan). */
  public record MeasureInput(
      @NotBlank(message = "必须填写措施内容") @Size(max = 4000, message = "不能超过4000字") String text,
      @Schema(description = "责任单位代码；默认为问题的责任单位") List<String> responsibleUnits,
      @Size(max = 100, message = "不能超过100字") String responsiblePerson,
      @NotBlank(message = "必须填写整改时限") @IsoDate String deadline,
      @Schema(description = "IMMEDIATE（立行立改）、TIME_BOUND（限期整改）、LONG_TERM（长期坚持）")
          @NotBlank(message = "必须填写时限类型")
          @EnumName(Term.class)
          String term) {}

  /** 移交事项. */
  public record HandoverInput(
      @NotBlank(message = "必须填写移交类型") @EnumName(HandoverKind.class) String kind,
      @NotBlank(message = "必须填写移交事项内容") @Size(max = 2000, message = "不能超过2000字") String title) {}
}
