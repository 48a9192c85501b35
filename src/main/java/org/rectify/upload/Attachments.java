package org.rectify.upload;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Sends a stored file back only as a download: {@code Content-Disposition: attachment} with the
 * sanitised name (UTF-8, so Chinese names survive), {@code X-Content-Type-Options: nosniff}, and a
 * sandboxing Content-Security-Policy in case a browser renders it anyway.
 */
public final class Attachments {

  private Attachments() {}

  public static ResponseEntity<byte[]> download(String fileName, String mediaType, byte[] content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentDisposition(
        ContentDisposition.attachment()
            .filename(FileNames.sanitize(fileName), StandardCharsets.UTF_8)
            .build());
    headers.setContentType(safeType(mediaType));
    headers.setContentLength(content.length);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
    headers.setCacheControl(CacheControl.noStore().cachePrivate());
    return ResponseEntity.ok().headers(headers).body(content);
  }

  private static MediaType safeType(String mediaType) {
    return AllowedType.ofMediaType(mediaType).isPresent()
        ? MediaType.parseMediaType(mediaType)
        : MediaType.APPLICATION_OCTET_STREAM;
  }
}
