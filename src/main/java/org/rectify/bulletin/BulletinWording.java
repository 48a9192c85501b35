package org.rectify.bulletin;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 通报措辞: the wording of a render profile (title, opening, headings, statistics and hand-over
 * sentences, invitation) lives in the FreeMarker functions of {@code
 * templates/bulletin/wording/<profile>.ftl}; this class calls one of them with a model of figures
 * and facts. Conditions are written in FreeMarker; numbers come only from the model.
 */
public final class BulletinWording {

  private static final Configuration FREEMARKER = configuration();
  private static final Map<String, Template> CALLS = new ConcurrentHashMap<>();

  private final String profile;

  public BulletinWording(String profile) {
    this.profile = profile;
  }

  /**
   * The value of the profile's function {@code name}; the function reads the model's entries (null
   * values read as empty text).
   */
  public String text(String function, Map<String, ?> model) {
    Map<String, Object> values = new HashMap<>();
    model.forEach((k, v) -> values.put(k, v == null ? "" : v));
    StringWriter out = new StringWriter();
    try {
      call(function).process(values, out);
    } catch (TemplateException e) {
      throw new IllegalStateException(
          "版式措辞模板 wording/" + profile + ".ftl 的 " + function + " 无法生成：" + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException("版式措辞模板 wording/" + profile + ".ftl 无法读取", e);
    }
    return out.toString();
  }

  private Template call(String function) {
    return CALLS.computeIfAbsent(
        profile + "#" + function,
        key -> {
          String source = "<#import \"wording/" + profile + ".ftl\" as w>${w." + function + "()}";
          try {
            return new Template(key, source, FREEMARKER);
          } catch (IOException e) {
            throw new IllegalStateException("版式措辞模板 wording/" + profile + ".ftl 无法读取", e);
          }
        });
  }

  private static Configuration configuration() {
    Configuration cfg =
        BulletinRenderer.configuration(
            new ClassTemplateLoader(BulletinWording.class, "/templates/bulletin"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    return cfg;
  }
}
