package org.rectify.supervision;

/** 异常所涉对象: what the stopped process is about (its business key names one of these). */
public enum IncidentSubject {
  INSPECTION("巡视巡察"),
  FINDING("具体问题"),
  MEASURE("整改措施"),
  BULLETIN("通报");

  private final String label;

  IncidentSubject(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
