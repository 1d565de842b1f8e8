package eu.imaginghub.webapp.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.catalogue.dataset.application.DatasetLifecycle;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.problem.ProblemException.Kind;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * A change is one transaction: what fails half-way leaves no row, no trace and no index document
 * behind, and a trace recorded with a change goes with it when it rolls back.
 */
@ApplicationScoped
public class TransactionScenarios {

  @Inject Catalogue catalogue;
  @Inject OneTransactionImport imports;
  @Inject DatasetLifecycle lifecycle;
  @Inject InTransaction tx;
  @Inject EntityManager em;

  /** Two records written, the third refused: the two are gone with the transaction. */
  public void importFailingHalfWayChangesNothing() {
    String word = Catalogue.uniqueWord();
    String first = "tx-" + UUID.randomUUID();
    String second = "tx-" + UUID.randomUUID();

    // the third record is refused because the first is there already: written, uncommitted
    assertThatThrownBy(() -> imports.importAll(List.of(first, second, first), word))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT));

    for (String localId : List.of(first, second)) {
      DatasetId id = DatasetId.of(Catalogue.NODE, localId);
      assertThat(catalogue.exists(id)).as("dataset row of %s", localId).isFalse();
      assertThat(catalogue.lastTrace(id)).as("trace of %s", localId).isEmpty();
      assertThat(catalogue.lifecycleSteps(id)).as("lifecycle of %s", localId).isZero();
    }
    assertThat(catalogue.found(word)).as("index documents").isZero();
  }

  /** The same import without the bad record commits both, traced and searchable. */
  public void importCommittedKeepsEverything() {
    String word = Catalogue.uniqueWord();
    List<String> localIds = List.of("tx-" + UUID.randomUUID(), "tx-" + UUID.randomUUID());

    imports.importAll(localIds, word);

    for (String localId : localIds) {
      DatasetId id = DatasetId.of(Catalogue.NODE, localId);
      assertThat(catalogue.status(id)).contains(LifecycleStatus.RELEASED);
      assertThat(catalogue.lastTrace(id)).contains(TraceAction.CREATE_DATASET);
      assertThat(catalogue.lifecycleSteps(id)).isEqualTo(1);
    }
    assertThat(catalogue.found(word)).isEqualTo(2);
  }

  /**
   * The publication's trace is there inside its transaction and gone after the rollback: the trace
   * log and the change commit or roll back together.
   */
  public void traceRollsBackWithItsChange() {
    DatasetId id = catalogue.released("tx-" + UUID.randomUUID(), Catalogue.uniqueWord());

    TraceAction seenInside =
        tx.rollback(
            () -> {
              lifecycle.publish(id, "published, then rolled back", Catalogue.OPERATOR);
              return catalogue.lastTrace(id).orElseThrow();
            });

    assertThat(seenInside).isEqualTo(TraceAction.PUBLISH_DATASET);
    assertThat(catalogue.lastTrace(id)).contains(TraceAction.CREATE_DATASET);
    assertThat(catalogue.status(id)).contains(LifecycleStatus.RELEASED);
    assertThat(catalogue.lifecycleSteps(id)).isEqualTo(1);
  }

  /**
   * Every use of the entity manager in one transaction reaches one session, a new transaction gets
   * a new one, and a session is closed when its transaction ends, committed or rolled back.
   */
  public void oneSessionPerTransactionClosedAtItsEnd() {
    Session[] committed = new Session[2];
    tx.commit(
        () -> {
          committed[0] = em.unwrap(Session.class);
          committed[1] = em.unwrap(Session.class);
        });
    Session rolledBack = tx.rollback(() -> em.unwrap(Session.class));

    assertThat(committed[1]).isSameAs(committed[0]);
    assertThat(rolledBack).isNotSameAs(committed[0]);
    assertThat(committed[0].isOpen()).as("session of the committed transaction").isFalse();
    assertThat(rolledBack.isOpen()).as("session of the rolled back transaction").isFalse();
  }

  /** Outside a transaction there is no entity manager to use: nothing is written by accident. */
  public void noSessionOutsideATransaction() {
    assertThatThrownBy(() -> em.unwrap(Session.class))
        .isInstanceOf(ContextNotActiveException.class);
  }
}
