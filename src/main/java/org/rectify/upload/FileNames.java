package org.rectify.upload;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Makes an uploaded file's name safe to store and to send back in {@code Content-Disposition}: no
 * directories, no control or bidirectional-override characters, none of {@code <>:"/\|?*}, no
 * Windows device names, no leading or trailing dots and spaces, at most {@value #MAX_LENGTH}
 * characters. Chinese and other letters are kept.
 */
public final class FileNames {

  static final int MAX_LENGTH = 120;
  static final String FALLBACK = "未命名文件";
  private static final Set<String> RESERVED =
      Set.of(
          "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
          "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private FileNames() {}

  public static String sanitize(String original) {
    if (original == null) {
      return FALLBACK;
    }
    String name = Normalizer.normalize(original, Normalizer.Form.NFC);
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    StringBuilder kept = new StringBuilder(name.length());
    name.codePoints().filter(FileNames::allowed).forEach(kept::appendCodePoint);
    name = strip(kept.toString());
    if (name.isEmpty()) {
      return FALLBACK;
    }
    String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    if (RESERVED.contains(base.strip().toUpperCase(Locale.ROOT))) {
      name = "_" + name;
    }
    return shorten(name);
  }

  /** The lower-case extension without the dot, or an empty string. */
  public static String extension(String safeName) {
    int dot = safeName.lastIndexOf('.');
    return dot < 0 ? "" : safeName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean allowed(int codePoint) {
    if ("<>:\"/\\|?*".indexOf(codePoint) >= 0) {
      return false;
    }
    int type = Character.getType(codePoint);
    return type != Character.CONTROL
        && type != Character.FORMAT // U+202E and friends would disguise "exe.pdf" as "fdp.exe"
        && type != Character.UNASSIGNED
        && type != Character.PRIVATE_USE
        && type != Character.SURROGATE
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR;
  }

  private static String strip(String name) {
    int start = 0;
    int end = name.length();
    while (start < end
        && (name.charAt(start) == '.' || Character.isWhitespace(name.charAt(start)))) {
      start++;
    }
    while (end > start
        && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)))) {
      end--;
    }
    return name.substring(start, end).replaceAll("\\s+", " ");
  }

  private static String shorten(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
      return name;
    }
    String extension = extension(name);
    String suffix = extension.isEmpty() || extension.length() > 10 ? "" : "." + extension;
    String base = suffix.isEmpty() ? name : name.substring(0, name.length() - suffix.length());
    int keep = MAX_LENGTH - suffix.length();
    return base.substring(0, base.offsetByCodePoints(0, keep)) + suffix;
  }
}
