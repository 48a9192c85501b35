package org.rectify.workflow.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.rectify.organization.OfficialRole;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine's authorizations per role, created at start-up and topped up on every start (never
 * duplicated, never narrowed by hand-made grants). Who may see what:
 *
 * <ul>
 *   <li>everybody signed in: Tasklist, read process definitions, users and groups (the role filters
 *       are shared one by one in {@link TasklistFilters});
 *   <li>unit groups ({@code unit-…}): nothing more across the board — they see and work tasks the
 *       engine grants them as candidate group or assignee (READ + TASK_WORK, see {@code
 *       defaultUserPermissionNameForTask}) and process instances granted through {@link
 *       UnitInstanceAccess};
 *   <li>{@code supervisors} and {@code leaders}: read every process instance, task and history,
 *       Cockpit;
 *   <li>{@code office}: manages every process instance and task, Cockpit;
 *   <li>{@code camunda-admin}: everything, including Admin and creating filters.
 * </ul>
 *
 * Nobody but administrators may create filters: filters carry expressions.
 */
@Component
@Order(10)
class EngineAuthorizations implements ApplicationRunner {

  private static final String TASKLIST = "tasklist";
  private static final String COCKPIT = "cockpit";

  private final AuthorizationService authorizations;

  EngineAuthorizations(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    grantEverybody(Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    grantEverybody(Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    // Filters are shared one by one with the groups they are for (TasklistFilters), not all with
    // everybody.
    grantEverybody(Resources.USER, ANY, Permissions.READ);
    grantEverybody(Resources.GROUP, ANY, Permissions.READ);

    String office = OfficialRole.OFFICE.groupId();
    grant(office, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grant(
        office,
        Resources.PROCESS_DEFINITION,
        ANY,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.UPDATE_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.UPDATE_TASK,
        ProcessDefinitionPermissions.TASK_WORK,
        ProcessDefinitionPermissions.TASK_ASSIGN,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.RETRY_JOB);
    grant(office, Resources.PROCESS_INSTANCE, ANY, Permissions.ALL);
    grant(office, Resources.TASK, ANY, Permissions.ALL);
    grant(
        office, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grant(office, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grant(office, Resources.DEPLOYMENT, ANY, Permissions.READ);

    for (String readers :
        List.of(OfficialRole.SUPERVISOR.groupId(), OfficialRole.LEADER.groupId())) {
      grant(readers, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
      grant(
          readers,
          Resources.PROCESS_DEFINITION,
          ANY,
          ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.READ_HISTORY);
      grant(readers, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
      grant(readers, Resources.TASK, ANY, TaskPermissions.READ);
      grant(
          readers,
          Resources.HISTORIC_PROCESS_INSTANCE,
          ANY,
          HistoricProcessInstancePermissions.READ);
      grant(readers, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
      grant(readers, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }

    String admins = OfficialRole.ADMIN.groupId();
    for (Resources resource : Resources.values()) {
      grant(admins, resource, ANY, Permissions.ALL);
    }
  }

  private void grantEverybody(Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization =
        existing(
            authorizations
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GLOBAL)
                .userIdIn(ANY)
                .resourceType(resource)
                .resourceId(resourceId)
                .list());
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
      authorization.setUserId(ANY);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    save(authorization, permissions);
  }

  private void grant(
      String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization =
        existing(
            authorizations
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .list());
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    save(authorization, permissions);
  }

  private static Authorization existing(List<Authorization> found) {
    return found.isEmpty() ? null : found.get(0);
  }

  private void save(Authorization authorization, Permission... permissions) {
    boolean missing = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        missing = true;
      }
    }
    if (missing) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
