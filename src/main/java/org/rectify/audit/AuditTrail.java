package org.rectify.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审计日志: records business actions in the app's own table. Call it inside the transaction that makes
 * the change, so that the entry and the change are written together or not at all.
 *
 * <p>{@code before} and {@code after} are small views of the record (records, maps, DTOs — not JPA
 * entities with lazy associations); they are stored as JSON.
 */
@Service
public class AuditTrail {

  static final int MAX_JSON = 100_000;
  static final String SYSTEM = "system";

  private final AuditEntryRepository entries;
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private final Clock clock;

  AuditTrail(AuditEntryRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  /**
   * @param actor the user who acted (a username), or {@code null} for the system (start-up, timers)
   * @param action what happened, an English verb phrase such as {@code inspection.registered}
   * @param subject the record acted on
   * @param summary a short Chinese description for readers of the log, may be {@code null}
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEntry record(
      String actor, String action, Subject subject, String summary, Object before, Object after) {
    AuditEntry entry =
        new AuditEntry(
            clock.instant(),
            actor == null || actor.isBlank() ? SYSTEM : actor,
            action,
            subject.type(),
            subject.id(),
            summary == null ? null : truncate(summary, 500),
            toJson(before),
            toJson(after),
            MDC.get(RequestIds.MDC_KEY));
    return entries.save(entry);
  }

  private String toJson(Object value) {
    if (value == null) {
      return null;
    }
    try {
      String text = json.writeValueAsString(value);
      return text.length() > MAX_JSON ? null : text;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("审计内容无法转换为 JSON：" + value.getClass().getName(), e);
    }
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** The record an action was done to: its type (e.g. {@code Inspection}) and id. */
  public record Subject(String type, String id) {
    public static Subject of(String type, Object id) {
      return new Subject(type, String.valueOf(id));
    }
  }
}
