package eu.imaginghub.access.committee.infrastructure;

import eu.imaginghub.access.committee.domain.Committee;
import eu.imaginghub.access.committee.domain.CommitteeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaCommitteeRepository implements CommitteeRepository {

  private static final String H2_CONCURRENT_UPDATE = "90131";

  @Inject EntityManager em;

  @Override
  public Optional<Committee> find(String id) {
    return Optional.ofNullable(em.find(Committee.class, id));
  }

  @Override
  public List<Committee> all() {
    return em.createQuery("select c from Committee c order by c.name, c.id", Committee.class)
        .getResultList();
  }

  @Override
  public List<Committee> ofMember(String subject) {
    return em.createQuery(
            "select c from Committee c where exists (select 1 from Committee d join d.seats s"
                + " where d = c and s.memberSubject = :s) order by c.name, c.id",
            Committee.class)
        .setParameter("s", subject)
        .getResultList();
  }

  @Override
  public Optional<Committee> named(String name) {
    return em.createQuery("select c from Committee c where lower(c.name) = :n", Committee.class)
        .setParameter("n", name.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Committee> namingDataset(String datasetId) {
    return em.createQuery(
            "select c from Committee c where :d member of c.datasetIds", Committee.class)
        .setParameter("d", datasetId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Committee> namingNode(String nodeId) {
    return em.createQuery("select c from Committee c where :n member of c.nodeIds", Committee.class)
        .setParameter("n", nodeId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Committee committee) {
    em.persist(committee);
  }

  @Override
  public boolean storeClaims() {
    try {
      em.flush();
      return true;
    } catch (PersistenceException e) {
      if (lostToAnother(e)) {
        return false;
      }
      throw e;
    }
  }

  /**
   * A unique constraint refused the row (SQL state class 23, as PostgreSQL reports it once the
   * other transaction committed), or the embedded H2 saw the same key written by a transaction not
   * yet committed ({@value #H2_CONCURRENT_UPDATE}).
   */
  private static boolean lostToAnother(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        return state.startsWith("23") || state.equals(H2_CONCURRENT_UPDATE);
      }
    }
    return false;
  }
}
