package org.rectify.workflow.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.rectify.organization.IdentityDirectory;
import org.rectify.organization.Official;
import org.rectify.organization.OfficialRole;
import org.rectify.organization.Unit;
import org.rectify.security.PasswordCheck;
import org.springframework.stereotype.Component;

/**
 * The organisation directory mirrored in Camunda's identity service: roles and units become groups,
 * officials become users (passwords stored salted and hashed by the engine).
 */
@Component
class CamundaIdentity implements IdentityDirectory, PasswordCheck {

  private static final String GROUP_TYPE = "WORKFLOW";

  private final IdentityService identityService;

  CamundaIdentity(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void saveGroup(String groupId, String name) {
    Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
    if (group == null) {
      group = identityService.newGroup(groupId);
    }
    group.setName(name);
    group.setType(GROUP_TYPE);
    identityService.saveGroup(group);
  }

  @Override
  public void saveUser(Official official, String password) {
    User user = identityService.createUserQuery().userId(official.getUsername()).singleResult();
    if (user == null) {
      user = identityService.newUser(official.getUsername());
    }
    user.setFirstName(official.getDisplayName());
    user.setLastName(official.getTitle() == null ? "" : official.getTitle());
    user.setEmail(official.getEmail());
    if (password != null) {
      user.setPassword(password);
    }
    identityService.saveUser(user);
  }

  @Override
  public void setMembership(String username, String groupId) {
    List<Group> current = identityService.createGroupQuery().groupMember(username).list();
    boolean alreadyMember = false;
    for (Group group : current) {
      if (group.getId().equals(groupId)) {
        alreadyMember = true;
      } else if (isRectifyGroup(group.getId())) {
        identityService.deleteMembership(username, group.getId());
      }
    }
    if (!alreadyMember) {
      identityService.createMembership(username, groupId);
    }
  }

  @Override
  public boolean userExists(String username) {
    return identityService.createUserQuery().userId(username).count() > 0;
  }

  @Override
  public void deleteUser(String username) {
    if (userExists(username)) {
      identityService.deleteUser(username);
    }
  }

  @Override
  public void deleteGroup(String groupId) {
    if (identityService.createGroupQuery().groupId(groupId).count() > 0) {
      identityService.deleteGroup(groupId);
    }
  }

  @Override
  public boolean matches(String username, String password) {
    return password != null && identityService.checkPassword(username, password);
  }

  @Override
  public Optional<Instant> lockedUntil(String username) {
    User user = identityService.createUserQuery().userId(username).singleResult();
    if (user instanceof UserEntity entity && entity.getLockExpirationTime() != null) {
      return Optional.of(entity.getLockExpirationTime().toInstant());
    }
    return Optional.empty();
  }

  private static boolean isRectifyGroup(String groupId) {
    if (Unit.isUnitGroup(groupId)) {
      return true;
    }
    for (OfficialRole role : OfficialRole.values()) {
      if (groupId.equals(role.groupId())) {
        return true;
      }
    }
    return false;
  }
}
