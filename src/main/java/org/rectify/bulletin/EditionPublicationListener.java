package org.rectify.bulletin;

import jakarta.persistence.PostPersist;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the public site's cache that a public edition was frozen, once its transaction has
 * committed (a list rendered in between would not show it yet). An entity listener, so that every
 * way of storing an edition goes through it; Hibernate obtains it from Spring.
 */
@Component
class EditionPublicationListener {

  // Looked up when needed: Hibernate creates this listener while the cache's repository waits for
  // it.
  private final ObjectProvider<PublicSiteCache> cache;

  EditionPublicationListener(ObjectProvider<PublicSiteCache> cache) {
    this.cache = cache;
  }

  @PostPersist
  void stored(BulletinEdition edition) {
    if (edition.getAudience() != Audience.PUBLIC) {
      return;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              cache.ifAvailable(PublicSiteCache::editionPublished);
            }
          });
    } else {
      cache.ifAvailable(PublicSiteCache::editionPublished);
    }
  }
}
