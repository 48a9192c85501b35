package org.rectify.opinion;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rectify.bulletin.Audience;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PublicOpinionRepository extends JpaRepository<PublicOpinion, UUID> {

  List<PublicOpinion> findAllByOrderByReceivedAtDesc(Pageable page);

  List<PublicOpinion> findByStatusOrderByReceivedAtDesc(OpinionStatus status, Pageable page);

  /** The head of an edition of that audience, without its (large) frozen outputs. */
  @Query(
      "select new org.rectify.opinion.EditionHead("
          + "e.id, e.bulletinId, e.title, e.organization, e.bulletinDate) "
          + "from BulletinEdition e where e.id = ?1 and e.audience = ?2")
  Optional<EditionHead> editionHead(UUID editionId, Audience audience);

  @Query("select e.title from BulletinEdition e where e.id = ?1")
  Optional<String> editionTitle(UUID editionId);
}
