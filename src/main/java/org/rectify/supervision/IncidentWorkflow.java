package org.rectify.supervision;

import java.util.List;

/** The engine's open incidents as the supervision side sees them. */
public interface IncidentWorkflow {

  /** Every open root-cause incident, the longest-standing first. */
  List<ProcessIncident> openIncidents();
}
