package org.rectify.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * 责任单位: a department that owns findings; its officials form the Camunda group {@link #groupId()}.
 */
@Entity
@Table(name = "unit")
public class Unit {

  private static final String GROUP_PREFIX = "unit-";

  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  private String shortName;

  @Column(nullable = false)
  private Instant createdAt;

  protected Unit() {}

  public Unit(String code, String name, String shortName) {
    this.id = UUID.randomUUID();
    this.code = code;
    this.name = name;
    this.shortName = shortName;
    this.createdAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getShortName() {
    return shortName != null ? shortName : name;
  }

  /** The Camunda group whose members work this unit's tasks. */
  public String groupId() {
    return GROUP_PREFIX + code;
  }

  public static boolean isUnitGroup(String groupId) {
    return groupId != null && groupId.startsWith(GROUP_PREFIX);
  }

  public static String codeOfGroup(String groupId) {
    return groupId.substring(GROUP_PREFIX.length());
  }
}
