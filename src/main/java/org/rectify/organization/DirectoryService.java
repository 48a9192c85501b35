package org.rectify.organization;

import java.util.Arrays;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 组织目录: registers units and officials and mirrors them as engine groups and users. */
@Service
public class DirectoryService {

  private final UnitRepository units;
  private final OfficialRepository officials;
  private final IdentityDirectory identity;

  public DirectoryService(
      UnitRepository units, OfficialRepository officials, IdentityDirectory identity) {
    this.units = units;
    this.officials = officials;
    this.identity = identity;
  }

  /** Makes sure every role's group exists; called at start-up. */
  public void ensureRoleGroups() {
    Arrays.stream(OfficialRole.values())
        .filter(role -> role.groupId() != null)
        .forEach(role -> identity.saveGroup(role.groupId(), role.label()));
  }

  @Transactional
  public Unit registerUnit(String code, String name, String shortName) {
    Unit unit = units.findByCode(code).orElseGet(() -> units.save(new Unit(code, name, shortName)));
    identity.saveGroup(unit.groupId(), unit.getName());
    return unit;
  }

  @Transactional
  public Official registerOfficial(Official official, String password) {
    Objects.requireNonNull(password, "password");
    Official saved =
        officials.findByUsername(official.getUsername()).orElseGet(() -> officials.save(official));
    identity.saveUser(saved, password);
    identity.setMembership(saved.getUsername(), saved.groupId());
    return saved;
  }

  /** Records an engine user created outside Rectify (the bootstrap admin) as an administrator. */
  @Transactional
  public void adoptAdministrator(String username) {
    if (officials.findByUsername(username).isEmpty() && identity.userExists(username)) {
      officials.save(new Official(username, "系统管理员", null, OfficialRole.ADMIN, null, null));
      identity.setMembership(username, OfficialRole.ADMIN.groupId());
    }
  }
}
