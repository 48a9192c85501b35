package org.rectify.workflow;

import java.sql.SQLException;
import java.util.Set;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An official's step can collide with the engine's own background work on the same process
 * instance: a timer that fires (the 整改报告时限 of a feedback registered after its deadline fires at
 * once), an asynchronous continuation, another node's job. The loser of such a race is rolled back
 * whole; the job executor retries its side by itself, and this retries the official's side: the
 * outermost transactional call of the app is run again, up to {@value #ATTEMPTS} times, when it
 * failed on an engine optimistic lock, a database deadlock or a serialization failure. Nothing of a
 * failed attempt was written, so running it again is safe. When every attempt loses, the caller
 * gets 409 ("请重试") instead of a server error.
 *
 * <p>A step that another official completed meanwhile is not retried: {@link UserTaskSteps} reports
 * it as done (409), which is the answer.
 */
@Aspect
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RetryOnEngineConflict {

  static final int ATTEMPTS = 3;

  private static final Logger log = LoggerFactory.getLogger(RetryOnEngineConflict.class);

  /** PostgreSQL: serialization_failure, deadlock_detected. */
  private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40001", "40P01");

  @Around(
      "execution(public * org.rectify..*(..))"
          + " && (@annotation(org.springframework.transaction.annotation.Transactional)"
          + " || @within(org.springframework.transaction.annotation.Transactional))")
  Object retryOutermostTransaction(ProceedingJoinPoint call) throws Throwable {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return call.proceed(); // the outermost call retries the whole transaction
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return call.proceed();
      } catch (RuntimeException e) {
        if (!isTransientConflict(e)) {
          throw e;
        }
        if (attempt == ATTEMPTS) {
          throw new OptimisticLockingFailureException("与系统后台处理同时发生冲突，已重试 " + ATTEMPTS + " 次", e);
        }
        log.info(
            "{} lost a race with concurrent engine work (attempt {} of {}): {}",
            call.getSignature().toShortString(),
            attempt,
            ATTEMPTS,
            e.toString());
      }
    }
  }

  static boolean isTransientConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockingException
          || t instanceof PessimisticLockingFailureException) {
        return true;
      }
      if (t instanceof SQLException sql && TRANSIENT_SQL_STATES.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
