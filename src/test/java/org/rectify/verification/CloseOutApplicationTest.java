package org.rectify.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CloseOutApplicationTest {

  private final CloseOutApplication application =
      new CloseOutApplication(UUID.randomUUID(), "已按期完成全部措施", "unit-a");

  @Test
  void goesFromSelfCheckThroughLeaderConfirmationToCertification() {
    application.confirm("leader");
    application.certify("office");

    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.CERTIFIED);
    assertThat(application.getConfirmedBy()).isEqualTo("leader");
    assertThat(application.getCertifiedBy()).isEqualTo("office");
  }

  @Test
  void cannotBeCertifiedBeforeTheLeaderConfirmedIt() {
    assertThatThrownBy(() -> application.certify("office")).hasMessageContaining("待责任领导确认");
  }

  @Test
  void aReturnedApplicationCannotBeConfirmedAnyMore() {
    application.returnForRevision();

    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.RETURNED);
    assertThatThrownBy(() -> application.confirm("leader"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void needsASelfCheck() {
    assertThatThrownBy(() -> new CloseOutApplication(UUID.randomUUID(), " ", "unit-a"))
        .hasMessageContaining("部门自审");
  }

  @Test
  void aFollowUpNeedsANote() {
    assertThatThrownBy(() -> new FollowUpResult(UUID.randomUUID(), true, "", "office"))
        .hasMessageContaining("检查情况");
  }
}
