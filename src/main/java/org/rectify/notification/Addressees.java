package org.rectify.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rectify.organization.Official;
import org.rectify.organization.OfficialRole;
import org.rectify.organization.Unit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** 收件人: the people behind a notification's recipient (a username, a unit's or a role's group). */
interface Addressees extends Repository<Official, UUID> {

  @Query("select o from Official o left join fetch o.unit where o.username = :username")
  Optional<Official> byUsername(String username);

  @Query(
      "select o from Official o join fetch o.unit u where u.code = :code"
          + " and o.role = org.rectify.organization.OfficialRole.UNIT order by o.username")
  List<Official> ofUnit(String code);

  @Query("select o from Official o left join fetch o.unit where o.role = :role order by o.username")
  List<Official> ofRole(OfficialRole role);

  /** The people a recipient stands for; a username outside the directory stands for itself. */
  default List<Person> expand(String recipient) {
    if (Unit.isUnitGroup(recipient)) {
      return ofUnit(Unit.codeOfGroup(recipient)).stream().map(Person::of).toList();
    }
    for (OfficialRole role : OfficialRole.values()) {
      if (recipient.equals(role.groupId())) {
        return ofRole(role).stream().map(Person::of).toList();
      }
    }
    return List.of(byUsername(recipient).map(Person::of).orElse(new Person(recipient, null, null)));
  }

  /** A person to notify: username, role (null outside the directory) and e-mail address. */
  record Person(String username, OfficialRole role, String email) {
    static Person of(Official official) {
      return new Person(official.getUsername(), official.getRole(), official.getEmail());
    }
  }
}
