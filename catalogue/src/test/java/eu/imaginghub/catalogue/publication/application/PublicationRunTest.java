package eu.imaginghub.catalogue.publication.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.CatalogueSettings;
import eu.imaginghub.catalogue.dataset.application.DatasetVersions;
import eu.imaginghub.catalogue.dataset.application.VersionDetails;
import eu.imaginghub.catalogue.dataset.domain.AccessRights;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.export.infrastructure.DcatApMapper;
import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.publication.domain.Deposition;
import eu.imaginghub.catalogue.publication.domain.NodeZenodoOverride;
import eu.imaginghub.catalogue.publication.domain.NodeZenodoOverrideRepository;
import eu.imaginghub.catalogue.publication.domain.Publication;
import eu.imaginghub.catalogue.publication.domain.ZenodoAccount;
import eu.imaginghub.catalogue.publication.fake.LocalZenodo;
import eu.imaginghub.catalogue.publication.fake.ZenodoFaults.Step;
import eu.imaginghub.catalogue.publication.infrastructure.HttpZenodo;
import eu.imaginghub.tracer.trace.application.PseudonymKey;
import eu.imaginghub.tracer.trace.application.TraceLog;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Publication runs against the local fake Zenodo over real HTTP, with the hub's own services on
 * in-memory repositories: every stored step is durable before the next call to Zenodo, so a run cut
 * off by a crash comes back at most one step behind Zenodo; a publish repeated after its stored
 * step was lost finds the record published and ends the run without publishing twice. A refused
 * upload stays a failure.
 */
class PublicationRunTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final Instant LATER = NOW.plus(Duration.ofMinutes(2));
  private static final String EARLIER_WORKER = "worker-cut-off";
  private static final String WORKER = "worker-1";
  private static final String HUB = "https://hub.example.org";

  private final InMemoryPublications publications = new InMemoryPublications();
  private final InMemoryDatasets datasets = new InMemoryDatasets();
  private final InMemoryTraces traces = new InMemoryTraces();
  private final FakeZenodoHost host = new FakeZenodoHost(PublicationRunTest::settings);
  private final HttpZenodo zenodo = new HttpZenodo(settings());
  private final PublicationRun run = new PublicationRun();
  private final List<String> durablePoints = new ArrayList<>();
  private Publication watched;
  private Dataset dataset;
  private LocalZenodo fake;
  private ZenodoAccount account;

  @BeforeEach
  void wire() throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    DatasetVersions versions = new DatasetVersions();
    // the versions' repository is injected across packages, as the container does
    var field = DatasetVersions.class.getDeclaredField("datasets");
    field.setAccessible(true);
    field.set(versions, datasets);
    PublicationOutcomes outcomes = new PublicationOutcomes();
    outcomes.versions = versions;
    outcomes.log =
        new TraceLog(traces, clock, new PseudonymKey("00112233445566778899aabbccddeeff"));
    PublicationLeases leases = new PublicationLeases(settings());
    leases.publications = publications;
    leases.outcomes = outcomes;
    leases.clock = clock;
    DepositionContent content = new DepositionContent();
    content.datasets = datasets;
    content.mapper = new DcatApMapper();
    ZenodoAccounts accounts = new ZenodoAccounts(settings());
    accounts.nodes = new NoNodeSettings();
    accounts.fake = host;
    run.leases = leases;
    run.versions = versions;
    run.content = content;
    run.accounts = accounts;
    run.zenodo = zenodo;
    run.durable = this::noteDurablePoint;
    fake = host.running().orElseThrow();
    account = new ZenodoAccount(fake.url(), fake.token());
    dataset = dataset();
    datasets.add(dataset);
  }

  @AfterEach
  void stop() {
    host.stop();
  }

  @Test
  void eachStoredStepIsDurableBeforeTheNextCallToZenodo() {
    Publication p = publication();
    assertThat(publications.lease(p.id(), WORKER, NOW, NOW.plus(Duration.ofMinutes(1)))).isTrue();

    run.run(p.id(), WORKER);

    assertThat(p.state()).isEqualTo(Publication.State.PUBLISHED);
    assertThat(dataset.doi()).contains(p.doi());
    // the stored step at each durable point, and what Zenodo had been asked to change by then
    assertThat(durablePoints)
        .containsExactly(
            "CREATE created=0 uploaded=0 published=0",
            "UPLOAD created=1 uploaded=0 published=0",
            "PUBLISH created=1 uploaded=1 published=0");
  }

  @Test
  void aPublishRepeatedAfterItsStepWasLostEndsAsPublishedOnce() throws Exception {
    Publication p = publication();
    Deposition draft = depositedAtUpload(p);
    zenodo.upload(account, draft.bucketUrl(), DepositionContent.FILE_NAME, new byte[] {1});
    p.uploaded(EARLIER_WORKER, NOW);
    // the cut: Zenodo published the record, the hub had not stored that yet
    Deposition record = zenodo.publish(account, draft.id());

    runAfterTheEarlierLeaseRanOut(p);

    assertThat(p.state()).isEqualTo(Publication.State.PUBLISHED);
    assertThat(p.step()).isEqualTo(Publication.Step.DONE);
    assertThat(p.doi()).isEqualTo(record.doi());
    assertThat(p.recordUrl()).isEqualTo(record.recordUrl());
    assertThat(p.lastError()).isEmpty();
    assertThat(dataset.doi()).contains(record.doi());
    assertThat(dataset.lifecycle().conceptDoi()).contains(record.conceptDoi());
    assertThat(fake.depositionsMentioning(p.hubVersionId())).hasSize(1);
    assertThat(fake.requests(Step.PUBLISH))
        .as("published before the cut, asked again and found published")
        .isEqualTo(2);
    assertThat(traces.recorded())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.action()).isEqualTo(TraceAction.MINT_DOI);
              assertThat(t.datasetIds()).containsExactly(dataset.id().value());
              assertThat(t.details()).containsEntry("doi", record.doi());
            });
  }

  @Test
  void aRefusedUploadOfADraftStaysAFailure() throws Exception {
    Publication p = publication();
    depositedAtUpload(p);
    fake.faults().failNext(Step.UPLOAD, 1, 400);

    runAfterTheEarlierLeaseRanOut(p);

    assertThat(p.state()).isEqualTo(Publication.State.FAILED);
    assertThat(p.step()).isEqualTo(Publication.Step.UPLOAD);
    assertThat(p.lastError()).get().extracting(e -> e.status()).isEqualTo(400);
    assertThat(dataset.doi()).isEmpty();
    assertThat(fake.requests(Step.PUBLISH)).isZero();
    assertThat(traces.recorded()).isEmpty();
  }

  private void noteDurablePoint() {
    durablePoints.add(
        watched.step()
            + " created="
            + fake.requests(Step.CREATE)
            + " uploaded="
            + fake.requests(Step.UPLOAD)
            + " published="
            + fake.requests(Step.PUBLISH));
  }

  /** A worker takes the publication once the cut-off run's lease ran out, and runs its steps. */
  private void runAfterTheEarlierLeaseRanOut(Publication p) {
    assertThat(publications.lease(p.id(), WORKER, LATER, LATER.plus(Duration.ofMinutes(1))))
        .as("the earlier run's lease ran out")
        .isTrue();
    run.run(p.id(), WORKER);
  }

  private Publication publication() {
    Publication p =
        Publication.waiting(
            new Publication.Target(dataset.id().value(), dataset.node().id().value(), 1),
            Publication.Kind.PUBLISH,
            NOW,
            NOW.plus(Duration.ofHours(1)));
    p.linkTo(HUB);
    publications.add(p);
    watched = p;
    return p;
  }

  /** Where an earlier run left it: the deposition made and stored, the upload next. */
  private Deposition depositedAtUpload(Publication p) throws Exception {
    VersionDetails version = run.versions.find(dataset.id(), 1).orElseThrow();
    Deposition draft =
        zenodo.create(account, run.content.metadata(p, version, run.accounts.of(p.nodeId()), HUB));
    publications.lease(p.id(), EARLIER_WORKER, NOW, NOW.plus(Duration.ofMinutes(1)));
    p.depositing(EARLIER_WORKER, NOW);
    p.deposited(EARLIER_WORKER, draft, NOW);
    return draft;
  }

  private static Dataset dataset() {
    Node node =
        new Node(
            new NodeId("es-valencia"),
            "Valencia imaging node",
            "ES",
            "Valencia hospital",
            "node@valencia.example.org",
            "https://node.valencia.example.org",
            NOW);
    DatasetDescription description =
        DatasetDescription.builder()
            .title("Lung CT")
            .description("Chest CT of lung cancer patients")
            .accessRights(AccessRights.RESTRICTED)
            .build();
    return new Dataset(node, "lung-ct-1", LifecycleStatus.PUBLISHED, description, NOW);
  }

  private static CatalogueSettings settings() {
    Map<String, String> values =
        Map.of("catalogue.zenodo.fake", "true", "catalogue.zenodo.timeout-ms", "3000");
    return CatalogueSettings.from(k -> Optional.ofNullable(values.get(k)));
  }

  /** No node has Zenodo settings of its own: the hub's apply. */
  private static final class NoNodeSettings implements NodeZenodoOverrideRepository {
    @Override
    public Optional<NodeZenodoOverride> find(String nodeId) {
      return Optional.empty();
    }

    @Override
    public void add(NodeZenodoOverride settings) {
      throw new UnsupportedOperationException("no node settings are kept here");
    }
  }
}
