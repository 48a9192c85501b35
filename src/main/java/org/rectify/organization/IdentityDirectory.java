package org.rectify.organization;

/**
 * 身份目录: the engine's users and groups, kept in step with the organisation directory. Implemented in
 * {@code workflow} so that this package stays free of Camunda.
 */
public interface IdentityDirectory {

  /** Creates or updates the group (Chinese name) of a role or unit. */
  void saveGroup(String groupId, String name);

  /** Creates or updates the user; a null password keeps the current one. */
  void saveUser(Official official, String password);

  /** Makes the user a member of exactly the given group among Rectify's groups. */
  void setMembership(String username, String groupId);

  boolean userExists(String username);

  /** Removes the user and their memberships (a deactivated official can no longer sign in). */
  void deleteUser(String username);

  /** Removes the group and its memberships (a deactivated unit). */
  void deleteGroup(String groupId);
}
