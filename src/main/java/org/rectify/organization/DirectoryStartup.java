package org.rectify.organization;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups in the engine at start-up, before any demo or import runs, and makes the
 * configured bootstrap administrator (camunda.bpm.admin-user) an official of the directory.
 */
@Component
@Order(0)
class DirectoryStartup implements ApplicationRunner {

  private final DirectoryService directory;
  private final String adminUser;

  DirectoryStartup(
      DirectoryService directory, @Value("${camunda.bpm.admin-user.id:}") String adminUser) {
    this.directory = directory;
    this.adminUser = adminUser;
  }

  @Override
  public void run(ApplicationArguments args) {
    directory.ensureRoleGroups();
    if (!adminUser.isBlank()) {
      directory.adoptAdministrator(adminUser);
    }
  }
}
