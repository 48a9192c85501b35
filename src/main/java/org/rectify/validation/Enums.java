package org.rectify.validation;

/** Reads enum names that passed {@link EnumName}. */
public final class Enums {

  private Enums() {}

  public static <E extends Enum<E>> E parse(Class<E> type, String name, E whenAbsent) {
    return name == null ? whenAbsent : Enum.valueOf(type, name);
  }
}
