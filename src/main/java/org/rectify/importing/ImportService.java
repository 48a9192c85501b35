package org.rectify.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.rectify.audit.AuditTrail;
import org.rectify.inspection.Inspection;
import org.rectify.organization.Official;
import org.rectify.organization.OfficialRepository;
import org.rectify.organization.OfficialRole;
import org.rectify.organization.Unit;
import org.rectify.organization.UnitRepository;
import org.rectify.registration.InspectionRegistration.AspectInput;
import org.rectify.registration.RegistrationService;
import org.rectify.upload.AllowedType;
import org.rectify.upload.InspectedUpload;
import org.rectify.upload.OfficeFiles;
import org.rectify.upload.UploadInspector;
import org.rectify.upload.UploadRefusedException;
import org.rectify.web.FieldViolation;
import org.rectify.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 导入: the Excel ledger registers through {@link RegistrationService} (one validation, one write
 * path; errors reported by cell); Word or text feedback becomes a {@link FeedbackDraft} only. Every
 * uploaded file passes the {@link UploadInspector} and is opened through {@link OfficeFiles}.
 */
@Service
public class ImportService {

  static final String FILE = "file";

  private final UploadInspector inspector;
  private final RegistrationService registration;
  private final UnitRepository units;
  private final OfficialRepository officials;
  private final AuditTrail audit;

  ImportService(
      UploadInspector inspector,
      RegistrationService registration,
      UnitRepository units,
      OfficialRepository officials,
      AuditTrail audit) {
    this.inspector = inspector;
    this.registration = registration;
    this.units = units;
    this.officials = officials;
    this.audit = audit;
  }

  /** What an imported ledger registered. */
  public record LedgerImported(java.util.UUID id, int aspects, int findings, int measures) {}

  @Transactional(readOnly = true)
  public byte[] template() {
    List<String> unitNames = units.findAllByOrderByCode().stream().map(Unit::getName).toList();
    List<String> leaderNames =
        officials.findByRole(OfficialRole.LEADER).stream()
            .map(Official::getDisplayName)
            .distinct()
            .sorted()
            .toList();
    return LedgerTemplate.build(unitNames, leaderNames);
  }

  /**
   * Reads, checks and registers a ledger workbook; nothing is written unless all of it is valid.
   */
  @Transactional
  public LedgerImported importLedger(String fileName, InputStream content, String importedBy) {
    InspectedUpload upload = inspector.inspect(fileName, content);
    if (upload.type() != AllowedType.XLSX) {
      throw new UploadRefusedException(
          FILE,
          upload.type() == AllowedType.XLS
              ? "不支持 Excel 97-2003（.xls）格式，请在 Excel 中另存为 .xlsx 后再导入。"
              : "请上传 Excel 工作簿（.xlsx）；该文件按内容识别为" + upload.type().label() + "。");
    }
    LedgerReader.Result read;
    try (Workbook workbook =
        OfficeFiles.openWorkbook(new ByteArrayInputStream(upload.content()), FILE)) {
      read = new LedgerReader(unitKeys(), usernameKeys(), sharedDisplayNames()).read(workbook);
    } catch (IOException e) {
      throw new UploadRefusedException(FILE, "无法读取该 Excel 文件：文件已损坏或不是有效的 Excel 格式。");
    }

    Map<CellPlace, String> errors = new TreeMap<>(CellPlace.ORDER);
    errors.putAll(read.problems());
    List<FieldViolation> unplaced = new ArrayList<>();
    if (read.registration() != null) {
      Set<CellPlace> readerPlaces = new HashSet<>(read.problems().keySet());
      try {
        registration.check(read.registration());
      } catch (InvalidInputException e) {
        for (FieldViolation violation : e.getViolations()) {
          CellPlace place = placeOf(violation.field(), read.places());
          if (place == null) {
            unplaced.add(violation);
          } else if (!readerPlaces.contains(place)) {
            String message = violation.message();
            String shown = read.shown().get(place);
            if (shown != null && message.startsWith("日期无效")) {
              message = message + "；单元格内容为“" + shown + "”";
            }
            errors.merge(place, message, (a, b) -> a + "；" + b);
          }
        }
      }
    }
    if (!errors.isEmpty() || !unplaced.isEmpty()) {
      List<FieldViolation> violations = new ArrayList<>();
      errors.forEach(
          (place, message) ->
              violations.add(new FieldViolation(place.field(), place.describe() + "：" + message)));
      violations.addAll(unplaced);
      throw new InvalidInputException(violations);
    }

    Inspection inspection = registration.register(read.registration(), importedBy);
    int aspects = read.registration().feedback().aspects().size();
    int findings = 0;
    for (AspectInput aspect : read.registration().feedback().aspects()) {
      findings += aspect.findings().size();
    }
    LedgerImported imported =
        new LedgerImported(inspection.getId(), aspects, findings, read.measures());
    audit.record(
        importedBy,
        "inspection.imported-from-ledger",
        AuditTrail.Subject.of("Inspection", inspection.getId()),
        "从Excel整改台账“"
            + upload.fileName()
            + "”导入"
            + aspects
            + "个方面、"
            + findings
            + "个具体问题、"
            + read.measures()
            + "项措施",
        null,
        imported);
    return imported;
  }

