package org.rectify.importing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.rectify.registration.InspectionRegistration;

/**
 * 反馈意见草稿: what the text or Word import recognised, for the office to check, complete and then
 * register with {@code POST /api/inspections}. Nothing is stored.
 */
@Schema(description = "从反馈意见文本识别出的登记草稿（未保存），核对补全后提交 POST /api/inspections")
public record FeedbackDraft(
    @Schema(description = "登记请求草稿，结构与 POST /api/inspections 的请求体相同")
        InspectionRegistration registration,
    @Schema(description = "需要人工核对或补充的事项") List<String> warnings,
    @Schema(description = "识别出的方面数") int aspects,
    @Schema(description = "识别出的具体问题数（含子问题）") int findings,
    @Schema(description = "识别出的整改意见数") int suggestions) {}
