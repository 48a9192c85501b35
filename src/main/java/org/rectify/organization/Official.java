package org.rectify.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 干部: a person who works in Rectify; the username is the Camunda user id. */
@Entity
@Table(name = "official")
public class Official {

  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(nullable = false)
  private String displayName;

  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OfficialRole role;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  private String email;

  private String phone;

  /** False once deactivated: the row stays for the history, the engine user is gone. */
  @Column(nullable = false)
  private boolean active = true;

  @Column(nullable = false)
  private Instant createdAt;

  protected Official() {}

  public Official(
      String username,
      String displayName,
      String title,
      OfficialRole role,
      Unit unit,
      String email) {
    if (role == OfficialRole.UNIT && unit == null) {
      throw new IllegalArgumentException("责任单位的干部必须属于一个单位：" + username);
    }
    this.id = UUID.randomUUID();
    this.username = username;
    this.displayName = displayName;
    this.title = title;
    this.role = role;
    this.unit = unit;
    this.email = email;
    this.createdAt = Instant.now();
  }

  /** Name, title and how to reach the official (notifications). */
  public void updateProfile(String displayName, String title, String email, String phone) {
    this.displayName = displayName;
    this.title = title;
    this.email = email;
    this.phone = phone;
  }

  /** A new role, or a move to another unit. */
  public void assignRole(OfficialRole role, Unit unit) {
    if (role == OfficialRole.UNIT && unit == null) {
      throw new IllegalArgumentException("责任单位的干部必须属于一个单位：" + username);
    }
    this.role = role;
    this.unit = role == OfficialRole.UNIT ? unit : null;
  }

  public void deactivate() {
    this.active = false;
  }

  public String getPhone() {
    return phone;
  }

  public boolean isActive() {
    return active;
  }

  public UUID getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getTitle() {
    return title;
  }

  public OfficialRole getRole() {
    return role;
  }

  public Unit getUnit() {
    return unit;
  }

  public String getEmail() {
    return email;
  }

  /** The Camunda group the official works in: the unit's group for unit staff, else the role's. */
  public String groupId() {
    return role == OfficialRole.UNIT ? unit.groupId() : role.groupId();
  }
}
