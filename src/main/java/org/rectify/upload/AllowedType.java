package org.rectify.upload;

import java.util.Arrays;
import java.util.Optional;

/** 允许上传的文件类型: the content types evidence may have, each recognised by its bytes. */
public enum AllowedType {
  PDF("PDF 文档", "application/pdf", false),
  PNG("PNG 图片", "image/png", false),
  JPEG("JPEG 图片", "image/jpeg", false),
  GIF("GIF 图片", "image/gif", false),
  WEBP("WebP 图片", "image/webp", false),
  DOCX("Word 文档", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", true),
  XLSX("Excel 表格", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true),
  PPTX(
      "PowerPoint 演示文稿",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      true),
  DOC("Word 97-2003 文档", "application/msword", false),
  XLS("Excel 97-2003 表格", "application/vnd.ms-excel", false),
  TEXT("纯文本", "text/plain", false),
  CSV("CSV 表格", "text/csv", false);

  private final String label;
  private final String mediaType;
  private final boolean officeOpenXml;

  AllowedType(String label, String mediaType, boolean officeOpenXml) {
    this.label = label;
    this.mediaType = mediaType;
    this.officeOpenXml = officeOpenXml;
  }

  public String label() {
    return label;
  }

  public String mediaType() {
    return mediaType;
  }

  /** A zip package (.docx/.xlsx/.pptx) that must also pass the zip-bomb limits. */
  public boolean officeOpenXml() {
    return officeOpenXml;
  }

  static Optional<AllowedType> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
  }

  static String listing() {
    return String.join("、", Arrays.stream(values()).map(AllowedType::label).toList());
  }
}
