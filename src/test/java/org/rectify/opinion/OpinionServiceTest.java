package org.rectify.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rectify.audit.AuditTrail;
import org.rectify.bulletin.Audience;
import org.rectify.web.FieldViolation;
import org.rectify.web.InvalidInputException;
import org.rectify.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;

/** The rules of 意见建议 and of its triage: every bad field named, nothing written. */
class OpinionServiceTest {

  private final PublicOpinionRepository opinions = mock(PublicOpinionRepository.class);
  private final OpinionWorkflow workflow = mock(OpinionWorkflow.class);
  private final AuditTrail audit = mock(AuditTrail.class);
  private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
  private final OpinionService service =
      new OpinionService(
          opinions,
          workflow,
          audit,
          events,
          Clock.fixed(Instant.parse("2026-12-06T16:30:00Z"), ZoneId.of("Asia/Shanghai")));
  private final UUID editionId = UUID.randomUUID();

  @BeforeEach
  void publishedEdition() {
    when(opinions.editionHead(editionId, Audience.PUBLIC))
        .thenReturn(
            Optional.of(
                new EditionHead(
                    editionId,
                    UUID.randomUUID(),
                    "关于巡察整改进展情况的通报",
                    "中共示例区某某局党组",
                    LocalDate.of(2025, 11, 30))));
    when(opinions.save(any())).thenAnswer(call -> call.getArgument(0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "13800000000",
        "0431-88888888",
        "+86 138 0000 0000",
        "(0431) 8888 8888",
        "（0431）88888888",
        "zhang.san@example.cn",
        "li_si+yijian@mail.example.com"
      })
  void acceptsATelephoneNumberOrAnEmailAddressAsContact(String contact) {
    UUID id = service.submit(editionId, new OpinionSubmission("建议加快整改进度。", "", contact), "hash");

    assertThat(id).isNotNull();
    verify(events).publishEvent(new OpinionReceived(id));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "微信 zhangsan", "a@b", "138-0000-0000-0000-1", "@example.cn"})
  void refusesAContactThatIsNeitherATelephoneNumberNorAnEmailAddress(String contact) {
    assertThatThrownBy(
            () -> service.submit(editionId, new OpinionSubmission("建议。", null, contact), "hash"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getViolations())
                    .extracting(FieldViolation::field)
                    .containsExactly("contact"));
    verify(opinions, never()).save(any());
    verifyNoInteractions(events);
  }

  @Test
  void namesEveryBadFieldAtOnceAndWritesNothing() {
    OpinionSubmission bad =
        new OpinionSubmission("长".repeat(2001), "名".repeat(101), "x".repeat(101));

    assertThatThrownBy(() -> service.submit(editionId, bad, "hash"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getViolations())
                    .extracting(FieldViolation::field, FieldViolation::message)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("text", "意见建议内容不能超过 2000 字（现为 2001 字）"),
                        org.assertj.core.groups.Tuple.tuple("name", "姓名不能超过 100 字"),
                        org.assertj.core.groups.Tuple.tuple("contact", "联系方式不能超过 100 字")));
    verify(opinions, never()).save(any());
    verifyNoInteractions(events);
  }

  @Test
  void countsAWindowsLineBreakAsOneCharacterAndRefusesControlCharacters() {
    String twoThousand = "一".repeat(999) + "\r\n" + "二".repeat(1000);
    assertThat(service.submit(editionId, new OpinionSubmission(twoThousand, null, null), "h"))
        .isNotNull();

    assertThatThrownBy(
            () -> service.submit(editionId, new OpinionSubmission("建议\u0000", null, null), "h"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("控制字符");
    assertThatThrownBy(
            () -> service.submit(editionId, new OpinionSubmission("建议", "张\n三", null), "h"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("name");
  }

  @Test
  void refusesAnEditionThatIsNotPublishedToThePublic() {
    UUID internal = UUID.randomUUID();
    when(opinions.editionHead(internal, Audience.PUBLIC)).thenReturn(Optional.empty());

    assertThatThrownBy(
            () -> service.submit(internal, new OpinionSubmission("建议。", null, null), "hash"))
        .isInstanceOf(NotFoundException.class);
    verify(opinions, never()).save(any());
  }

  @Test
  void aReferralOrARefusalNeedsANoteAnAdoptionDoesNot() throws Exception {
    PublicOpinion opinion = received();

    for (String outcome : new String[] {"REFERRED", "DECLINED"}) {
      assertThatThrownBy(
              () -> service.triage(opinion.getId(), new OpinionTriage(outcome, "  "), "t-office"))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.getViolations())
                      .extracting(FieldViolation::field)
                      .containsExactly("note"));
    }
    assertThatThrownBy(
            () -> service.triage(opinion.getId(), new OpinionTriage("RECEIVED", "x"), "t-office"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("outcome");
    assertThat(opinion.getStatus()).isEqualTo(OpinionStatus.RECEIVED);
    verify(workflow, never()).opinionTriaged(any(), anyString());
    verifyNoInteractions(audit);

    service.triage(opinion.getId(), new OpinionTriage("ADOPTED", null), "t-office");

    assertThat(opinion.getStatus()).isEqualTo(OpinionStatus.ADOPTED);
    assertThat(opinion.getTriagedBy()).isEqualTo("t-office");
    verify(workflow).opinionTriaged(opinion.getId(), "t-office");
  }

  @Test
  void theTaskGuardRefusesAnOpinionWithoutOutcome() {
    PublicOpinion opinion = received();

    assertThatThrownBy(() -> service.checkTriaged(opinion.getId()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/api/opinions/" + opinion.getId() + "/triage");
  }

  private PublicOpinion received() {
    PublicOpinion opinion =
        new PublicOpinion(editionId, UUID.randomUUID(), "建议。", null, null, "hash", Instant.now());
    when(opinions.findById(opinion.getId())).thenReturn(Optional.of(opinion));
    return opinion;
  }
}
