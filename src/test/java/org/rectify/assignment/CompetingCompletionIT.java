package org.rectify.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.rectify.feedback.FindingRepository;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.organization.Official;
import org.rectify.organization.OfficialRole;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Two office officials complete the same 分解交办 at the same moment: exactly one succeeds. */
@PostgresIntegrationTest
class CompetingCompletionIT {

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired FindingRepository findings;
  @Autowired HistoryService history;

  @BeforeEach
  void twoOfficeOfficials() {
    TestDirectory.ensure(directory);
    directory.registerOfficial(
        new Official("t-office-2", "整改办另一干部", null, OfficialRole.OFFICE, null, null),
        TestDirectory.PASSWORD);
  }

  @RepeatedTest(5)
  void letsExactlyOneOfTwoSimultaneousCompletionsSucceedAndTellsTheOtherWhy() throws Exception {
    UUID inspectionId = register();
    UUID findingId = findings.findByInspection(inspectionId).get(0).getId();
    CyclicBarrier together = new CyclicBarrier(2);

    List<CompletableFuture<ResponseEntity<JsonNode>>> attempts = new ArrayList<>();
    for (String user : List.of("t-office", "t-office-2")) {
      attempts.add(
          CompletableFuture.supplyAsync(
              () -> {
                await(together);
                return rest.withBasicAuth(user, TestDirectory.PASSWORD)
                    .postForEntity(
                        "/api/inspections/" + inspectionId + "/assignment",
                        Map.of(
                            "assignments",
                            List.of(
                                Map.of(
                                    "findingId",
                                    findingId.toString(),
                                    "responsibleUnit",
                                    user.equals("t-office")
                                        ? TestDirectory.UNIT_A
                                        : TestDirectory.UNIT_B,
                                    "leadOfficial",
                                    "t-leader"))),
                        JsonNode.class);
              }));
    }
    List<ResponseEntity<JsonNode>> results =
        attempts.stream().map(CompletableFuture::join).toList();

    // The loser learns either that the step is done (409) or that the winner holds it (403), naming
    // it.
    ResponseEntity<JsonNode> winner =
        results.stream()
            .filter(r -> r.getStatusCode() == HttpStatus.NO_CONTENT)
            .findFirst()
            .orElseThrow();
    ResponseEntity<JsonNode> loser = results.get(results.indexOf(winner) == 0 ? 1 : 0);
    assertThat(loser.getStatusCode().value()).isIn(403, 409);
    assertThat(loser.getBody().get("detail").asText()).contains("分解交办");
    assertThat(
            history
                .createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(inspectionId.toString())
                .taskDefinitionKey("Task_AssignFindings")
                .finished()
                .count())
        .isEqualTo(1);
    // The winner's assignment stands; the loser wrote nothing.
    String winningUnit =
        results.get(0).getStatusCode() == HttpStatus.NO_CONTENT
            ? TestDirectory.UNIT_A
            : TestDirectory.UNIT_B;
    assertThat(unitCode(findingId)).isEqualTo(winningUnit);
  }

  private String unitCode(UUID findingId) {
    return rest.withBasicAuth("t-office", TestDirectory.PASSWORD)
        .getForObject("/api/findings/" + findingId, JsonNode.class)
        .at("/responsibleUnit")
        .asText();
  }

  private UUID register() {
    Map<String, Object> body =
        inspection().aspect("方面一", finding("问题一", TestDirectory.UNIT_A, "t-leader")).build();
    JsonNode created =
        rest.withBasicAuth("t-office", TestDirectory.PASSWORD)
            .postForObject("/api/inspections", body, JsonNode.class);
    return UUID.fromString(created.get("id").asText());
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
