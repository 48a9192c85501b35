package org.rectify.bulletin;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** 版式方案库: the named {@link RenderProfile}s under {@code classpath:bulletin/profiles/}. */
public final class RenderProfiles {

  /** The profiles shipped with the application. */
  public static final List<String> NAMES =
      List.of("standard", "status-labels", "global-numbering", "shi-measures", "plain-paragraphs");

  /**
   * The name a narrative gives to use the layout of the bulletin its inspection was imported from
   * ({@link ProfileChoice}).
   */
  public static final String IMPORTED = "imported";

  private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,64}");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final Map<String, RenderProfile> CACHE = new ConcurrentHashMap<>();

  private RenderProfiles() {}

  public static RenderProfile get(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("版式方案名称无效：" + name);
    }
    return CACHE.computeIfAbsent(name, RenderProfiles::load);
  }

  private static RenderProfile load(String name) {
    String path = "bulletin/profiles/" + name + ".json";
    try (InputStream in = RenderProfiles.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "版式方案不存在：" + name + "（可用：" + String.join("、", NAMES) + "）");
      }
      return JSON.readValue(in, RenderProfile.class);
    } catch (IOException e) {
      throw new IllegalStateException("版式方案 " + name + " 无法读取：" + e.getMessage(), e);
    }
  }
}
