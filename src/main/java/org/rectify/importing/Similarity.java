package org.rectify.importing;

/**
 * 相似度 of two texts: 1 − Levenshtein(a, b) / max(|a|, |b|), both with all whitespace removed
 * (counted in Unicode code points).
 */
public final class Similarity {

  private Similarity() {}

  public static double of(String a, String b) {
    int[] x = a.codePoints().filter(c -> !isWhitespace(c)).toArray();
    int[] y = b.codePoints().filter(c -> !isWhitespace(c)).toArray();
    int max = Math.max(x.length, y.length);
    return max == 0 ? 1.0 : 1.0 - (double) levenshtein(x, y) / max;
  }

  private static boolean isWhitespace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  static int levenshtein(int[] full, int[] other) {
    // A common prefix and suffix cost nothing: compare only the middle.
    int start = 0;
    while (start < full.length && start < other.length && full[start] == other[start]) {
      start++;
    }
    int endA = full.length;
    int endB = other.length;
    while (endA > start && endB > start && full[endA - 1] == other[endB - 1]) {
      endA--;
      endB--;
    }
    int[] a = java.util.Arrays.copyOfRange(full, start, endA);
    int[] b = java.util.Arrays.copyOfRange(other, start, endB);
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      current[0] = i;
      int ai = a[i - 1];
      for (int j = 1; j <= b.length; j++) {
        int cost = ai == b[j - 1] ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length];
  }
}
