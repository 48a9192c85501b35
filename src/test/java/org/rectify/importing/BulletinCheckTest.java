package org.rectify.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rectify.importing.BulletinCheck.Report;
import org.rectify.importing.BulletinCheck.Topic;

class BulletinCheckTest {

  private static Report check(String id) {
    return BulletinCheck.check(BulletinReader.read(BulletinCorpus.text(id)));
  }

  @Test
  void reportsStatedProblemCountsTheListsContradict() {
    assertThat(check("001").text()).contains("称64个具体问题，正文逐条列出48个");
    assertThat(check("002").text()).contains("称12个具体问题，正文逐条列出6个");
    assertThat(check("033").text()).contains("称42个具体问题，正文逐条列出27个");
  }

  @Test
  void reportsStatusFiguresThatDoNotAddUpToTheirTotal() {
    // 025: 37 problems, 35 completed and 4 in progress.
    assertThat(check("025").text()).contains("各状态之和为39个").contains("与所称总数37个不符");
  }

  @Test
  void reportsNumberingGapsAndRepeats() {
    assertThat(check("028").text()).contains("问题6.跳号：上一项为4");
    assertThat(check("037").text()).contains("方面（二）下的问题2.与上一项重号");
  }

  @Test
  void reportsAMissingInvitationAndContact() {
    Report report = check("009");

    assertThat(report.count(Topic.CLOSING)).isEqualTo(2);
    assertThat(report.text()).contains("没有欢迎干部群众监督的邀请语句").contains("没有联系方式");
  }

  @Test
  void reportsFindingsWithoutStatus() {
    assertThat(check("006").text()).contains("12个具体问题既无状态标签也无状态语句");
  }

  @Test
  void aConsistentBulletinHasNothingToReport() {
    assertThat(check("038").observations()).isEmpty();
  }

  @Test
  void reportsAContradictingLabelAndDatesOutOfOrder() {
    String text =
        String.join(
            "\n",
            "中共某县某局党组关于巡察整改进展情况的通报",
            "2021年03月01日",
            "根据县委统一部署，2021年4月1日至5月30日，县委第一巡察组对某局党组进行了常规巡察。2021年6月20日，县委第一巡察组向某局党组反馈了巡察意见。",
            "一、整改工作总体情况",
            "截至目前，反馈的2个具体问题，已完成整改2个。",
            "二、具体问题整改情况",
            "（一）关于学习不深入方面问题",
            "1.理论学习不深入。",
            "取得成效：制定学习计划，目前仍在推进中，正在推进。",
            "2.会议记录不规范。",
            "取得成效：建立会议记录制度。",
            "下步工作打算：继续规范会议记录。",
            "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0000-1234567。");

    Report report = BulletinCheck.check(BulletinReader.read(text));

    assertThat(report.text())
        .contains("在“取得成效”下写有未完成的状态语句")
        .contains("标为“取得成效”（已完成），却又列出“下步工作打算”")
        .contains("通报发布日期2021-03-01早于反馈日期2021-06-20");
  }
}
