package eu.imaginghub.webapp.incontainer;

import eu.imaginghub.webapp.it.DatasetFixture;
import eu.imaginghub.webapp.it.HubProcess;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The in-container tests, run inside the packaged hub on Payara Micro, which Arquillian starts once
 * for them all ({@code arquillian.xml}): one test class, for every class would deploy, and so
 * start, a Payara Micro of its own. Each test is a scenario of a bean of this package.
 */
@ExtendWith(ArquillianExtension.class)
class InContainerIT {

  @Inject TransactionScenarios transactions;
  @Inject EventScenarios events;
  @Inject LeaseScenarios leases;
  @Inject OutboxQueue outbox;
  @Inject PublicationQueue publications;
  @Inject GroupScenarios groups;

  /** The real hub WAR, with this package and AssertJ added to it. */
  @Deployment
  static WebArchive hub() throws Exception {
    // every run starts on an empty data directory, like a fresh installation
    HubProcess.deleteTree(
        Path.of(System.getProperty("hub.it.workdir", "target/it"), "incontainer"));
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("hub.it.war")))
        .addPackage(InContainerIT.class.getPackage())
        .addClasses(DatasetFixture.class, HubProcess.class)
        .addAsLibraries(jarOf(Assertions.class));
  }

  private static File jarOf(Class<?> type) throws URISyntaxException {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void importFailingHalfWayChangesNothing() {
    transactions.importFailingHalfWayChangesNothing();
  }

  @Test
  void importCommittedKeepsEverything() {
    transactions.importCommittedKeepsEverything();
  }

  @Test
  void traceRollsBackWithItsChange() {
    transactions.traceRollsBackWithItsChange();
  }

  @Test
  void oneSessionPerTransactionClosedAtItsEnd() {
    transactions.oneSessionPerTransactionClosedAtItsEnd();
  }

  @Test
  void noSessionOutsideATransaction() {
    transactions.noSessionOutsideATransaction();
  }

  @Test
  void groupedTraceWhoseCompanionFailsLeavesNothing() throws Exception {
    groups.failingCompanionLeavesNoTrace();
  }

  @Test
  void groupTransactionIsOneDatabaseSession() {
    groups.groupTransactionIsOneDatabaseSession();
  }

  @Test
  void groupFailingAtCommitLeavesNoTrace() throws Exception {
    groups.groupFailingAtCommitLeavesNoTrace();
  }

  @Test
  void groupedTraceKeepsItsDatasets() throws Exception {
    groups.committedTraceKeepsItsDatasets();
  }

  @Test
  void publishingThroughTheHubFiresDatasetPublished() {
    events.publishingThroughTheHubFiresDatasetPublished();
  }

  @Test
  void publishedRecordOfTheNodeFiresDatasetPublishedFromTheFeed() {
    events.publishedRecordOfTheNodeFiresDatasetPublishedFromTheFeed();
  }

  @Test
  void rolledBackPublicationIsNotAnnounced() {
    events.rolledBackPublicationIsNotAnnounced();
  }

  @Test
  void invalidationRevokesEntitlementsInItsTransaction() {
    events.invalidationRevokesEntitlementsInItsTransaction();
  }

  @Test
  void deadWorkersMailLeaseIsTakenOver() {
    leases.deadWorkersLeaseIsTakenOver(outbox);
  }

  @Test
  void liveMailLeaseIsNotTaken() {
    leases.liveLeaseIsNotTaken(outbox);
  }

  @Test
  void concurrentMailWorkersTakeDisjointMails() throws Exception {
    leases.concurrentWorkersTakeDisjointRows(outbox);
  }

  @Test
  void deadWorkersPublicationLeaseIsTakenOver() {
    leases.deadWorkersLeaseIsTakenOver(publications);
  }

  @Test
  void livePublicationLeaseIsNotTaken() {
    leases.liveLeaseIsNotTaken(publications);
  }

  @Test
  void concurrentPublicationWorkersTakeDisjointPublications() throws Exception {
    leases.concurrentWorkersTakeDisjointRows(publications);
  }
}
