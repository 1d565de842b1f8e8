package eu.imaginghub.webapp.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.tracer.trace.application.GroupedTraceLog;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import eu.imaginghub.tracer.trace.domain.TraceEntry;
import eu.imaginghub.webapp.config.HubSettings;
import eu.imaginghub.webapp.persistence.HubDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * A trace written through the group commit is one transaction with what goes with it, on the
 * group's writer threads as on a request's: when the companion write fails, the trace, its datasets
 * and the companion's rows are all gone; when it succeeds, a trace and its datasets become visible
 * together.
 */
@ApplicationScoped
public class GroupScenarios {

  @Inject GroupedTraceLog log;
  @Inject EntityManager em;

  @Resource(lookup = HubDataSource.JNDI_NAME)
  DataSource database;

  public void failingCompanionLeavesNoTrace() throws SQLException {
    String dataset = "group-" + UUID.randomUUID();
    AtomicReference<String> traceId = new AtomicReference<>();

    assertThatThrownBy(
            () ->
                log.record(
                    entry(dataset),
                    receipt -> {
                      traceId.set(receipt.id().toString());
                      // the trace and its dataset row are sent to the database before the
                      // companion fails: only the transaction can take them back
                      em.flush();
                      throw new IllegalStateException("the companion write is refused");
                    }))
        .hasMessageContaining("refused");

    assertThat(traceId.get()).isNotNull();
    assertThat(count("select count(*) from trace where id = ?", traceId.get())).isZero();
    assertThat(count("select count(*) from trace_dataset where dataset_id = ?", dataset)).isZero();
  }

  /**
   * Every statement of a group's transaction goes through one database session: with several, each
   * would commit on its own at the end, and a trace could be seen without its datasets.
   */
  public void groupTransactionIsOneDatabaseSession() {
    String session =
        HubSettings.current().dbUrl().startsWith("jdbc:postgresql:")
            ? "select pg_backend_pid()"
            : "select session_id()";
    List<Object> seen = new java.util.ArrayList<>();
    log.record(
        entry("group-" + UUID.randomUUID()),
        receipt -> {
          em.flush();
          seen.add(em.createNativeQuery(session).getSingleResult());
          seen.add(em.createNativeQuery(session).getSingleResult());
        });

    assertThat(seen).hasSize(2);
    assertThat(seen.get(1)).isEqualTo(seen.get(0));
  }

  /**
   * A group whose own work only persists (its first statement runs when it commits) is still one
   * transaction: when a later insert of the commit fails, the trace inserted before it is gone too.
   */
  public void groupFailingAtCommitLeavesNoTrace() throws SQLException {
    AtomicReference<String> traceId = new AtomicReference<>();

    assertThatThrownBy(
            () ->
                log.record(
                    entry("group-" + UUID.randomUUID()),
                    receipt -> {
                      traceId.set(receipt.id().toString());
                      // a node that exists already: its insert fails when the group commits
                      em.persist(
                          new Node(
                              new NodeId(Catalogue.NODE),
                              "Twin",
                              "ES",
                              "Twin",
                              "twin@example.org",
                              "https://twin.example.org",
                              Instant.now()));
                    }))
        .isInstanceOf(RuntimeException.class);

    assertThat(count("select count(*) from trace where id = ?", traceId.get())).isZero();
  }

  public void committedTraceKeepsItsDatasets() throws SQLException {
    String dataset = "group-" + UUID.randomUUID();

    String id = log.record(entry(dataset)).id().toString();

    assertThat(count("select count(*) from trace where id = ?", id)).isEqualTo(1);
    assertThat(count("select count(*) from trace_dataset where trace_id = ?", id)).isEqualTo(1);
  }

  private static TraceEntry entry(String dataset) {
    return new TraceEntry(
        "node:group-test",
        "researcher",
        TraceAction.USE_DATASETS,
        List.of(dataset),
        "nnU-Net",
        "2.5.1",
        Map.of("project", "GROUP"),
        List.of());
  }

  private long count(String sql, String value) throws SQLException {
    try (Connection c = database.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, value);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