  /** A draft from an uploaded Word (.docx) or text file. */
  public FeedbackDraft draftFromFile(String fileName, InputStream content) {
    InspectedUpload upload = inspector.inspect(fileName, content);
    String text;
    if (upload.type() == AllowedType.DOCX) {
      try (XWPFDocument document =
          OfficeFiles.openDocument(new ByteArrayInputStream(upload.content()), FILE)) {
        text = FeedbackDocuments.text(document);
      } catch (IOException e) {
        throw new UploadRefusedException(FILE, "无法读取该 Word 文件：文件已损坏或不是有效的 Word 格式。");
      }
    } else if (upload.type() == AllowedType.TEXT) {
      text = FeedbackDocuments.decode(upload.content(), null);
    } else if (upload.type() == AllowedType.DOC) {
      throw new UploadRefusedException(FILE, "不支持 Word 97-2003（.doc）格式，请另存为 .docx，或直接粘贴文本。");
    } else {
      throw new UploadRefusedException(
          FILE, "请上传 Word 文档（.docx）或纯文本（.txt）；该文件按内容识别为" + upload.type().label() + "。");
    }
    return FeedbackTextParser.parse(text, FILE);
  }

  /** A draft from pasted text. */
  public FeedbackDraft draftFromText(String text, String field) {
    return FeedbackTextParser.parse(text, field);
  }

  /** A draft from a text/plain body in the declared (or detected) charset. */
  public FeedbackDraft draftFromBody(byte[] body, Charset declared) {
    String text = FeedbackDocuments.decode(body, declared);
    if (text == null) {
      throw InvalidInputException.of("$", "请求体不是 UTF-8 或 GBK 编码的文本。");
    }
    return FeedbackTextParser.parse(text, "$");
  }

  private Map<String, String> unitKeys() {
    Map<String, String> keys = new HashMap<>();
    List<Unit> all = units.findAll();
    for (Unit unit : all) {
      keys.putIfAbsent(unit.getName(), unit.getCode());
      if (unit.getShortName() != null) {
        keys.putIfAbsent(unit.getShortName(), unit.getCode());
      }
    }
    for (Unit unit : all) {
      keys.put(unit.getCode(), unit.getCode());
    }
    return keys;
  }

  /** Username by username, and by display name where only one official has it. */
  private Map<String, String> usernameKeys() {
    Map<String, String> keys = new HashMap<>();
    Map<String, Integer> nameCounts = new HashMap<>();
    List<Official> all = officials.findAll();
    for (Official official : all) {
      nameCounts.merge(official.getDisplayName(), 1, Integer::sum);
    }
    for (Official official : all) {
      if (nameCounts.get(official.getDisplayName()) == 1) {
        keys.put(official.getDisplayName(), official.getUsername());
      }
    }
    for (Official official : all) {
      keys.put(official.getUsername(), official.getUsername());
    }
    return keys;
  }

  private Set<String> sharedDisplayNames() {
    return sharedDisplayNames(officials.findAll());
  }

  /** Display names that several officials have: a ledger workbook names them by user name. */
  static Set<String> sharedDisplayNames(List<Official> all) {
    Map<String, Integer> counts = new HashMap<>();
    all.forEach(o -> counts.merge(o.getDisplayName(), 1, Integer::sum));
    Set<String> shared = new HashSet<>();
    counts.forEach(
        (name, count) -> {
          if (count > 1) {
            shared.add(name);
          }
        });
    return shared;
  }

  /** The cell a JSON path came from, or that of its nearest parent. */
  static CellPlace placeOf(String path, Map<String, CellPlace> places) {
    String current = path;
    while (current != null && !current.isEmpty()) {
      CellPlace place = places.get(current);
      if (place != null) {
        return place;
      }
      int dot = current.lastIndexOf('.');
      int bracket = current.lastIndexOf('[');
      int cut = Math.max(dot, bracket);
      current = cut <= 0 ? null : current.substring(0, cut);
    }
    return null;
  }
}
