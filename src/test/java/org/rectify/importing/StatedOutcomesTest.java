package org.rectify.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rectify.importing.StatedOutcomes.Outcome;
import org.rectify.importing.StatedOutcomes.Topic;

/**
 * Hand-overs, accountability, money and rules as a bulletin states them. Expected values were
 * written from reading the corpus documents.
 */
class StatedOutcomesTest {

  private static List<Outcome> of(String id) {
    return StatedOutcomes.read(BulletinReader.read(BulletinCorpus.text(id)));
  }

  private static List<String> summary(List<Outcome> outcomes) {
    return outcomes.stream().map(o -> o.kind() + o.count().toPlainString() + o.unit()).toList();
  }

  @Test
  void aBreakdownOfPeopleHeldToAccountIsReadItemByItemWithoutSumming() {
    // 015: 追责问责共计25人：给予党内警告处分1人，诫勉谈话2人，提醒谈话7人，批评教育11人，责令作出检查15人，取消干部考察资格1人。
    List<Outcome> paragraph =
        of("015").stream()
            .filter(o -> o.where().startsWith("正文") && o.topic() == Topic.ACCOUNTABILITY)
            .toList();

    assertThat(summary(paragraph))
        .containsExactly(
            "问责25人", "党纪政务处分1人", "诫勉谈话2人", "批评教育、提醒谈话等7人", "批评教育、提醒谈话等11人", "批评教育、提醒谈话等15人");
    assertThat(paragraph).extracting(Outcome::phrase).contains("党内警告处分1人", "责令作出检查15人");
  }

  @Test
  void handedOverItemsAreReadFromTheStatisticsSentenceAndFromTheText() {
    // 033: …巡视移交的11个立行立改问题，已完成整改11个;巡视移交的65件信访件，已全部办结。
    assertThat(of("033"))
        .filteredOn(o -> o.topic() == Topic.HANDOVER)
        .extracting(o -> o.kind() + o.count() + o.unit())
        .containsExactly("信访件65件", "立行立改问题11个");
    assertThat(of("033"))
        .filteredOn(o -> o.topic() == Topic.HANDOVER)
        .allSatisfy(o -> assertThat(o.where()).endsWith("（统计语句）"));
    // 037: 市委巡察一组巡察市台联期间，共向驻市委统战部纪检监察组移交问题线索3件。
    assertThat(summary(of("037"))).contains("问题线索3件");
  }

  @Test
  void moneyIsReadWithItsDecimalsAndRulesWithTheUnitPrinted() {
    assertThat(of("027"))
        .filteredOn(o -> o.topic() == Topic.MONEY)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.count().toPlainString()).isEqualTo("5690.52");
              assertThat(o.unit()).isEqualTo("万元");
              assertThat(o.where()).startsWith("问题 ");
            });
    // 030's statistics sentence: 制定制度8个 … 完善制度7个
    assertThat(summary(of("030"))).containsExactly("建立修订制度8个", "建立修订制度7个");
  }

  @Test
  void aMentionWithoutANumberIsNoStatement() {
    // 001 speaks of 信访资金 and a 信访件 without counting any
    assertThat(of("001")).noneMatch(o -> o.topic() == Topic.HANDOVER);
  }
}
