package org.rectify.workflow.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node in {@code ACT_RU_JOB.LOCK_OWNER_} when {@code rectify.jobs.lock-owner} is set
 * (environment {@code RECTIFY_JOBS_LOCK_OWNER}), so that an operator — and the two-node test — can
 * tell which node holds which locked jobs. Unset, Camunda's random per-start owner stays.
 */
@Component
class JobLockOwner extends AbstractProcessEnginePlugin {

  private final String lockOwner;

  JobLockOwner(@Value("${rectify.jobs.lock-owner:}") String lockOwner) {
    this.lockOwner = lockOwner == null ? "" : lockOwner.strip();
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!lockOwner.isEmpty() && configuration.getJobExecutor() != null) {
      configuration.getJobExecutor().setLockOwner(lockOwner);
    }
  }
}
