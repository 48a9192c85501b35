package org.rectify.notification;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The wording of pushed messages: FreeMarker templates under {@code templates/mail/} (subject,
 * plain text, HTML) and {@code templates/robot/} (markdown for group robots), in Chinese.
 */
@Component
public class MessageTemplates {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Configuration freemarker;
  private final ZoneId zone;

  public MessageTemplates(java.time.Clock clock) {
    this.zone = clock.getZone();
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(new ClassTemplateLoader(MessageTemplates.class, "/templates"));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.SAFER_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    this.freemarker = cfg;
  }

  /** Renders {@code name} (e.g. {@code mail/body.ftlh}) for a delivery. */
  public String render(String name, Delivery delivery) {
    List<Map<String, Object>> items =
        delivery.items().stream()
            .map(
                item ->
                    Map.<String, Object>of(
                        "kind", item.kind(),
                        "subject", item.subject(),
                        "message", item.message(),
                        "link", item.link(),
                        "time", TIME.format(item.createdAt().atZone(zone))))
            .toList();
    Map<String, Object> model =
        Map.of("title", delivery.title(), "digest", delivery.digest(), "items", items);
    try {
      StringWriter out = new StringWriter();
      freemarker.getTemplate(name).process(model, out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("通知模板 " + name + " 无法生成", e);
    }
  }
}
