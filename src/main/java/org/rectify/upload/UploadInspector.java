package org.rectify.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * 上传检查: decides whether an uploaded file may be stored. The type is found from the bytes (Apache
 * Tika's magic numbers; the file name only refines a match, e.g. a zip into .docx), never from the
 * extension alone, and must be on the {@link AllowedType} list; Office packages must also open
 * within the zip-bomb limits of {@link OfficeFiles}; the size is capped by {@code
 * rectify.upload.max-file-size}; the name is {@linkplain FileNames#sanitize sanitised}.
 */
@Component
public class UploadInspector {

  private static final String FIELD = "file";

  private final Tika tika = new Tika();
  private final long maxBytes;

  UploadInspector(@Value("${rectify.upload.max-file-size:20MB}") DataSize maxFileSize) {
    this.maxBytes = maxFileSize.toBytes();
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Reads at most one byte more than the limit, so a huge upload is refused without being buffered.
   */
  public InspectedUpload inspect(String originalName, InputStream content) {
    byte[] bytes;
    try {
      bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new UploadRefusedException(FIELD, "文件读取失败，请重新上传。");
    }
    if (bytes.length > maxBytes) {
      throw new UploadRefusedException(FIELD, "文件超过大小上限 " + megabytes(maxBytes) + "，请压缩或拆分后再上传。");
    }
    if (bytes.length == 0) {
      throw new UploadRefusedException(FIELD, "文件是空的。");
    }
    String name = FileNames.sanitize(originalName);
    String detected = detect(bytes, name);
    Optional<AllowedType> type = AllowedType.ofMediaType(detected);
    if (type.isEmpty()) {
      throw new UploadRefusedException(
          FIELD, "不允许上传此类文件（按内容识别为 " + detected + "）。允许的类型：" + AllowedType.listing() + "。");
    }
    if (type.get().officeOpenXml()) {
      OfficeFiles.checkPackage(bytes, FIELD);
    }
    if ((type.get() == AllowedType.TEXT || type.get() == AllowedType.CSV) && !isText(bytes)) {
      throw new UploadRefusedException(FIELD, "该文件按扩展名是文本，但内容不是 UTF-8 或 GBK 编码的文本。");
    }
    return new InspectedUpload(name, type.get(), bytes);
  }

  /**
   * A text file must decode strictly as UTF-8 or GBK and hold no control bytes but tab and line
   * ends.
   */
  static boolean isText(byte[] bytes) {
    for (byte b : bytes) {
      if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
        return false;
      }
    }
    return decodes(bytes, StandardCharsets.UTF_8) || decodes(bytes, Charset.forName("GBK"));
  }

  private static boolean decodes(byte[] bytes, Charset charset) {
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private String detect(byte[] bytes, String name) {
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return tika.detect(in, name);
    } catch (IOException e) {
      return "application/octet-stream";
    }
  }

  private static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " 字节";
  }
}
