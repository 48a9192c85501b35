package org.rectify.workflow.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Lets a unit's group read one process instance (and its history) in Tasklist and {@code
 * /engine-rest}: unit groups have no blanket read, so whoever starts a process for a unit's finding
 * calls {@link #grantRead} with the instance id and {@code Unit.groupId()}.
 */
@Component
public class UnitInstanceAccess {

  private final AuthorizationService authorizations;

  UnitInstanceAccess(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void grantRead(String processInstanceId, String unitGroupId) {
    grant(
        unitGroupId,
        Resources.PROCESS_INSTANCE,
        processInstanceId,
        ProcessInstancePermissions.READ);
    grant(
        unitGroupId,
        Resources.HISTORIC_PROCESS_INSTANCE,
        processInstanceId,
        HistoricProcessInstancePermissions.READ);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    boolean exists =
        authorizations
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .hasPermission(permission)
                .count()
            > 0;
    if (!exists) {
      Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      authorization.addPermission(permission);
      authorizations.saveAuthorization(authorization);
    }
  }
}
