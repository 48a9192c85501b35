package org.rectify.personnel;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonnelHandoverRepository extends JpaRepository<PersonnelHandover, UUID> {

  List<PersonnelHandover> findByFromOfficialOrderByHandedAt(String fromOfficial);
}
