package org.rectify.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Asserts that the engine's users, groups and memberships are exactly the directory's: every active
 * official is a user (name, e-mail) in exactly their group among Rectify's groups, every active
 * unit and every role is a group, and nothing else is — read from the tables, not through the
 * service under test.
 */
final class EngineMirror {

  private EngineMirror() {}

  static void assertEngineMirrorsDirectory(IdentityService identity, JdbcTemplate jdbc) {
    record Row(
        String username, String name, String email, String role, String unit, boolean active) {}
    List<Row> officials =
        jdbc.query(
            "select o.username, o.display_name, o.email, o.role, u.code, o.active"
                + " from rectify.official o left join rectify.unit u on u.id = o.unit_id",
            (rs, i) ->
                new Row(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getBoolean(6)));
    Map<String, String> activeUnits = new HashMap<>();
    jdbc.query(
        "select code, name from rectify.unit where active",
        rs -> {
          activeUnits.put("unit-" + rs.getString(1), rs.getString(2));
        });
    Set<String> roleGroups =
        Arrays.stream(OfficialRole.values())
            .map(OfficialRole::groupId)
            .filter(g -> g != null)
            .collect(Collectors.toSet());

    Map<String, String> engineUnitGroups =
        identity.createGroupQuery().list().stream()
            .filter(g -> g.getId().startsWith("unit-"))
            .collect(Collectors.toMap(Group::getId, Group::getName));
    assertThat(engineUnitGroups).as("engine unit groups = active units").isEqualTo(activeUnits);
    for (String role : roleGroups) {
      assertThat(identity.createGroupQuery().groupId(role).count()).as(role).isEqualTo(1);
    }

    Set<String> activeUsernames = new HashSet<>();
    for (Row official : officials) {
      User user = identity.createUserQuery().userId(official.username()).singleResult();
      if (!official.active()) {
        assertThat(user).as("deactivated %s has no engine user", official.username()).isNull();
        continue;
      }
      activeUsernames.add(official.username());
      assertThat(user).as("engine user of %s", official.username()).isNotNull();
      assertThat(user.getFirstName()).as(official.username()).isEqualTo(official.name());
      assertThat(user.getEmail()).as(official.username()).isEqualTo(official.email());
      String expected =
          official.role().equals("UNIT")
              ? "unit-" + official.unit()
              : OfficialRole.valueOf(official.role()).groupId();
      Set<String> rectifyGroups =
          identity.createGroupQuery().groupMember(official.username()).list().stream()
              .map(Group::getId)
              .filter(g -> g.startsWith("unit-") || roleGroups.contains(g))
              .collect(Collectors.toSet());
      assertThat(rectifyGroups).as("groups of %s", official.username()).containsExactly(expected);
    }
    Set<String> engineUsers =
        identity.createUserQuery().list().stream().map(User::getId).collect(Collectors.toSet());
    assertThat(engineUsers).as("engine users = active officials").isEqualTo(activeUsernames);
  }
}
