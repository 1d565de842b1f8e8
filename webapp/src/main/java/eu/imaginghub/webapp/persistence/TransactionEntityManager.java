package eu.imaginghub.webapp.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;

/** The entity manager of the current JTA transaction, opened on first use, closed at its end. */
@TransactionScoped
public class TransactionEntityManager implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient EntityManagerFactory emf;
  private transient EntityManager em;

  EntityManager get() {
    if (em == null) {
      em = emf.createEntityManager();
    }
    return em;
  }

  @PreDestroy
  void close() {
    if (em != null && em.isOpen()) {
      em.close();
    }
  }
}
