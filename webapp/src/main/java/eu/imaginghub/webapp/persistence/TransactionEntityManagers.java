package eu.imaginghub.webapp.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The entity manager of the current JTA transaction, opened on first use and closed when the
 * transaction ends. Kept as a resource of the transaction itself rather than in a
 * {@code @TransactionScoped} bean: the container looks that scope's registry up in JNDI on every
 * access, and every call on the hub's entity manager is such an access (a tenth of a harvest's
 * storing time went to those lookups).
 */
@ApplicationScoped
public class TransactionEntityManagers {

  /** The key of the entity manager among the transaction's resources. */
  private static final Object KEY = TransactionEntityManagers.class;

  @Resource TransactionSynchronizationRegistry transactions;
  @Inject EntityManagerFactory emf;

  /** This transaction's entity manager. */
  EntityManager current() {
    if (transactions.getTransactionKey() == null) {
      throw new ContextNotActiveException("the entity manager is used outside a transaction");
    }
    EntityManager em = (EntityManager) transactions.getResource(KEY);
    if (em != null) {
      return em;
    }
    EntityManager opened = emf.createEntityManager();
    try {
      transactions.registerInterposedSynchronization(new ClosingAtEnd(opened));
    } catch (RuntimeException e) { // a transaction that can no longer take part: nothing to keep
      opened.close();
      throw e;
    }
    transactions.putResource(KEY, opened);
    return opened;
  }

  private record ClosingAtEnd(EntityManager em) implements Synchronization {
    @Override
    public void beforeCompletion() {
      // the session flushes through its own synchronization
    }

    @Override
    public void afterCompletion(int status) {
      if (em.isOpen()) {
        em.close();
      }
    }
  }
}
