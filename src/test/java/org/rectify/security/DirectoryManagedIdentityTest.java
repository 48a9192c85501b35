package org.rectify.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class DirectoryManagedIdentityTest {

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void refusesEveryIdentityWriteThroughEngineRestAndCamundaAdmin() {
    for (String prefix : List.of("/engine-rest", "/camunda/api/engine/engine/default")) {
      assertThat(refused("POST", prefix + "/user/create")).as(prefix).isTrue();
      assertThat(refused("PUT", prefix + "/user/t-unit-a/profile")).as(prefix).isTrue();
      assertThat(refused("DELETE", prefix + "/user/t-unit-a")).as(prefix).isTrue();
      assertThat(refused("POST", prefix + "/group/create")).as(prefix).isTrue();
      assertThat(refused("PUT", prefix + "/group/office")).as(prefix).isTrue();
      assertThat(refused("DELETE", prefix + "/group/office/members/t-unit-a")).as(prefix).isTrue();
      assertThat(refused("PUT", prefix + "/group/office/members/t-unit-a")).as(prefix).isTrue();
    }
  }

  @Test
  void letsReadsAndOtherResourcesThrough() {
    assertThat(refused("GET", "/engine-rest/user")).isFalse();
    assertThat(refused("GET", "/camunda/api/engine/engine/default/group?member=x")).isFalse();
    assertThat(refused("POST", "/engine-rest/task/1/claim")).isFalse();
    assertThat(refused("POST", "/engine-rest/filter/create")).isFalse();
    assertThat(refused("POST", "/api/officials")).isFalse();
    assertThat(refused("POST", "/engine-rest/userx/create")).isFalse();
  }

  @Test
  void letsASignedInUserChangeOnlyTheirOwnPassword() {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated("li", null, List.of()));

    assertThat(refused("PUT", "/engine-rest/user/li/credentials")).isFalse();
    assertThat(refused("PUT", "/camunda/api/engine/engine/default/user/li/credentials")).isFalse();
    assertThat(refused("PUT", "/engine-rest/user/wang/credentials")).isTrue();
    assertThat(refused("POST", "/engine-rest/user/li/credentials")).isTrue();
  }

  private static boolean refused(String method, String path) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    return DirectoryManagedIdentity.refused(request);
  }
}
