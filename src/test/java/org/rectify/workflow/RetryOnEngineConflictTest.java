package org.rectify.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.aop.aspectj.annotation.AspectJProxyFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class RetryOnEngineConflictTest {

  /** A transactional service whose first calls lose a race with the engine's background work. */
  public static class Step {
    final AtomicInteger calls = new AtomicInteger();
    int lose;
    RuntimeException conflict =
        new OptimisticLockingException("ENGINE-03005 execution was updated by another transaction");

    @Transactional
    public String complete() {
      if (calls.incrementAndGet() <= lose) {
        throw conflict;
      }
      return "done";
    }
  }

  private static Step proxied(Step target) {
    AspectJProxyFactory factory = new AspectJProxyFactory(target);
    factory.setProxyTargetClass(true);
    factory.addAspect(new RetryOnEngineConflict());
    return factory.getProxy();
  }

  @Test
  void aStepThatLosesARaceWithATimerIsRunAgainAndSucceeds() {
    Step step = new Step();
    step.lose = 1;

    assertThat(proxied(step).complete()).isEqualTo("done");
    assertThat(step.calls).hasValue(2);
  }

  @Test
  void aDatabaseDeadlockIsRetriedLikeAnEngineConflict() {
    Step step = new Step();
    step.lose = 2;
    step.conflict =
        new CannotAcquireLockException(
            "could not execute batch", new SQLException("deadlock detected", "40P01"));

    assertThat(proxied(step).complete()).isEqualTo("done");
    assertThat(step.calls).hasValue(3);
  }

  @Test
  void afterThreeLostAttemptsTheCallerIsAskedToTryAgainWithAConflict() {
    Step step = new Step();
    step.lose = 5;

    assertThatThrownBy(() -> proxied(step).complete())
        .isInstanceOf(OptimisticLockingFailureException.class)
        .hasMessageContaining("已重试 3 次");
    assertThat(step.calls).hasValue(3);
  }

  @Test
  void otherFailuresAreNotRetried() {
    Step step = new Step();
    step.lose = 1;
    step.conflict = new IllegalStateException("尚未分解交办");

    assertThatThrownBy(() -> proxied(step).complete()).isSameAs(step.conflict);
    assertThat(step.calls).hasValue(1);
  }

  @Test
  void aCallInsideARunningTransactionLeavesTheRetryToTheOutermostCall() {
    Step step = new Step();
    step.lose = 1;
    TransactionSynchronizationManager.setActualTransactionActive(true);
    try {
      assertThatThrownBy(() -> proxied(step).complete()).isSameAs(step.conflict);
    } finally {
      TransactionSynchronizationManager.setActualTransactionActive(false);
    }
    assertThat(step.calls).hasValue(1);
  }
}
