package eu.imaginghub.catalogue.publication.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.catalogue.CatalogueSettings;
import eu.imaginghub.catalogue.publication.domain.Deposition;
import eu.imaginghub.catalogue.publication.domain.DepositionMetadata;
import eu.imaginghub.catalogue.publication.domain.ZenodoAccount;
import eu.imaginghub.catalogue.publication.domain.ZenodoException;
import eu.imaginghub.catalogue.publication.fake.LocalZenodo;
import eu.imaginghub.catalogue.publication.fake.ZenodoFaults.Step;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The deposit API client against the local fake Zenodo, over real HTTP. */
class HttpZenodoTest {

  private static final byte[] TURTLE = "<a> <b> <c> .".getBytes(StandardCharsets.UTF_8);

  private LocalZenodo fake;
  private ZenodoAccount account;
  private HttpZenodo zenodo;

  @BeforeEach
  void start() {
    fake = LocalZenodo.start(0, "secret-token");
    account = new ZenodoAccount(fake.url(), fake.token());
    zenodo =
        new HttpZenodo(
            CatalogueSettings.from(
                k -> Optional.ofNullable(Map.of("catalogue.zenodo.timeout-ms", "1500").get(k))));
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private static DepositionMetadata metadata(String hubId, List<String> communities) {
    return new DepositionMetadata(
        hubId,
        "Lung CT",
        "<p>Chest CT</p>",
        List.of("Valencia Imaging"),
        List.of("lung"),
        "cc-by-4.0",
        true,
        null,
        "https://hub.example/datasets/ds-1",
        "1",
        communities,
        List.of(),
        "Imaging Hub version id: " + hubId);
  }

  @Test
  void publishesWithTheReservedDoiAndFindsTheDepositionByTheHubsId() throws Exception {
    Deposition draft = zenodo.create(account, metadata("imaging-hub:ds-1:v1", List.of()));
    assertThat(draft.doi()).isEqualTo("10.5072/zenodo." + draft.id());
    assertThat(draft.published()).isFalse();
    assertThat(zenodo.findByHubId(account, "imaging-hub:ds-1:v1"))
        .get()
        .extracting(Deposition::id)
        .isEqualTo(draft.id());
    assertThat(zenodo.findByHubId(account, "imaging-hub:ds-1:v2")).isEmpty();

    zenodo.upload(account, draft.bucketUrl(), "dcat-ap.ttl", TURTLE);
    Deposition record = zenodo.publish(account, draft.id());

    assertThat(record.published()).isTrue();
    assertThat(record.doi()).isEqualTo(draft.doi());
    assertThat(record.conceptDoi()).isNotEqualTo(record.doi()).startsWith("10.5072/zenodo.");
    assertThat(record.recordUrl()).endsWith("/records/" + draft.id());
    assertThat(fake.filesOf(record.doi())).containsExactly("dcat-ap.ttl");
    // a publish repeated after a lost answer finds the record published
    assertThat(zenodo.publish(account, draft.id()).doi()).isEqualTo(record.doi());
  }

  @Test
  void aNewVersionKeepsTheConceptAndAnEditChangesTheRecord() throws Exception {
    Deposition first = published("imaging-hub:ds-2:v1");
    Deposition opened = zenodo.newVersion(account, first.id());
    assertThat(opened.latestDraftId()).isNotNull();
    // asking again gives the same open draft, not a second one
    assertThat(zenodo.newVersion(account, first.id()).latestDraftId())
        .isEqualTo(opened.latestDraftId());
    long draft = opened.latestDraftId();
    zenodo.updateMetadata(account, draft, metadata("imaging-hub:ds-2:v2", List.of()));
    zenodo.upload(account, zenodo.read(account, draft).bucketUrl(), "dcat-ap.ttl", TURTLE);
    Deposition second = zenodo.publish(account, draft);
    assertThat(second.doi()).isNotEqualTo(first.doi());
    assertThat(second.conceptDoi()).isEqualTo(first.conceptDoi());

    assertThatThrownBy(() -> zenodo.updateMetadata(account, second.id(), metadata("x", List.of())))
        .isInstanceOfSatisfying(ZenodoException.class, e -> assertThat(e.retryable()).isFalse());
    zenodo.edit(account, second.id());
    zenodo.updateMetadata(
        account, second.id(), metadata("imaging-hub:ds-2:v2 invalidated", List.of()));
    assertThat(zenodo.publish(account, second.id()).doi()).isEqualTo(second.doi());
    assertThat(fake.byDoi(second.doi()).orElseThrow().getJsonObject("metadata").getString("notes"))
        .contains("invalidated");
  }

  @Test
  void refusalsSayWhichFieldsAndWhetherToTryAgain() throws Exception {
    Deposition draft = zenodo.create(account, metadata("imaging-hub:ds-3:v1", List.of()));
    assertThatThrownBy(() -> zenodo.publish(account, draft.id()))
        .isInstanceOfSatisfying(
            ZenodoException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ZenodoException.Kind.VALIDATION);
              assertThat(e.problem().fields())
                  .singleElement()
                  .satisfies(f -> assertThat(f.field()).isEqualTo("files"));
            });
    assertThatThrownBy(
            () -> zenodo.create(account, metadata("imaging-hub:ds-4:v1", List.of("no-such"))))
        .isInstanceOfSatisfying(
            ZenodoException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ZenodoException.Kind.VALIDATION);
              assertThat(e.problem().inWords())
                  .contains("metadata.communities: Provided community does not exist: no-such");
            });
    ZenodoAccount stranger = new ZenodoAccount(fake.url(), "wrong");
    assertThatThrownBy(() -> zenodo.read(stranger, draft.id()))
        .isInstanceOfSatisfying(
            ZenodoException.class,
            e -> {
              assertThat(e.problem().status()).isEqualTo(401);
              assertThat(e.retryable()).isFalse();
            });
  }

  @Test
  void serverErrorsSlowAnswersAndDroppedConnectionsMayBeTriedAgain() throws Exception {
    Deposition draft = zenodo.create(account, metadata("imaging-hub:ds-5:v1", List.of()));
    fake.faults().failNext(Step.READ, 1, 503);
    assertRetryable(() -> zenodo.read(account, draft.id()), 503);
    // the JDK client itself tries a GET again once after a lost connection
    fake.faults().dropNext(Step.READ, 2);
    assertRetryable(() -> zenodo.read(account, draft.id()), 0);
    fake.faults().slowNext(Step.READ, 1, Duration.ofMillis(3000));
    assertRetryable(() -> zenodo.read(account, draft.id()), 0);
    assertThat(zenodo.read(account, draft.id()).id()).isEqualTo(draft.id());
  }

  @Test
  void aHeldStepWaitsUntilReleased() throws Exception {
    Deposition draft = zenodo.create(account, metadata("imaging-hub:ds-6:v1", List.of()));
    zenodo.upload(account, draft.bucketUrl(), "dcat-ap.ttl", TURTLE);
    var hold = fake.faults().hold(Step.PUBLISH);
    CompletableFuture<Deposition> publishing =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return zenodo.publish(account, draft.id());
              } catch (ZenodoException e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(hold.awaitArrival(Duration.ofSeconds(5))).isTrue();
    assertThat(zenodo.read(account, draft.id()).published()).isFalse();
    hold.release();
    assertThat(publishing.get().published()).isTrue();
  }

  @Test
  void aTokenWaitsForItsShareOfTheRate() throws Exception {
    RequestRate rate = new RequestRate(60);
    for (int i = 0; i < 60; i++) {
      rate.acquire("t");
    }
    long start = System.nanoTime();
    rate.acquire("t");
    rate.acquire("other");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(800));
  }

  private Deposition published(String hubId) throws ZenodoException {
    Deposition draft = zenodo.create(account, metadata(hubId, List.of()));
    zenodo.upload(account, draft.bucketUrl(), "dcat-ap.ttl", TURTLE);
    return zenodo.publish(account, draft.id());
  }

  private interface Call {
    Object run() throws ZenodoException;
  }

  private static void assertRetryable(Call call, int status) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            ZenodoException.class,
            e -> {
              assertThat(e.retryable()).as(e.getMessage()).isTrue();
              assertThat(e.problem().status()).isEqualTo(status);
            });
  }
}
