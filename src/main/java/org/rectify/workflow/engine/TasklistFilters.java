package org.rectify.workflow.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.rectify.organization.OfficialRole;
import org.rectify.workflow.LifecycleVariables;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 任务筛选器: the Tasklist filters every role starts with, created at start-up and brought back to this
 * definition on every start (found by name, so a restart never duplicates them).
 *
 * <ul>
 *   <li>我的待办 — tasks assigned to me;
 *   <li>本单位待认领 — unclaimed tasks offered to one of my groups (for unit staff: their unit);
 *   <li>三日内到期 / 已逾期 — my tasks and my groups' tasks due within three days / already due;
 *   <li>全部逾期 — every overdue task, for supervisors (and the office that runs the rectification).
 * </ul>
 *
 * The first four are shared with everybody (a global READ on that filter); 全部逾期 only with {@code
 * supervisors} and {@code office}. Engine authorization still decides which tasks a filter returns,
 * so a unit user's filters only ever show tasks the unit may work. Columns: the finding's label,
 * the measure's label, the responsible unit and the measure's deadline (process variables {@code
 * findingLabel}, {@code measureLabel}, {@code unitName}, {@code deadline}).
 */
@Component
@Order(20)
class TasklistFilters implements ApplicationRunner {

  static final String MINE = "我的待办";
  static final String TO_CLAIM = "本单位待认领";
  static final String DUE_SOON = "三日内到期";
  static final String OVERDUE = "已逾期";
  static final String ALL_OVERDUE = "全部逾期";

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    // Earlier versions let everybody read every filter; that would show 全部逾期 to unit staff.
    authorizations
        .createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GLOBAL)
        .resourceType(Resources.FILTER)
        .resourceId(ANY)
        .list()
        .forEach(a -> authorizations.deleteAuthorization(a.getId()));
    shareWithEverybody(
        save(
            MINE,
            10,
            "指派给我的任务",
            tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
    shareWithEverybody(
        save(
            TO_CLAIM,
            20,
            "我所在单位（组）可认领、尚无人认领的任务",
            tasks
                .createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .taskUnassigned()));
    shareWithEverybody(
        save(
            DUE_SOON,
            30,
            "我的和本单位的任务中三日内到期的",
            mine().dueBeforeExpression("${dateTime().plusDays(3).toDate()}")));
    shareWithEverybody(
        save(OVERDUE, 40, "我的和本单位的任务中已过期限的", mine().dueBeforeExpression("${now()}")));
    Filter allOverdue =
        save(
            ALL_OVERDUE,
            50,
            "所有单位已过期限的任务（督查督办）",
            tasks.createTaskQuery().dueBeforeExpression("${now()}"));
    shareWithGroup(allOverdue, OfficialRole.SUPERVISOR.groupId());
    shareWithGroup(allOverdue, OfficialRole.OFFICE.groupId());
  }

  /** Tasks assigned to me or offered to one of my groups. */
  private TaskQuery mine() {
    return tasks
        .createTaskQuery()
        .or()
        .taskAssigneeExpression("${currentUser()}")
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .endOr();
  }

  private Filter save(String name, int priority, String description, TaskQuery query) {
    List<Filter> found = filters.createFilterQuery().filterName(name).list();
    Filter filter = found.isEmpty() ? filters.newTaskFilter(name) : found.get(0);
    filter.setQuery(query);
    filter.setProperties(properties(priority, description));
    return filters.saveFilter(filter);
  }

  private static Map<String, Object> properties(int priority, String description) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put(
        "variables",
        List.of(
            column(LifecycleVariables.FINDING_LABEL.name(), "问题"),
            column(LifecycleVariables.MEASURE_LABEL.name(), "整改措施"),
            column(LifecycleVariables.UNIT_NAME.name(), "责任单位"),
            column(LifecycleVariables.DEADLINE.name(), "整改时限")));
    return properties;
  }

  private static Map<String, String> column(String name, String label) {
    return Map.of("name", name, "label", label);
  }

  private void shareWithEverybody(Filter filter) {
    List<Authorization> found =
        authorizations
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GLOBAL)
            .resourceType(Resources.FILTER)
            .resourceId(filter.getId())
            .list();
    if (found.isEmpty()) {
      Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
      read.setUserId(ANY);
      read.setResource(Resources.FILTER);
      read.setResourceId(filter.getId());
      read.addPermission(Permissions.READ);
      authorizations.saveAuthorization(read);
    }
  }

  private void shareWithGroup(Filter filter, String groupId) {
    List<Authorization> found =
        authorizations
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(Resources.FILTER)
            .resourceId(filter.getId())
            .list();
    if (found.isEmpty()) {
      Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      read.setGroupId(groupId);
      read.setResource(Resources.FILTER);
      read.setResourceId(filter.getId());
      read.addPermission(Permissions.READ);
      authorizations.saveAuthorization(read);
    }
  }
}
