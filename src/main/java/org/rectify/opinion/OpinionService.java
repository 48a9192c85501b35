package org.rectify.opinion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.rectify.audit.AuditTrail;
import org.rectify.bulletin.Audience;
import org.rectify.bulletin.ChineseText;
import org.rectify.web.FieldViolation;
import org.rectify.web.InvalidInputException;
import org.rectify.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 意见建议: the public sends an opinion on a published public bulletin edition; it is stored and its
 * triage process started in one transaction; the office triages it (采纳 / 转交单位 / 不予采纳) through
 * {@code POST /api/opinions/{id}/triage}, which writes the outcome, audits it and completes the
 * task in one transaction.
 */
@Service
public class OpinionService {

  static final int TEXT_MAX = 2000;
  static final int NAME_MAX = 100;
  static final int CONTACT_MAX = 100;
  static final int NOTE_MAX = 2000;
  static final int MAX_PAGE_SIZE = 200;

  /** C0 controls (but tab, line feed, carriage return), DEL, C1 controls: never stored. */
  private static final Pattern CONTROL =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

  private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n\\t]");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9(（][0-9 ()（）-]*[0-9]");

  private final PublicOpinionRepository opinions;
  private final OpinionWorkflow workflow;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  OpinionService(
      PublicOpinionRepository opinions,
      OpinionWorkflow workflow,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.opinions = opinions;
    this.workflow = workflow;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The published public edition the form is about.
   *
   * @throws NotFoundException for an unknown, internal or unpublished edition
   */
  @Transactional(readOnly = true)
  public PublicEdition publicEdition(UUID editionId) {
    EditionHead edition = published(editionId);
    return new PublicEdition(
        edition.id(),
        edition.title(),
        edition.organization(),
        ChineseText.date(edition.bulletinDate()));
  }

  /**
   * Stores an opinion on a published public edition and starts its triage process, or writes
   * nothing.
   *
   * @param addressHash the sender's address as {@link ClientAddresses#hash} gives it
   * @throws NotFoundException for an edition that is not published to the public
   * @throws InvalidInputException naming every field that breaks a rule
   */
  @Transactional
  public UUID submit(UUID editionId, OpinionSubmission submission, String addressHash) {
    EditionHead edition = published(editionId);
    List<FieldViolation> violations = new ArrayList<>();
    String text = normalized(submission.text());
    if (text == null) {
      violations.add(new FieldViolation("text", "请填写意见建议内容"));
    } else if (text.length() > TEXT_MAX) {
      violations.add(
          new FieldViolation("text", "意见建议内容不能超过 " + TEXT_MAX + " 字（现为 " + text.length() + " 字）"));
    } else if (CONTROL.matcher(text).find()) {
      violations.add(new FieldViolation("text", "意见建议内容含有不允许的控制字符"));
    }
    String name = normalized(submission.name());
    if (name != null) {
      if (name.length() > NAME_MAX) {
        violations.add(new FieldViolation("name", "姓名不能超过 " + NAME_MAX + " 字"));
      } else if (CONTROL.matcher(name).find() || LINE_BREAK.matcher(name).find()) {
        violations.add(new FieldViolation("name", "姓名含有不允许的字符"));
      }
    }
    String contact = normalized(submission.contact());
    if (contact != null) {
      if (contact.length() > CONTACT_MAX) {
        violations.add(new FieldViolation("contact", "联系方式不能超过 " + CONTACT_MAX + " 字"));
      } else if (!isPhone(contact) && !EMAIL.matcher(contact).matches()) {
        violations.add(
            new FieldViolation("contact", "联系方式应为电话号码（如 0431-88888888、13800000000）或电子邮箱地址"));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    PublicOpinion opinion =
        opinions.save(
            new PublicOpinion(
                edition.id(),
                edition.bulletinId(),
                text,
                name,
                contact,
                addressHash,
                clock.instant()));
    events.publishEvent(new OpinionReceived(opinion.getId()));
    return opinion.getId();
  }

  /** Newest first, optionally only those in one status. */
  @Transactional(readOnly = true)
  public List<OpinionView> list(String status, int page, int size) {
    List<FieldViolation> violations = new ArrayList<>();
    OpinionStatus wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = OpinionStatus.valueOf(status.strip());
      } catch (IllegalArgumentException e) {
        violations.add(
            new FieldViolation("status", "状态只能是 RECEIVED、ADOPTED、REFERRED 或 DECLINED：" + status));
      }
    }
    if (page < 0) {
      violations.add(new FieldViolation("page", "页码不能为负数"));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      violations.add(new FieldViolation("size", "每页条数应在 1 到 " + MAX_PAGE_SIZE + " 之间"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    PageRequest request = PageRequest.of(page, size);
    List<PublicOpinion> found =
        wanted == null
            ? opinions.findAllByOrderByReceivedAtDesc(request)
            : opinions.findByStatusOrderByReceivedAtDesc(wanted, request);
    Map<UUID, String> titles = new HashMap<>();
    return found.stream()
        .map(o -> OpinionView.of(o, titles.computeIfAbsent(o.getEditionId(), this::title)))
        .toList();
  }

  @Transactional(readOnly = true)
  public OpinionView get(UUID opinionId) {
    PublicOpinion opinion = find(opinionId);
    return OpinionView.of(opinion, title(opinion.getEditionId()));
  }

  /** 处理意见建议: records the outcome, audits it and completes the office's task. */
  @Transactional
  public void triage(UUID opinionId, OpinionTriage triage, String username) {
    PublicOpinion opinion = find(opinionId);
    workflow.checkTriage(opinionId, username);
    List<FieldViolation> violations = new ArrayList<>();
    OpinionStatus outcome = null;
    if (triage == null || triage.outcome() == null || triage.outcome().isBlank()) {
      violations.add(
          new FieldViolation("outcome", "必须选择处理结果：ADOPTED（采纳）、REFERRED（转交单位）或 DECLINED（不予采纳）"));
    } else {
      try {
        outcome = OpinionStatus.valueOf(triage.outcome().strip());
      } catch (IllegalArgumentException e) {
        outcome = null;
      }
      if (outcome == null || outcome == OpinionStatus.RECEIVED) {
        violations.add(
            new FieldViolation(
                "outcome",
                "处理结果只能是 ADOPTED（采纳）、REFERRED（转交单位）或 DECLINED（不予采纳）：" + triage.outcome()));
        outcome = null;
      }
    }
    String note = triage == null ? null : normalized(triage.note());
    if (note != null && note.length() > NOTE_MAX) {
      violations.add(new FieldViolation("note", "处理说明不能超过 " + NOTE_MAX + " 字"));
    } else if (note != null && CONTROL.matcher(note).find()) {
      violations.add(new FieldViolation("note", "处理说明含有不允许的控制字符"));
    } else if (note == null && outcome != null && outcome.needsNote()) {
      violations.add(
          new FieldViolation(
              "note", outcome == OpinionStatus.REFERRED ? "转交单位必须写明转交给哪个单位、办理什么" : "不予采纳必须说明理由"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    Map<String, Object> before = triageState(opinion);
    opinion.triage(outcome, note, username, clock.instant());
    audit.record(
        username,
        "opinion.triaged",
        AuditTrail.Subject.of("PublicOpinion", opinionId),
        "意见建议处理：" + outcome.label(),
        before,
        triageState(opinion));
    workflow.opinionTriaged(opinionId, username);
  }

  /**
   * Guard for completing 处理意见建议 by any route: the outcome is on the opinion.
   *
   * @throws IllegalStateException otherwise
   */
  @Transactional
  public void checkTriaged(UUID opinionId) {
    if (find(opinionId).getStatus() == OpinionStatus.RECEIVED) {
      throw new IllegalStateException(
          "意见建议尚未处理：请通过 POST /api/opinions/" + opinionId + "/triage 处理（或在 Tasklist 的处理意见建议表单中提交）");
    }
  }

  private PublicOpinion find(UUID opinionId) {
    return opinions
        .findById(opinionId)
        .orElseThrow(() -> new NotFoundException("意见建议不存在：" + opinionId));
  }

  private EditionHead published(UUID editionId) {
    return opinions
        .editionHead(editionId, Audience.PUBLIC)
        .orElseThrow(() -> new NotFoundException("未找到已公开的通报：" + editionId));
  }

  private String title(UUID editionId) {
    return opinions.editionTitle(editionId).orElse(null);
  }

  /** The audited part of an opinion: its triage, not the sender's personal data. */
  private static Map<String, Object> triageState(PublicOpinion opinion) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", opinion.getStatus().name());
    state.put("triageNote", opinion.getTriageNote());
    return state;
  }

  /** Trimmed, line breaks as {@code \n} (as the browser counts them); blank is absent. */
  private static String normalized(String value) {
    if (value == null) {
      return null;
    }
    String text = value.replace("\r\n", "\n").replace('\r', '\n').strip();
    return text.isEmpty() ? null : text;
  }

  private static boolean isPhone(String contact) {
    if (!PHONE.matcher(contact).matches()) {
      return false;
    }
    long digits = contact.chars().filter(Character::isDigit).count();
    return digits >= 7 && digits <= 15;
  }
}
