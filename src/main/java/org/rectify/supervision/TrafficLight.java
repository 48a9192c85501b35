package org.rectify.supervision;

/** 红黄绿灯: how a measure stands against its deadline; grey once no work is left on it. */
public enum TrafficLight {
  GREEN("绿灯"),
  YELLOW("黄灯"),
  RED("红灯"),
  GREY("已完成");

  private final String label;

  TrafficLight(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The worse of two lights (red over yellow over green over grey), for roll-ups. */
  public TrafficLight worse(TrafficLight other) {
    return rank(other) > rank(this) ? other : this;
  }

  private static int rank(TrafficLight light) {
    return switch (light) {
      case GREY -> 0;
      case GREEN -> 1;
      case YELLOW -> 2;
      case RED -> 3;
    };
  }
}
