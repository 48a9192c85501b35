package org.rectify.bulletin;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills the {@code {slot}} placeholders of a profile's heading templates. */
final class SlotText {

  private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z]+)}");

  private SlotText() {}

  /** Replaces every {@code {slot}}; a slot the map does not know is a profile error. */
  static String fill(String template, Map<String, Object> slots) {
    if (template == null) {
      return "";
    }
    Matcher m = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      if (!slots.containsKey(name)) {
        throw new IllegalStateException("版式模板使用了未知的占位符 {" + name + "}：" + template);
      }
      Object value = slots.get(name);
      m.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? "" : String.valueOf(value)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
