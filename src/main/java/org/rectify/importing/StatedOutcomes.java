package org.rectify.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rectify.importing.BulletinReading.BodyParagraph;
import org.rectify.importing.BulletinReading.ImportedFinding;
import org.rectify.importing.BulletinReading.Narrative;
import org.rectify.importing.BulletinReading.Part;
import org.rectify.importing.BulletinReading.Role;
import org.rectify.importing.BulletinReading.Statistics;

/**
 * 文中所述的移交事项与问责处理: what a bulletin states about items handed over by the inspection (问题线索, 信访件,
 * 立行立改问题), about people held to account (诫勉谈话, 党纪政务处分, 组织处理, 批评教育 …), money recovered and rules
 * made — each statement as printed, with where it stands. They are the document's statements, never
 * summed (a total and its breakdown are often both printed) and never taken for the ledger's
 * hand-overs, sanctions or money.
 */
public final class StatedOutcomes {

  private StatedOutcomes() {}

  /** What a statement is about. */
  public enum Topic {
    HANDOVER("移交事项"),
    ACCOUNTABILITY("问责处理"),
    MONEY("资金"),
    RULES("制度");

    private final String label;

    Topic(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One stated figure.
   *
   * @param topic what it is about
   * @param kind the kind as the document names it (问题线索, 诫勉谈话 …)
   * @param count the number printed
   * @param unit the unit as printed (件, 条, 个, 人, 万元, 项)
   * @param where 统计语句, 正文第N段 or 问题 a.f 下
   * @param phrase the words it was read from
   */
  public record Outcome(
      Topic topic, String kind, BigDecimal count, String unit, String where, String phrase) {

    public String topicLabel() {
      return topic.label();
    }
  }

  private record Rule(Topic topic, String kind, String unit, Pattern pattern) {}

  private static final String N = "(\\d+(?:\\.\\d+)?)";
  private static final String PEOPLE = "(?:名|位)?(?:干部|同志|党员|人员|责任人)?";

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              Topic.HANDOVER,
              "问题线索",
              "件",
              Pattern.compile(
                  "移交(?:的)?(?:问题)?线索" + N + "(?:件|条)|移交(?:的)?" + N + "(?:件|条)(?:问题)?线索")),
          new Rule(
              Topic.HANDOVER,
              "信访件",
              "件",
              Pattern.compile(
                  "(?:信访件|信访举报件|信访事项)" + N + "(?:件|个)|" + N + "(?:件|个)(?:信访件|信访举报件|信访事项)")),
          new Rule(
              Topic.HANDOVER,
              "立行立改问题",
              "个",
              Pattern.compile(N + "个立行立改(?:问题|事项)|立行立改(?:问题|事项)" + N + "个")),
          new Rule(
              Topic.ACCOUNTABILITY, "问责", "人", Pattern.compile("(?:追责问责|问责)(?:共计|共)?" + N + "人")),
          new Rule(
              Topic.ACCOUNTABILITY,
              "党纪政务处分",
              "人",
              Pattern.compile(
                  "(?:党纪政务处分|党纪处分|政务处分|党内警告处分|党内严重警告处分|撤销党内职务处分|留党察看处分|开除党籍处分|纪律处分)"
                      + N
                      + "人|"
                      + N
                      + PEOPLE
                      + "[^。；，,]{0,8}?(?:党纪政务处分|党纪处分|政务处分|纪律处分)")),
          new Rule(
              Topic.ACCOUNTABILITY,
              "诫勉谈话",
              "人",
              Pattern.compile("诫勉(?:谈话)?" + N + "人|" + N + PEOPLE + "[^。；，,]{0,8}?诫勉")),
          new Rule(
              Topic.ACCOUNTABILITY,
              "组织处理",
              "人",
              Pattern.compile("组织处理" + N + "人|" + N + PEOPLE + "[^。；，,]{0,8}?组织处理")),
          new Rule(
              Topic.ACCOUNTABILITY,
              "批评教育、提醒谈话等",
              "人",
              Pattern.compile(
                  "(?:批评教育|提醒谈话|谈话提醒|通报批评|责令(?:作出)?检查)"
                      + N
                      + "人|"
                      + N
                      + PEOPLE
                      + "[^。；，,]{0,8}?(?:批评教育|提醒谈话|谈话提醒|通报批评|责令(?:作出)?检查)")),
          new Rule(
              Topic.MONEY,
              "退缴、追缴资金",
              "万元",
              Pattern.compile("(?:退缴|追缴|退还|退回|挽回|收回|清退)[^。；，,]{0,12}?" + N + "\\s*万元")),
          new Rule(
              Topic.RULES,
              "建立修订制度",
              "项",
              Pattern.compile(
                  "(?:新建|建立|制定|出台|修订|完善)(?:和|、)?(?:修订|完善)?(?:各类|各项)?(?:规章)?制度" + N + "(?:项|个|件)")));

  /** Every statement of the document, in reading order. */
  public static List<Outcome> read(BulletinReading reading) {
    List<Outcome> outcomes = new ArrayList<>();
    int paragraph = 0;
    for (Part part : reading.parts()) {
      Role role = part instanceof Narrative n ? n.role() : null;
      if (role == Role.TITLE || role == Role.DATE || role == Role.BLANK) {
        continue;
      }
      paragraph++;
      if (part instanceof Statistics st) {
        scan(st.text(), "正文第" + paragraph + "段（统计语句）", outcomes);
      } else if (role == Role.TEXT || role == Role.OPENING) {
        scan(((Narrative) part).text(), "正文第" + paragraph + "段", outcomes);
      }
    }
    for (ImportedFinding finding : reading.allFindings()) {
      String where = "问题 " + finding.code() + " 下";
      scan(finding.detail(), where, outcomes);
      finding.lines().forEach(line -> scan(line, where, outcomes));
      for (BodyParagraph p : finding.body()) {
        scan(p.text(), where, outcomes);
      }
    }
    return List.copyOf(outcomes);
  }

  private static void scan(String text, String where, List<Outcome> out) {
    if (text == null || text.isBlank()) {
      return;
    }
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        out.add(
            new Outcome(
                rule.topic(),
                rule.kind(),
                new BigDecimal(number(m)),
                unit(m, rule.unit()),
                where,
                m.group()));
      }
    }
  }

  /** The unit printed right after the number, else the kind's usual one. */
  private static String unit(Matcher m, String usual) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null && m.end(g) < m.group().length() + m.start()) {
        char next = m.group().charAt(m.end(g) - m.start());
        if ("件条个项".indexOf(next) >= 0) {
          return String.valueOf(next);
        }
      }
    }
    return usual;
  }

  private static String number(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    throw new IllegalStateException("no number in " + m.group());
  }
}
