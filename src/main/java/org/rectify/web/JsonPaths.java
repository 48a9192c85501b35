package org.rectify.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Writes Jackson's reference chain as a JSON path such as {@code feedback.aspects[0].heading}. */
final class JsonPaths {

  private JsonPaths() {}

  static String of(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "$" : path.toString();
  }
}
