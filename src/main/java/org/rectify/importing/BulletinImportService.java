package org.rectify.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.rectify.audit.AuditTrail;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingRepository;
import org.rectify.importing.BulletinReading.BodyParagraph;
import org.rectify.importing.BulletinReading.Facts;
import org.rectify.importing.BulletinReading.ImportedAspect;
import org.rectify.importing.BulletinReading.ImportedFinding;
import org.rectify.inspection.Inspection;
import org.rectify.registration.InspectionRegistration;
import org.rectify.registration.InspectionRegistration.AspectInput;
import org.rectify.registration.InspectionRegistration.FeedbackInput;
import org.rectify.registration.InspectionRegistration.FindingInput;
import org.rectify.registration.RegistrationService;
import org.rectify.upload.AllowedType;
import org.rectify.upload.InspectedUpload;
import org.rectify.upload.OfficeFiles;
import org.rectify.upload.UploadInspector;
import org.rectify.upload.UploadRefusedException;
import org.rectify.web.InvalidInputException;
import org.rectify.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 导入通报 and 通报体检: a published bulletin (.docx or text) is read by {@link BulletinReader}; the
 * preview says what was recognised and what not; confirming registers the inspection through the
 * same {@link RegistrationService} as every other import, gives its findings the statuses and texts
 * the document printed, and freezes the document beside it ({@link ImportedBulletin}).
 */
@Service
public class BulletinImportService {

  private final UploadInspector inspector;
  private final RegistrationService registration;
  private final FindingRepository findings;
  private final ImportedBulletinRepository bulletins;
  private final ImportedFindingTextRepository texts;
  private final AuditTrail audit;
  private final Clock clock;

