package org.rectify.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** What a newcomer gets from {@code mvn spring-boot:run}: the default profile on embedded H2. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:default-profile;DB_CLOSE_DELAY=-1")
class DefaultProfileBootIT {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;

  @Test
  void servesTheLoginPageForTasklist() {
    ResponseEntity<String> page = rest.getForEntity("/login", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("登录", "任务列表", "Rectify 整改");
  }

  @Test
  void letsEveryDemoUserLogIntoTasklist() {
    for (String user : List.of("office", "leader", "unit-a", "unit-b", "supervisor", "admin")) {
      assertThat(tasklistLogin(user, DemoData.PASSWORD)).as(user).isEqualTo(HttpStatus.OK);
    }
    // leader is not used by the other tests: a failed attempt makes the engine hold the account
    // back
    // for a few seconds (its login throttling).
    assertThat(tasklistLogin("leader", "wrong")).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void offersTheDemoInspectionThroughTheApi() {
    JsonNode list =
        rest.withBasicAuth("office", DemoData.PASSWORD)
            .getForObject("/api/inspections", JsonNode.class);
    // The newest first: the demo inspection, then the older special inspection of the desk's demo.
    assertThat(list.size()).as(list.toString()).isEqualTo(2);
    assertThat(list.at("/0/inspectedOrganizationShort").asText()).isEqualTo("区机管中心党组");
    assertThat(list.at("/0/inspectionTeam").asText()).isEqualTo("区委第一巡察组");
    assertThat(list.at("/1/inspectionTeam").asText()).isEqualTo("区委第二巡察组");

    JsonNode ledger =
        rest.withBasicAuth("supervisor", DemoData.PASSWORD)
            .getForObject(
                "/api/inspections/" + list.at("/0/id").asText() + "/ledger", JsonNode.class);
    assertThat(ledger.at("/aspects").size()).isEqualTo(4);
    assertThat(ledger.at("/totals/findings").asInt()).isEqualTo(13);
    assertThat(ledger.at("/aspects/0/findings/0/subFindings/0/text").asText())
        .isEqualTo("落实“第一议题”不到位。");
  }

  @Test
  void givesTheOfficeTheAssignmentTaskOfTheDemoInspection() {
    JsonNode list =
        rest.withBasicAuth("office", DemoData.PASSWORD)
            .getForObject("/api/inspections", JsonNode.class);
    String inspectionId = list.at("/0/id").asText();

    List<Task> open =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(inspectionId)
            .taskDefinitionKey("Task_AssignFindings")
            .taskCandidateUser("office")
            .list();

    assertThat(open).extracting(Task::getName).containsExactly("分解交办");
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceBusinessKey(inspectionId)
                .taskCandidateUser("unit-a")
                .count())
        .isZero();
  }

  @Test
  void dressesEveryWebappInRectifysColoursFromOneStylesheet() {
    for (String app : java.util.List.of("tasklist", "cockpit", "admin", "welcome")) {
      ResponseEntity<String> css =
          rest.withBasicAuth("office", DemoData.PASSWORD)
              .getForEntity("/camunda/app/" + app + "/styles/user-styles.css", String.class);
      assertThat(css.getStatusCode().is2xxSuccessful()).as(app).isTrue();
      assertThat(css.getHeaders().getContentType().toString()).as(app).startsWith("text/css");
      assertThat(css.getBody()).as(app).contains("--rectify-red");
    }
  }

  @Test
  void publishesTheApiDocumentation() {
    JsonNode docs = rest.getForObject("/v3/api-docs", JsonNode.class);
    assertThat(docs.at("/paths").has("/api/inspections")).isTrue();
  }

  /**
   * The webapps' own login form, as Tasklist performs it: the XSRF-TOKEN cookie echoed in the
   * X-XSRF-TOKEN header (it opens the same session as the app's login page).
   */
  private HttpStatus tasklistLogin(String user, String password) {
    ResponseEntity<String> page = rest.getForEntity("/login", String.class);
    List<String> setCookies =
        page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
            .map(c -> c.split(";", 2)[0])
            .toList();
    String token =
        setCookies.stream()
            .filter(c -> c.startsWith("XSRF-TOKEN="))
            .map(c -> c.substring("XSRF-TOKEN=".length()))
            .findFirst()
            .orElseThrow();
    String cookies = String.join("; ", setCookies);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add("X-XSRF-TOKEN", token);
    headers.add(HttpHeaders.COOKIE, cookies);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    return HttpStatus.valueOf(
        rest.exchange(
                "/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST,
                new HttpEntity<>(form, headers),
                String.class)
            .getStatusCode()
            .value());
  }
}
