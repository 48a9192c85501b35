package org.rectify.importing;

import java.util.Optional;
import java.util.UUID;
import org.rectify.bulletin.ImportedProfileSource;
import org.rectify.bulletin.RenderProfile;
import org.springframework.stereotype.Component;

/** The render profile of the bulletin an inspection was imported from, read off the frozen text. */
@Component
class ImportedBulletinProfiles implements ImportedProfileSource {

  private final ImportedBulletinRepository bulletins;

  ImportedBulletinProfiles(ImportedBulletinRepository bulletins) {
    this.bulletins = bulletins;
  }

  @Override
  public Optional<RenderProfile> profileOf(UUID inspectionId) {
    return bulletins
        .findByInspectionId(inspectionId)
        .map(frozen -> BulletinReader.read(frozen.getTextContent()).profile());
  }
}
