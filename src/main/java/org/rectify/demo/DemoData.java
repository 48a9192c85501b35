package org.rectify.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.rectify.organization.DirectoryService;
import org.rectify.organization.Official;
import org.rectify.organization.OfficialRepository;
import org.rectify.organization.OfficialRole;
import org.rectify.organization.Unit;
import org.rectify.registration.InspectionRegistration;
import org.rectify.registration.RegistrationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 演示数据 for the default (embedded database) profile only: one official per role, two units with
 * staff, and the inspection of corpus document 038 (区机管中心, 4 个方面 13 个具体问题). Runs once.
 */
@Component
@Profile("default")
@Order(100)
class DemoData implements ApplicationRunner {

  static final String PASSWORD = "demo";
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final DirectoryService directory;
  private final OfficialRepository officials;
  private final RegistrationService registration;
  private final ObjectMapper json;

  DemoData(
      DirectoryService directory,
      OfficialRepository officials,
      RegistrationService registration,
      ObjectMapper json) {
    this.directory = directory;
    this.officials = officials;
    this.registration = registration;
    this.json = json;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) throws IOException {
    if (officials.findByUsername("office").isPresent()) {
      return;
    }
    Unit general = directory.registerUnit("general", "综合科", null);
    Unit services = directory.registerUnit("services", "服务保障科", null);
    directory.registerUnit("security", "保卫科", null);
    directory.registerUnit("finance", "财务科", null);
    directory.registerUnit("party", "机关党支部", null);

    official("office", "王整改", "整改办主任", OfficialRole.OFFICE, null);
    official("leader", "张书记", "党组书记", OfficialRole.LEADER, null);
    official("unit-a", "李综合", "综合科科长", OfficialRole.UNIT, general);
    official("unit-b", "赵保障", "服务保障科科长", OfficialRole.UNIT, services);
    official("supervisor", "陈督查", "派驻纪检监察组组长", OfficialRole.SUPERVISOR, null);
    official("admin", "系统管理员", null, OfficialRole.ADMIN, null);

    try (InputStream in = new ClassPathResource("demo/inspection.json").getInputStream()) {
      registration.register(json.readValue(in, InspectionRegistration.class), "office");
    }
    log.info("演示数据已创建：6 个演示用户（密码均为 {}），1 次巡察（区机管中心）", PASSWORD);
  }

  private void official(String username, String name, String title, OfficialRole role, Unit unit) {
    directory.registerOfficial(
        new Official(username, name, title, role, unit, username + "@rectify.example"), PASSWORD);
  }
}
