package org.rectify.security;

import java.util.Collection;
import java.util.UUID;
import org.rectify.organization.Official;
import org.rectify.organization.OfficialRole;

/** Who is looking: decides which findings, measures and evidence a request may see. */
public record Viewer(String username, OfficialRole role, UUID unitId) {

  public static Viewer of(Official official) {
    return new Viewer(
        official.getUsername(),
        official.getRole(),
        official.getUnit() == null ? null : official.getUnit().getId());
  }

  /** Office, leaders, supervisors and admins see every unit; unit staff only their own. */
  public boolean seesAllUnits() {
    return role != OfficialRole.UNIT;
  }

  public boolean maySee(UUID responsibleUnitId) {
    return seesAllUnits() || (unitId != null && unitId.equals(responsibleUnitId));
  }

  /** For records several units share (a measure with co-responsible units): any one of them. */
  public boolean maySeeAny(Collection<UUID> responsibleUnitIds) {
    return seesAllUnits() || (unitId != null && responsibleUnitIds.contains(unitId));
  }
}
