package org.rectify.upload;

/**
 * An upload that passed the {@link UploadInspector}: its safe file name, the type found in its
 * content, and the bytes.
 */
public record InspectedUpload(String fileName, AllowedType type, byte[] content) {

  public long size() {
    return content.length;
  }
}
