package org.rectify.opinion;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the opinion form knows of a sender's address: a key for the rate limit (an IPv4 address, or
 * the /64 network of an IPv6 address, which one subscriber usually holds whole) and, for the
 * record, a keyed hash of that key (HMAC-SHA256) — never the raw address. With {@code
 * rectify.public.opinions.address-hash-key} unset, a random key is drawn at start-up: hashes then
 * match only within one run of the application.
 */
@Component
class ClientAddresses {

  private static final String HMAC = "HmacSHA256";
  private final SecretKeySpec key;

  ClientAddresses(@Value("${rectify.public.opinions.address-hash-key:}") String configuredKey) {
    byte[] bytes;
    if (configuredKey == null || configuredKey.isBlank()) {
      bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
    } else {
      bytes = configuredKey.getBytes(StandardCharsets.UTF_8);
    }
    this.key = new SecretKeySpec(bytes, HMAC);
  }

  /** The rate-limit key of a remote address (as the servlet container reports it). */
  static String keyOf(String remoteAddress) {
    if (remoteAddress == null || remoteAddress.isBlank()) {
      return "unknown";
    }
    String address = remoteAddress.strip();
    // Only literals reach here; a string with ':' is parsed as an IPv6 literal, never looked up.
    if (address.indexOf(':') >= 0) {
      try {
        byte[] bytes = InetAddress.getByName(address).getAddress();
        if (bytes.length == 16) {
          return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        }
        return InetAddress.getByAddress(bytes).getHostAddress();
      } catch (UnknownHostException e) {
        return address;
      }
    }
    return address;
  }

  /** The hash stored with an opinion: 64 hex digits. */
  String hash(String addressKey) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(addressKey.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 不可用", e);
    }
  }
}
