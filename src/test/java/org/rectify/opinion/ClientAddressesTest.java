package org.rectify.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  @Test
  void limitsIpv4ByAddressAndIpv6ByItsSlash64Network() {
    assertThat(ClientAddresses.keyOf("203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(ClientAddresses.keyOf("2001:db8:1:2:aaaa::1"))
        .isEqualTo(ClientAddresses.keyOf("2001:db8:1:2:bbbb::9"))
        .isEqualTo("20010db800010002::/64");
    assertThat(ClientAddresses.keyOf("2001:db8:1:3::1"))
        .isNotEqualTo(ClientAddresses.keyOf("2001:db8:1:2::1"));
    assertThat(ClientAddresses.keyOf("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(ClientAddresses.keyOf(null)).isEqualTo("unknown");
  }

  @Test
  void storesAKeyedHashNeverTheAddress() {
    ClientAddresses configured = new ClientAddresses("a-secret-key");
    String hash = configured.hash("203.0.113.7");

    assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").doesNotContain("203");
    assertThat(new ClientAddresses("a-secret-key").hash("203.0.113.7"))
        .as("same key, same hash")
        .isEqualTo(hash);
    assertThat(new ClientAddresses("another-key").hash("203.0.113.7")).isNotEqualTo(hash);
    assertThat(new ClientAddresses("").hash("203.0.113.7"))
        .as("unset key: random per start")
        .isNotEqualTo(new ClientAddresses("").hash("203.0.113.7"));
  }
}