  BulletinImportService(
      UploadInspector inspector,
      RegistrationService registration,
      FindingRepository findings,
      ImportedBulletinRepository bulletins,
      ImportedFindingTextRepository texts,
      AuditTrail audit,
      Clock clock) {
    this.inspector = inspector;
    this.registration = registration;
    this.findings = findings;
    this.bulletins = bulletins;
    this.texts = texts;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A document as received: file name (null when pasted), the bytes and the text read from them.
   */
  public record Document(String fileName, byte[] original, String text) {}

  /**
   * Corrections the office may give for facts the document omits or the reader missed; null keeps
   * what was recognised.
   */
  public record Corrections(
      String feedbackDate,
      String inspectingBody,
      String inspectionTeam,
      String inspectedOrganization) {
    public static final Corrections NONE = new Corrections(null, null, null, null);
  }

  /** What a confirmed import registered. */
  public record BulletinImported(
      UUID inspectionId, UUID importedBulletinId, int aspects, int findings, int withStatus) {}

  /** Reads an uploaded .docx or .txt. */
  public Document fromFile(String fileName, InputStream content) {
    InspectedUpload upload = inspector.inspect(fileName, content);
    String text;
    if (upload.type() == AllowedType.DOCX) {
      try (XWPFDocument document =
          OfficeFiles.openDocument(
              new ByteArrayInputStream(upload.content()), ImportService.FILE)) {
        text = FeedbackDocuments.text(document);
      } catch (IOException e) {
        throw new UploadRefusedException(ImportService.FILE, "无法读取该 Word 文件：文件已损坏或不是有效的 Word 格式。");
      }
    } else if (upload.type() == AllowedType.TEXT) {
      text = FeedbackDocuments.decode(upload.content(), null);
      if (text == null) {
        throw new UploadRefusedException(ImportService.FILE, "文本文件不是 UTF-8 或 GBK 编码。");
      }
    } else if (upload.type() == AllowedType.DOC) {
      throw new UploadRefusedException(
          ImportService.FILE, "不支持 Word 97-2003（.doc）格式，请另存为 .docx，或直接粘贴文本。");
    } else {
      throw new UploadRefusedException(
          ImportService.FILE,
          "请上传通报的 Word 文档（.docx）或纯文本（.txt）；该文件按内容识别为" + upload.type().label() + "。");
    }
    return new Document(upload.fileName(), upload.content(), text);
  }

  /** Pasted text. */
  public Document fromText(String text, String field) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of(field, "通报文本是空的。");
    }
    return new Document(null, text.getBytes(StandardCharsets.UTF_8), text);
  }

  /** 通报体检. */
  public BulletinCheck.Report check(Document document) {
    return BulletinCheck.check(BulletinReader.read(document.text()));
  }

  /** What would be registered, and what was not recognised; writes nothing. */
  @Transactional(readOnly = true)
  public BulletinPreview preview(Document document, Corrections corrections) {
    BulletinReading reading = BulletinReader.read(document.text());
    List<String> problems = new ArrayList<>();
    if (!reading.isBulletin()) {
      problems.add(BulletinRoundTrip.notABulletin(reading));
    } else {
      try {
        registration.check(registrationOf(reading, corrections));
      } catch (InvalidInputException e) {
        e.getViolations().forEach(v -> problems.add(v.field() + "：" + v.message()));
      }
    }
    return BulletinPreview.of(reading, BulletinCheck.check(reading), problems);
  }

  /**
   * Registers the inspection the bulletin describes; nothing is written unless all of it is valid.
   */
  @Transactional
  public BulletinImported confirm(Document document, Corrections corrections, String importedBy) {
    BulletinReading reading = BulletinReader.read(document.text());
    if (!reading.isBulletin()) {
      throw InvalidInputException.of(ImportService.FILE, BulletinRoundTrip.notABulletin(reading));
    }
    Inspection inspection = registration.register(registrationOf(reading, corrections), importedBy);
    Map<String, Finding> byCode = new HashMap<>();
    for (Finding finding : findings.findByInspection(inspection.getId())) {
      byCode.put(finding.getCode(), finding);
    }
    int withStatus = 0;
    List<ImportedFindingText> notes = new ArrayList<>();
    for (ImportedFinding imported : reading.allFindings()) {
      Finding finding = byCode.get(imported.code());
      if (finding == null) {
        throw new IllegalStateException("登记后找不到问题 " + imported.code());
      }
      if (imported.status() != null && imported.children().isEmpty()) {
        finding.changeStatus(imported.status());
        withStatus++;
      }
      int position = 0;
      for (BodyParagraph paragraph : imported.body()) {
        notes.add(
            new ImportedFindingText(
                finding.getId(), ++position, paragraph.label(), paragraph.text()));
      }
    }
    findings.saveAll(byCode.values());
    texts.saveAll(notes);
    ImportedBulletin frozen =
        bulletins.save(
            new ImportedBulletin(
                inspection.getId(),
                document.fileName(),
                reading.facts().title(),
                document.original(),
                document.text(),
                sha256(document.text()),
                importedBy,
                clock.instant()));
    BulletinImported result =
        new BulletinImported(
            inspection.getId(),
            frozen.getId(),
            reading.aspects().size(),
            reading.leafCount(),
            withStatus);
    audit.record(
        importedBy,
        "inspection.imported-from-bulletin",
        AuditTrail.Subject.of("Inspection", inspection.getId()),
        "从通报“"
            + (document.fileName() == null ? reading.facts().title() : document.fileName())
            + "”导入"
            + result.aspects()
            + "个方面、"
            + result.findings()
            + "个具体问题（"
            + withStatus
            + "个带有原文所述状态）",
        null,
        result);
    return result;
  }

  /**
   * The imported bulletin printed again from the live ledger: statuses and texts as they are now,
   * in the document's own layout ({@link BulletinReprint}).
   */
  @Transactional(readOnly = true)
  public String reprint(UUID inspectionId) {
    ImportedBulletin frozen =
        bulletins
            .findByInspectionId(inspectionId)
            .orElseThrow(() -> new NotFoundException("该巡视巡察不是从通报导入的"));
    BulletinReading reading = BulletinReader.read(frozen.getTextContent());
    Map<String, Finding> byCode = new HashMap<>();
    for (Finding finding : findings.findByInspection(inspectionId)) {
      byCode.put(finding.getCode(), finding);
    }
    return BulletinReprint.text(reading, ledgerOf(reading, byCode));
  }

  /** The reading's aspects with each finding's status and texts taken from the ledger. */
  static List<ImportedAspect> ledgerOf(BulletinReading reading, Map<String, Finding> ledger) {
    List<ImportedAspect> aspects = new ArrayList<>();
    for (ImportedAspect aspect : reading.aspects()) {
      List<ImportedFinding> list = new ArrayList<>();
      for (ImportedFinding f : aspect.findings()) {
        List<ImportedFinding> children = new ArrayList<>();
        for (ImportedFinding c : f.children()) {
          children.add(fromLedger(c, List.of(), ledger.get(c.code())));
        }
        list.add(fromLedger(f, children, ledger.get(f.code())));
      }
      aspects.add(new ImportedAspect(aspect.marker(), aspect.heading(), list, aspect.statusHint()));
    }
    return aspects;
  }

  private static ImportedFinding fromLedger(
      ImportedFinding imported, List<ImportedFinding> children, Finding live) {
    if (live == null) {
      return imported;
    }
    String text = imported.text().isBlank() ? imported.text() : live.getText();
    return new ImportedFinding(
        imported.code(),
        imported.marker(),
        text,
        imported.detail(),
        imported.lines(),
        imported.body(),
        children,
        live.isLeaf() ? live.getStatus() : null,
        "台账");
  }

  static InspectionRegistration registrationOf(BulletinReading reading, Corrections corrections) {
    Facts facts = reading.facts();
    Corrections c = corrections == null ? Corrections.NONE : corrections;
    List<AspectInput> aspects = new ArrayList<>();
    for (ImportedAspect aspect : reading.aspects()) {
      List<FindingInput> list = new ArrayList<>();
      for (ImportedFinding f : aspect.findings()) {
        List<FindingInput> subs = new ArrayList<>();
        for (ImportedFinding s : f.children()) {
          subs.add(findingInput(s, null));
        }
        list.add(findingInput(f, subs.isEmpty() ? null : subs));
      }
      aspects.add(new AspectInput(aspect.heading(), null, list));
    }
    String level = "巡视".equals(facts.level()) ? "PROVINCIAL" : "MUNICIPAL";
    String type =
        switch (facts.type() == null ? "" : facts.type()) {
          case "专项" -> "SPECIAL";
          case "回头看" -> "FOLLOW_UP";
          default -> "REGULAR";
        };
    String opening = null;
    for (BulletinReading.Part part : reading.parts()) {
      if (part instanceof BulletinReading.Narrative n && n.role() == BulletinReading.Role.OPENING) {
        opening = n.text().strip();
      }
    }
    return new InspectionRegistration(
        level,
        type,
        facts.round(),
        null,
        or(c.inspectingBody(), facts.inspectingBody()),
        or(c.inspectionTeam(), facts.team()),
        or(c.inspectedOrganization(), facts.organization()),
        null,
        facts.onSiteStart(),
        facts.onSiteEnd(),
        or(c.feedbackDate(), facts.feedbackDate()),
        null,
        new FeedbackInput(opening, aspects, null),
        null);
  }

  private static FindingInput findingInput(ImportedFinding f, List<FindingInput> subs) {
    String text = f.text().isBlank() ? "（原文未单列标题）" : f.text();
    return new FindingInput(text, f.ledgerDetail(), null, null, null, null, null, subs, null);
  }

  private static String or(String correction, String recognised) {
    return correction == null || correction.isBlank() ? recognised : correction.strip();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
