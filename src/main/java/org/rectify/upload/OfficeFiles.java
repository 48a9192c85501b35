package org.rectify.upload;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The one place that opens .docx and .xlsx files, with Apache POI's zip-bomb limits set for the
 * whole application (they are static in POI: whoever opens Office files must come through here so
 * that the limits are in force). POI parses the XML inside with DOCTYPEs refused (no XXE).
 */
public final class OfficeFiles {

  /** Smallest compressed/uncompressed ratio of an entry: a bomb inflates far more than 1:100. */
  public static final double MIN_INFLATE_RATIO = 0.01;

  /** Largest uncompressed entry. */
  public static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;

  /** Most text extracted from one document (characters). */
  public static final long MAX_TEXT_SIZE = 10L * 1024 * 1024;

  /** Most entries in one package. */
  public static final int MAX_FILE_COUNT = 2_000;

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
    ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
  }

  private OfficeFiles() {}

  /** Opens an .xlsx workbook; the caller closes it. */
  public static Workbook openWorkbook(InputStream in, String field) {
    try {
      return new XSSFWorkbook(in);
    } catch (Exception | OutOfMemoryError e) {
      throw refusal(e, field, "Excel");
    }
  }

  /** Opens a .docx document; the caller closes it. */
  public static XWPFDocument openDocument(InputStream in, String field) {
    try {
      return new XWPFDocument(in);
    } catch (Exception | OutOfMemoryError e) {
      throw refusal(e, field, "Word");
    }
  }

  /** Checks that bytes are an Office Open XML package that opens within the limits. */
  static void checkPackage(byte[] bytes, String field) {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      if (pkg.getParts().isEmpty()) {
        throw new UploadRefusedException(field, "Office 文件内容为空或已损坏。");
      }
    } catch (UploadRefusedException e) {
      throw e;
    } catch (Exception | OutOfMemoryError e) {
      throw refusal(e, field, "Office");
    }
  }

  private static UploadRefusedException refusal(Throwable e, String field, String kind) {
    if (mentions(e, "Zip bomb")
        || mentions(e, "exceeds the max")
        || e instanceof OutOfMemoryError) {
      return new UploadRefusedException(field, "该 " + kind + " 文件解压后异常庞大（疑似“压缩炸弹”），出于安全原因已拒绝处理。");
    }
    if (mentions(e, "DOCTYPE")) {
      return new UploadRefusedException(field, "该 " + kind + " 文件含有 DOCTYPE/实体声明，出于安全原因已拒绝处理。");
    }
    return new UploadRefusedException(field, "无法读取该 " + kind + " 文件：文件已损坏或不是有效的 " + kind + " 格式。");
  }

  private static boolean mentions(Throwable e, String text) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(text)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
