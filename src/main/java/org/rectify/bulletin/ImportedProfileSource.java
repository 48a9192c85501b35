package org.rectify.bulletin;

import java.util.Optional;
import java.util.UUID;

/**
 * 导入通报的版式: the render profile read off the bulletin an inspection was imported from, so that its
 * next bulletins can be written in the layout the organisation already published in. Implemented by
 * the bulletin import.
 */
public interface ImportedProfileSource {

  /** The inferred profile, or empty when the inspection was not imported from a bulletin. */
  Optional<RenderProfile> profileOf(UUID inspectionId);
}
