package org.energytracking.cluster.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Tells every instance of the deployment group (this one too, after the commit) to forget a cache entry: a row in
 * cache_eviction, written in the caller's transaction so it stands or falls with the change, read by
 * {@link EvictionFeed}.
 */
@Stateless
public class Evictions {

    @PersistenceContext
    EntityManager em;

    public void record(String cache, String item) {
        em.createNativeQuery("INSERT INTO cache_eviction (cache, item, at) VALUES (?, ?, UTC_TIMESTAMP(3))")
                .setParameter(1, cache).setParameter(2, item).executeUpdate();
    }
}
