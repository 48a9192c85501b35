package org.rectify.inspection;

/**
 * 巡视 or 巡察: provincial/central committees inspect (巡视, {@link #PROVINCIAL}); city and county
 * committees inspect (巡察, {@link #MUNICIPAL}).
 */
public enum InspectionLevel {
  PROVINCIAL("巡视"),
  MUNICIPAL("巡察");

  private final String label;

  InspectionLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
