package eu.imaginghub.harvester.push.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.harvester.provenance.domain.ReceivedRecord;
import eu.imaginghub.harvester.push.domain.PushedRecord;
import eu.imaginghub.harvester.record.domain.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a push decides about records before it touches the catalogue. */
class DatasetPushTest {

  private static final String HASH_A = "aa".repeat(32);
  private static final String HASH_B = "bb".repeat(32);

  private static PushedRecord record(String localId, String hash) {
    return new PushedRecord(
        localId,
        DatasetDescription.builder().title("Dataset " + localId).build(),
        LifecycleStatus.RELEASED,
        new ReceivedRecord(hash, "application/json", "{}", "[]", null),
        List.of(),
        List.of());
  }

  /** A pulled record whose content the hub held when the run began: not mapped again. */
  private static PushedRecord knownUnchanged(String localId, String hash) {
    return new PushedRecord(
        localId,
        null,
        null,
        new ReceivedRecord(hash, "text/turtle", "", "[]", null),
        List.of(),
        List.of(),
        true);
  }

  private static List<String> messages(PushedRecord r) {
    return r.violations().stream().map(Finding::message).toList();
  }

  @Test
  void recordsWithDistinctValidLocalIdsPassUnchanged() {
    List<PushedRecord> records = List.of(record("lung-ct", HASH_A), record("brain-mri", HASH_B));

    assertThat(DatasetPush.refuseDuplicates(records)).isEqualTo(records);
  }

  @Test
  void bothRecordsSharingALocalIdAreRefusedAndTheOthersKept() {
    List<PushedRecord> checked =
        DatasetPush.refuseDuplicates(
            List.of(
                record("lung-ct", HASH_A), record("brain-mri", HASH_B), record("lung-ct", HASH_B)));

    assertThat(checked).extracting(PushedRecord::accepted).containsExactly(false, true, false);
    assertThat(messages(checked.get(0))).containsExactly("local id lung-ct is sent twice");
    assertThat(checked.get(0).violations().get(0).path())
        .isEqualTo("http://purl.org/dc/terms/identifier");
    assertThat(messages(checked.get(2))).containsExactly("local id lung-ct is sent twice");
    assertThat(checked.get(1)).isEqualTo(record("brain-mri", HASH_B));
  }

  @Test
  void aRecordWithoutAUsableLocalIdIsRefusedNamingIt() {
    List<PushedRecord> checked =
        DatasetPush.refuseDuplicates(List.of(record(null, HASH_A), record("has space", HASH_B)));

    assertThat(checked).extracting(PushedRecord::accepted).containsExactly(false, false);
    assertThat(messages(checked.get(0))).containsExactly("a valid local id is required: null");
    assertThat(messages(checked.get(1))).containsExactly("a valid local id is required: has space");
    assertThat(checked.get(1).violations().get(0).path()).isEqualTo("localId");
  }

  @Test
  void anUnchangedRecordStandsWhileTheHubStillHoldsItsContentLive() {
    PushedRecord r = knownUnchanged("lung-ct", HASH_A);

    PushedRecord checked =
        DatasetPush.stillHeld(r, Map.of(HASH_A, "lung-ct"), Set.of("lung-ct", "brain-mri"));

    assertThat(checked).isSameAs(r);
    assertThat(checked.violations()).isEmpty();
  }

  @Test
  void anUnchangedRecordWithdrawnOrReplacedDuringTheRunIsRefusedForThisRun() {
    String changed =
        "the hub's copy changed during the run (withdrawn or replaced): the record is read"
            + " again by the next harvest";

    PushedRecord withdrawn =
        DatasetPush.stillHeld(
            knownUnchanged("lung-ct", HASH_A), Map.of(HASH_A, "lung-ct"), Set.of("brain-mri"));
    PushedRecord replaced =
        DatasetPush.stillHeld(
            knownUnchanged("lung-ct", HASH_A), Map.of(HASH_B, "lung-ct"), Set.of("lung-ct"));
    PushedRecord heldUnderAnotherId =
        DatasetPush.stillHeld(
            knownUnchanged("lung-ct", HASH_A), Map.of(HASH_A, "brain-mri"), Set.of("lung-ct"));

    for (PushedRecord r : List.of(withdrawn, replaced, heldUnderAnotherId)) {
      assertThat(r.accepted()).isFalse();
      assertThat(messages(r)).containsExactly(changed);
      assertThat(r.localId()).isEqualTo("lung-ct");
    }
  }
}
