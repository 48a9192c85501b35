package org.rectify.bulletin;

import java.time.LocalDate;
import java.util.List;

/**
 * 排好的通报: a bulletin composed line by line (markers, labels and figures already decided), which the
 * text, HTML and Word templates only lay out.
 *
 * @param title the whole title on one line
 * @param titleLines the title as printed (one or two lines)
 * @param dateLine date line under the title, or null
 * @param blocks body lines in order
 * @param signatureLines 落款 lines (none, one or two)
 * @param indent characters in front of every body line in the plain-text output
 * @param figureDiscrepancies stated figures of an imported document that differ from the ledger
 */
public record BulletinDocument(
    String title,
    List<String> titleLines,
    String dateLine,
    List<Block> blocks,
    List<String> signatureLines,
    String indent,
    Audience audience,
    String organization,
    LocalDate date,
    String profile,
    List<String> figureDiscrepancies) {

  /** What a body line is, for the layout of HTML and Word. */
  public enum BlockKind {
    SECTION,
    SUBSECTION,
    ITEM,
    SUBITEM,
    PARAGRAPH,
    LABELLED
  }

  /** One printed line: marker, then an optional label (with its colon), then the text. */
  public record Block(BlockKind kind, String marker, String label, String text) {

    public String full() {
      return nz(marker) + nz(label) + nz(text);
    }

    public String lead() {
      return nz(marker) + nz(label);
    }

    private static String nz(String s) {
      return s == null ? "" : s;
    }
  }
}
