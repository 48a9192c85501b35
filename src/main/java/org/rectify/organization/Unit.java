package org.rectify.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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

  /** The unit a 二级单位 belongs to; null for a top-level unit. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Unit parent;

  /** False once deactivated: the row stays for the history, the engine group is gone. */
  @Column(nullable = false)
  private boolean active = true;

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

  /** 更名: a new name and short name (the code, and with it the engine group id, stays). */
  public void rename(String name, String shortName) {
    this.name = name;
    this.shortName = shortName;
  }

  /** Places the unit under a parent (二级单位) or, with null, at the top level. */
  public void placeUnder(Unit parent) {
    if (parent != null && (parent == this || parent.getParent() != null)) {
      throw new IllegalArgumentException("上级单位必须是一级单位：" + parent.getCode());
    }
    this.parent = parent;
  }

  public void deactivate() {
    this.active = false;
  }

  public Unit getParent() {
    return parent;
  }

  public boolean isActive() {
    return active;
  }

  /** The short name as entered, null when none was given (export writes it back as entered). */
  public String getShortNameAsEntered() {
    return shortName;
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
