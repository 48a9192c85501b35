package org.rectify.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rectify.bulletin.RenderProfile.CounterScope;
import org.rectify.feedback.FindingStatus;
import org.rectify.importing.BulletinReading.BodyParagraph;
import org.rectify.importing.BulletinReading.ImportedAspect;
import org.rectify.importing.BulletinReading.ImportedFinding;

/**
 * 通报体检: checks a bulletin against itself — stated figures against the counts of its own lists,
 * findings without a status, a status that contradicts its label, numbering gaps and repeats, a
 * missing contact block or supervision invitation, dates out of order. Pure; the findings are
 * Chinese sentences that name the place.
 */
public final class BulletinCheck {

  private BulletinCheck() {}

  /** What the check looked at. */
  public enum Topic {
    FIGURES("数字与清单不符"),
    NO_STATUS("问题未写明整改状态"),
    CONTRADICTION("状态与标签矛盾"),
    NUMBERING("编号跳号或重号"),
    CLOSING("缺少联系方式或监督邀请"),
    DATES("日期顺序不合理");

    private final String label;

    Topic(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One observation. */
  public record Observation(Topic topic, String topicLabel, String message) {
    Observation(Topic topic, String message) {
      this(topic, topic.label(), message);
    }
  }

  /**
   * The report.
   *
   * @param title the document's title, or null when none was recognised
   * @param aspects aspects counted
   * @param findings findings counted (leaves)
   * @param observations what is wrong, in the order of {@link Topic}
   */
  public record Report(String title, int aspects, int findings, List<Observation> observations) {
    public long count(Topic topic) {
      return observations.stream().filter(o -> o.topic() == topic).count();
    }

    /** The report as Chinese text, one observation a line. */
    public String text() {
      StringBuilder out = new StringBuilder();
      out.append("通报体检报告\n");
      out.append("标题：").append(title == null ? "（未识别）" : title).append('\n');
      out.append("识别出").append(aspects).append("个方面、").append(findings).append("个具体问题。\n");
      if (observations.isEmpty()) {
        out.append("未发现问题。\n");
      }
      for (Observation o : observations) {
        out.append("【").append(o.topicLabel()).append("】").append(o.message()).append('\n');
      }
      return out.toString();
    }
  }

  public static Report check(BulletinReading reading) {
    List<Observation> out = new ArrayList<>();
    figures(reading, out);
    statuses(reading, out);
    numbering(reading, out);
    closing(reading, out);
    dates(reading, out);
    out.sort((a, b) -> a.topic().compareTo(b.topic()));
    return new Report(
        reading.facts().title(), reading.aspects().size(), reading.leafCount(), List.copyOf(out));
  }

  private static void figures(BulletinReading reading, List<Observation> out) {
    StatedFigures stated = reading.stated();
    if (stated.sentence() == null) {
      return;
    }
    String where = "统计语句“" + shorten(stated.sentence()) + "”";
    Integer aspects = stated.get("aspects");
    if (aspects != null && aspects != reading.aspects().size()) {
      out.add(
          new Observation(
              Topic.FIGURES,
              where + "称" + aspects + "个方面，正文列出" + reading.aspects().size() + "个方面"));
    }
    Integer findings = stated.get("findings");
    int leaves = reading.leafCount();
    if (findings != null && findings != leaves) {
      out.add(
          new Observation(Topic.FIGURES, where + "称" + findings + "个具体问题，正文逐条列出" + leaves + "个"));
    }
    Integer completed = stated.get("findingsCompleted");
    Integer basic = stated.get("findingsBasic");
    Integer open = stated.get("findingsOpen");
    if (findings != null && completed != null) {
      int parts = completed + (basic == null ? 0 : basic) + (open == null ? 0 : open);
      if ((basic != null || open != null) && parts != findings) {
        out.add(
            new Observation(
                Topic.FIGURES,
                where
                    + "中各状态之和为"
                    + parts
                    + "个（已完成"
                    + completed
                    + (basic == null ? "" : "、基本完成" + basic)
                    + (open == null ? "" : "、未完成" + open)
                    + "），与所称总数"
                    + findings
                    + "个不符"));
      }
    }
    int finished = 0;
    int unfinished = 0;
    int known = 0;
    for (ImportedFinding leaf : leaves(reading)) {
      if (leaf.status() != null && !leaf.statusSource().startsWith("统计语句")) {
        known++;
        if (leaf.status().isFinished()) {
          finished++;
        } else {
          unfinished++;
        }
      }
    }
    if (known == leaves && known > 0 && completed != null && completed != finished) {
      out.add(
          new Observation(
              Topic.FIGURES, where + "称已完成整改" + completed + "个，正文按标签或状态语句已完成的为" + finished + "个"));
    }
    if (known == leaves && known > 0 && open != null && open != unfinished) {
      out.add(
          new Observation(
              Topic.FIGURES, where + "称未完成（正在整改）" + open + "个，正文按标签或状态语句未完成的为" + unfinished + "个"));
    }
    Integer measures = stated.get("measures");
    Integer measuresDone = stated.get("measuresCompleted");
    if (measures != null && measuresDone != null && measuresDone > measures) {
      out.add(
          new Observation(
              Topic.FIGURES, where + "称已完成措施" + measuresDone + "项，多于措施总数" + measures + "项"));
    }
  }

  private static void statuses(BulletinReading reading, List<Observation> out) {
    List<String> without = new ArrayList<>();
    for (ImportedFinding leaf : leaves(reading)) {
      if (leaf.status() == null) {
        without.add(leaf.marker().isBlank() ? leaf.code() : leaf.marker().strip());
      }
      boolean achieved = false;
      boolean next = false;
      String achievedText = "";
      for (BodyParagraph p : leaf.body()) {
        if (p.label() == null) {
          continue;
        }
        if (BulletinReader.ACHIEVED_LABELS.contains(p.label())) {
          achieved = true;
          achievedText = p.text();
        }
        if (p.label().contains("下步") || p.label().contains("下一步")) {
          next = true;
        }
      }
      String name = "问题" + place(leaf) + "“" + shorten(leaf.text()) + "”";
      if (achieved && next) {
        out.add(new Observation(Topic.CONTRADICTION, name + "标为“取得成效”（已完成），却又列出“下步工作打算”"));
      }
      if (achieved) {
        FindingStatus phrase = BulletinReader.lastPhraseStatus(achievedText);
        if (phrase != null && !phrase.isFinished()) {
          out.add(
              new Observation(
                  Topic.CONTRADICTION, name + "在“取得成效”下写有未完成的状态语句（" + phrase.label() + "）"));
        }
      }
      if (leaf.statusSource() != null
          && leaf.statusSource().startsWith("标签")
          && !leaf.status().isFinished()
          && !achieved) {
        StringBuilder all = new StringBuilder();
        leaf.body().forEach(p -> all.append(p.text()));
        if (all.toString().matches(".*(已全部完成整改|已完成整改并长期坚持|整改已全部完成).*")) {
          out.add(new Observation(Topic.CONTRADICTION, name + "标为“进展情况”（未完成），正文却称已完成整改"));
        }
      }
    }
    if (!without.isEmpty()) {
      out.add(
          new Observation(
              Topic.NO_STATUS,
              without.size()
                  + "个具体问题既无状态标签也无状态语句："
                  + String.join("、", without.subList(0, Math.min(12, without.size())))
                  + (without.size() > 12 ? " 等" : "")));
    }
  }

  private static void numbering(BulletinReading reading, List<Observation> out) {
    int previousAspect = 0;
    for (ImportedAspect aspect : reading.aspects()) {
      if (aspect.marker().isEmpty()) {
        continue;
      }
      int n = BulletinReader.numberOf(aspect.marker());
      report(previousAspect, n, "方面" + aspect.marker().strip(), out);
      previousAspect = n;
    }
    boolean global = reading.profile().findings().scope() == CounterScope.GLOBAL;
    boolean subsGlobal = reading.profile().subFindings().scope() == CounterScope.GLOBAL;
    int previous = 0;
    int previousSub = 0;
    for (ImportedAspect aspect : reading.aspects()) {
      if (!global) {
        previous = 0;
      }
      for (ImportedFinding f : aspect.findings()) {
        if (!f.marker().isEmpty()) {
          int n = BulletinReader.numberOf(f.marker());
          report(previous, n, "方面" + aspect.marker().strip() + "下的问题" + f.marker().strip(), out);
          previous = n;
        }
        if (!subsGlobal) {
          previousSub = 0;
        }
        for (ImportedFinding s : f.children()) {
          if (!s.marker().isEmpty()) {
            int n = BulletinReader.numberOf(s.marker());
            report(previousSub, n, "问题" + f.marker().strip() + "下的" + s.marker().strip(), out);
            previousSub = n;
          }
        }
      }
    }
  }

  private static void report(int previous, int n, String where, List<Observation> out) {
    if (n == previous) {
      out.add(new Observation(Topic.NUMBERING, where + "与上一项重号"));
    } else if (n > previous + 1) {
      out.add(
          new Observation(
              Topic.NUMBERING, where + "跳号：上一项为" + previous + "，缺" + (n - previous - 1) + "个编号"));
    } else if (n < previous) {
      out.add(new Observation(Topic.NUMBERING, where + "编号倒退：上一项为" + previous));
    }
  }

  private static void closing(BulletinReading reading, List<Observation> out) {
    if (reading.invitation() == null) {
      out.add(new Observation(Topic.CLOSING, "没有欢迎干部群众监督的邀请语句"));
    }
    if (reading.contact().isEmpty()) {
      out.add(new Observation(Topic.CLOSING, "没有联系方式（电话、邮箱或通信地址）"));
    } else {
      String all = String.join("", reading.contact());
      if (!all.matches(".*\\d{5,}.*")) {
        out.add(new Observation(Topic.CLOSING, "联系方式中没有电话号码或邮编"));
      }
    }
  }

  private static void dates(BulletinReading reading, List<Observation> out) {
    var f = reading.facts();
    order(f.onSiteStart(), "进驻开始", f.onSiteEnd(), "进驻结束", out);
    order(f.onSiteEnd(), "进驻结束", f.feedbackDate(), "反馈", out);
    order(f.feedbackDate(), "反馈", f.publicationDate(), "通报发布", out);
    if (f.onSiteEnd() == null || f.feedbackDate() == null) {
      order(f.onSiteStart(), "进驻开始", f.feedbackDate(), "反馈", out);
    }
  }

  private static void order(String a, String aName, String b, String bName, List<Observation> out) {
    if (a == null || b == null) {
      return;
    }
    if (LocalDate.parse(b).isBefore(LocalDate.parse(a))) {
      out.add(new Observation(Topic.DATES, bName + "日期" + b + "早于" + aName + "日期" + a));
    }
  }

  private static List<ImportedFinding> leaves(BulletinReading reading) {
    List<ImportedFinding> leaves = new ArrayList<>();
    for (ImportedAspect aspect : reading.aspects()) {
      for (ImportedFinding f : aspect.findings()) {
        leaves.addAll(f.children().isEmpty() ? List.of(f) : f.children());
      }
    }
    return leaves;
  }

  private static String place(ImportedFinding leaf) {
    return leaf.marker().isBlank() ? "（第" + leaf.code() + "项）" : leaf.marker().strip();
  }

  private static String shorten(String s) {
    return s.length() <= 24 ? s : s.substring(0, 23) + "…";
  }
}
