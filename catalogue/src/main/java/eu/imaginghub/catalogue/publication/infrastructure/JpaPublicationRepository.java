package eu.imaginghub.catalogue.publication.infrastructure;

import eu.imaginghub.catalogue.publication.domain.Publication;
import eu.imaginghub.catalogue.publication.domain.PublicationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPublicationRepository implements PublicationRepository {

  private static final List<Publication.State> RUNNABLE =
      List.of(Publication.State.WAITING, Publication.State.DEPOSITING, Publication.State.RETRYING);

  @Inject EntityManager em;

  @Override
  public void add(Publication publication) {
    em.persist(publication);
  }

  @Override
  public Optional<Publication> find(String id) {
    return Optional.ofNullable(em.find(Publication.class, id));
  }

  @Override
  public List<Publication> ofDataset(String datasetId) {
    return em.createQuery(
            "select p from Publication p where p.datasetId = :d"
                + " order by p.version desc, p.createdAt desc",
            Publication.class)
        .setParameter("d", datasetId)
        .getResultList();
  }

  @Override
  public List<Publication> ofNode(String nodeId, Publication.State state, int limit) {
    var query =
        em.createQuery(
                "select p from Publication p where p.nodeId = :n"
                    + (state == null ? "" : " and p.state = :s")
                    + " order by p.createdAt desc",
                Publication.class)
            .setParameter("n", nodeId);
    if (state != null) {
      query.setParameter("s", state);
    }
    return query.setMaxResults(limit).getResultList();
  }

  @Override
  public List<String> dueUnleased(Instant now, int limit) {
    return em.createQuery(
            "select p.id from Publication p where p.state in :runnable"
                + " and p.attempts.nextAt <= :now"
                + " and (p.leaseUntil is null or p.leaseUntil < :now) order by p.attempts.nextAt",
            String.class)
        .setParameter("runnable", RUNNABLE)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * One conditional update: of two workers reading the same due publication, the database lets only
   * one change the row, so only one runs its steps.
   */
  @Override
  public boolean lease(String id, String worker, Instant now, Instant until) {
    return em.createQuery(
                "update Publication p set p.leaseOwner = :w, p.leaseUntil = :until"
                    + " where p.id = :id and p.state in :runnable"
                    + " and (p.leaseUntil is null or p.leaseUntil < :now)")
            .setParameter("w", worker)
            .setParameter("until", until)
            .setParameter("id", id)
            .setParameter("runnable", RUNNABLE)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }
}
