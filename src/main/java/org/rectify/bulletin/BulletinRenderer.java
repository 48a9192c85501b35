package org.rectify.bulletin;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * 通报渲染: lays a {@link BulletinDocument} out as plain text, HTML and Word (.docx) through the
 * FreeMarker templates under {@code templates/bulletin/}. Uses its own, locked-down FreeMarker
 * configuration (safer class resolver, {@code ?api} off) so that it does not depend on how the web
 * views are configured.
 */
public final class BulletinRenderer {

  /** GB/T 9704 版心 height 225 mm in twips, divided by the lines per page. */
  static final int LINES_PER_PAGE = 28;

  static final int LINE_TWIPS = 12756 / LINES_PER_PAGE;

  /** Word package part name → template. */
  private static final Map<String, String> DOCX_PARTS = docxParts();

  private static final List<String> TEMPLATES = templates();

  private final Configuration freemarker;
  private final String templateVersion;

  /** Templates from the classpath ({@code classpath:/templates/bulletin/}). */
  public BulletinRenderer() {
    this(new ClassTemplateLoader(BulletinRenderer.class, "/templates/bulletin"));
  }

  /**
   * Templates from elsewhere (tests use this to show that changing a template leaves published
   * editions alone).
   */
  public BulletinRenderer(TemplateLoader loader) {
    this.freemarker = configuration(loader);
    this.templateVersion = digestTemplates();
  }

  static Configuration configuration(TemplateLoader loader) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(loader);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.SAFER_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    return cfg;
  }

  Configuration freemarker() {
    return freemarker;
  }

  /**
   * {@code sha256:<first 16 hex>} over every template source, so an edition records which templates
   * made it.
   */
  public String templateVersion() {
    return templateVersion;
  }

  public String text(BulletinDocument doc) {
    return process("text.ftl", doc);
  }

  public String html(BulletinDocument doc) {
    return process("page.ftlh", doc);
  }

  /**
   * A Word package: FreeMarker-rendered WordprocessingML parts, zipped with fixed timestamps (same
   * input, same bytes).
   */
  public byte[] docx(BulletinDocument doc) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var part : DOCX_PARTS.entrySet()) {
        ZipEntry entry = new ZipEntry(part.getKey());
        entry.setTime(315532800000L); // 1980-01-01, the zip epoch
        zip.putNextEntry(entry);
        zip.write(process(part.getValue(), doc).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new IllegalStateException("Word 文件生成失败", e);
    }
    return bytes.toByteArray();
  }

  private String process(String name, BulletinDocument doc) {
    try {
      Template template = freemarker.getTemplate(name);
      Map<String, Object> model = new HashMap<>();
      model.put("doc", doc);
      model.put("lineTwips", LINE_TWIPS);
      model.put("titleLineTwips", 640);
      model.put("linesPerPage", LINES_PER_PAGE);
      StringWriter out = new StringWriter();
      template.process(model, out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("通报模板 " + name + " 渲染失败：" + e.getMessage(), e);
    }
  }

  private String digestTemplates() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String name : TEMPLATES) {
        Object source = freemarker.getTemplateLoader().findTemplateSource(name);
        if (source == null) {
          throw new IllegalStateException("缺少通报模板：" + name);
        }
        try (Reader reader = freemarker.getTemplateLoader().getReader(source, "UTF-8")) {
          StringWriter text = new StringWriter();
          reader.transferTo(text);
          sha.update(name.getBytes(StandardCharsets.UTF_8));
          sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
        } finally {
          freemarker.getTemplateLoader().closeTemplateSource(source);
        }
      }
      return "sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("通报模板无法读取", e);
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> docxParts() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", "docx/content-types.xml.ftlx");
    parts.put("_rels/.rels", "docx/rels.xml.ftlx");
    parts.put("docProps/core.xml", "docx/core.xml.ftlx");
    parts.put("word/document.xml", "docx/document.xml.ftlx");
    parts.put("word/styles.xml", "docx/styles.xml.ftlx");
    parts.put("word/settings.xml", "docx/settings.xml.ftlx");
    parts.put("word/footer1.xml", "docx/footer1.xml.ftlx");
    parts.put("word/_rels/document.xml.rels", "docx/document.xml.rels.ftlx");
    return parts;
  }

  private static List<String> templates() {
    var names = new java.util.ArrayList<String>(List.of("text.ftl", "page.ftlh"));
    names.addAll(docxParts().values());
    // the shipped profiles' wording decides the composed text, so it is part of the version too
    names.add("wording/common.ftl");
    RenderProfiles.NAMES.forEach(profile -> names.add("wording/" + profile + ".ftl"));
    return List.copyOf(names);
  }
}
