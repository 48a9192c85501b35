package org.rectify.supervision;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.rectify.organization.OfficialRole;
import org.rectify.organization.Unit;
import org.rectify.plan.Measure;
import org.rectify.security.Viewer;

/**
 * Who sees a measure on the desk: supervisors, the office and administrators all; a leader the
 * measures of findings they lead; unit staff those of their unit (a responsible unit of the measure
 * or of its finding). The desk's SQL applies the same rule.
 */
final class DeskVisibility {

  private DeskVisibility() {}

  static boolean maySee(Viewer viewer, Measure measure) {
    if (viewer.role() == OfficialRole.LEADER) {
      return measure.getFinding().getLeadOfficial() != null
          && viewer.username().equals(measure.getFinding().getLeadOfficial().getUsername());
    }
    if (viewer.role() == OfficialRole.UNIT) {
      Set<UUID> units = new HashSet<>();
      measure.getResponsibleUnits().stream().map(Unit::getId).forEach(units::add);
      if (measure.getFinding().getResponsibleUnit() != null) {
        units.add(measure.getFinding().getResponsibleUnit().getId());
      }
      return viewer.maySeeAny(units);
    }
    return true;
  }
}
