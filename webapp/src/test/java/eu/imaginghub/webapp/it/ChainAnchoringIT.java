package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.demo.application.DemoFederation;
import eu.imaginghub.tracer.anchor.domain.ChainClient.AnchoredRoot;
import eu.imaginghub.tracer.anchor.domain.MerkleTree;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Anchoring on a real development chain: one transaction per batch, proofs that check out against
 * the registry contract, and nothing lost or anchored twice when the node goes away.
 */
@ExtendWith(RunningHub.class)
class ChainAnchoringIT {

  private static final String NODE = DemoFederation.nodes().get(2).id();
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private final HubClient admin = HubClient.as("admin");

  @Test
  void anchorsEachBatchInTheRegistryAndItsProofsCheckOut() throws Exception {
    String traceId = createAndTrace("anchored-1");
    JsonObject proof = awaitAnchoredProof(traceId);

    assertThat(proof.getString("mode")).isEqualTo("chain");
    assertThat(proof.getString("status")).isEqualTo("confirmed");
    assertThat(proof.getJsonNumber("chainId").longValue()).isEqualTo(31337);
    assertThat(proof.getString("transaction")).startsWith("0x").hasSize(66);
    assertThat(proof.getJsonNumber("block").longValue()).isPositive();
    assertThat(recomputedRoot(proof)).isEqualTo(proof.getString("root"));

    Optional<AnchoredRoot> onChain =
        RunningHub.chain()
            .batch(proof.getString("contract"), proof.getJsonNumber("batch").longValue());
    assertThat(onChain).map(AnchoredRoot::root).contains(proof.getString("root"));

    JsonObject verification = admin.get("/api/traces/verification").json();
    assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
    assertThat(verification.getJsonNumber("batchesCheckedOnChain").longValue()).isPositive();

    JsonObject status = HubClient.anonymous().get("/api/traces/anchoring").json();
    assertThat(status.getString("mode")).isEqualTo("chain");
    assertThat(status.getBoolean("externallyAnchored")).isTrue();
    assertThat(status.getJsonObject("latest").getString("contract"))
        .isEqualTo(proof.getString("contract"));
  }

  @Test
  void losesNothingWhileTheNodeIsDownAndCatchesUpWhenItIsBack() throws Exception {
    awaitEverythingAnchored();
    String contract = contract();
    DevChain chain = RunningHub.chain();
    createAndTrace("before-outage");
    chain.stop();
    List<String> recordedWhileDown = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      recordedWhileDown.add(createAndTrace("during-outage-" + i));
    }
    JsonObject sealedOnly = awaitProof(recordedWhileDown.get(4));
    assertThat(sealedOnly.getBoolean("externallyAnchored")).isFalse();

    chain.start();
    awaitEverythingAnchored();
    assertThat(contract()).isEqualTo(contract);
    assertEveryTraceAnchoredExactlyOnce(contract);
    for (String traceId : recordedWhileDown) {
      assertThat(awaitAnchoredProof(traceId).getString("contract")).isEqualTo(contract);
    }
  }

  @Test
  void anchorsEverythingAgainOnAChainThatLostItsState() throws Exception {
    awaitEverythingAnchored();
    java.sql.Timestamp deployedBefore = deployedAt();
    DevChain chain = RunningHub.chain();
    chain.reset();
    createAndTrace("after-reset");
    chain.start();

    awaitEverythingAnchored();
    assertThat(deployedAt()).as("a new registry was deployed").isAfter(deployedBefore);
    assertEveryTraceAnchoredExactlyOnce(contract());
    JsonObject verification = admin.get("/api/traces/verification").json();
    assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
  }

  private String createAndTrace(String localId) {
    String id =
        admin
            .post("/api/datasets", dataset(NODE, localId, "On chain").toJson())
            .json()
            .getString("id");
    return admin
        .get("/api/traces?dataset=" + id)
        .json()
        .getJsonArray("items")
        .getJsonObject(0)
        .getString("id");
  }

  /** Every trace in one batch, batches contiguous, each confirmed on the registry exactly once. */
  private static void assertEveryTraceAnchoredExactlyOnce(String contract) throws Exception {
    DevChain chain = RunningHub.chain();
    long next = 1;
    int batches = 0;
    try (Connection db = RunningHub.database();
        Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "select id, first_sequence, last_sequence, merkle_root, status, contract_address"
                    + " from anchor_batch order by id")) {
      while (r.next()) {
        assertThat(r.getLong(2))
            .as("batch %d starts where the previous ended", r.getLong(1))
            .isEqualTo(next);
        assertThat(r.getString(5)).isEqualTo("CONFIRMED");
        assertThat(r.getString(6)).isEqualTo(contract);
        assertThat(chain.batch(contract, r.getLong(1)))
            .contains(new AnchoredRoot(r.getLong(2), r.getLong(3), r.getString(4)));
        next = r.getLong(3) + 1;
        batches++;
      }
    }
    assertThat(next - 1)
        .as("every trace is in a batch")
        .isEqualTo(count("select count(*) from trace"));
    assertThat(chain.batchCount(contract)).as("anchored once each").isEqualTo(batches);
  }

  private static void awaitEverythingAnchored() throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      if (count("select count(*) from trace where batch_id is null") == 0
          && count("select count(*) from anchor_batch where status <> 'CONFIRMED'") == 0) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("traces are still waiting to be anchored");
  }

  private static long count(String sql) throws Exception {
    try (Connection db = RunningHub.database();
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static String contract() throws Exception {
    try (Connection db = RunningHub.database();
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery("select address from chain_contract")) {
      assertThat(r.next()).as("a registry was deployed").isTrue();
      return r.getString(1);
    }
  }

  private static java.sql.Timestamp deployedAt() throws Exception {
    try (Connection db = RunningHub.database();
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery("select deployed_at from chain_contract")) {
      assertThat(r.next()).as("a registry was deployed").isTrue();
      return r.getTimestamp(1);
    }
  }

  private JsonObject awaitAnchoredProof(String traceId) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      HubClient.Reply reply = admin.get("/api/traces/" + traceId + "/proof");
      if (reply.status() == 200 && reply.json().getBoolean("externallyAnchored")) {
        return reply.json();
      }
      Thread.sleep(300);
    }
    throw new AssertionError("trace " + traceId + " was not anchored on the chain");
  }

  private JsonObject awaitProof(String traceId) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      HubClient.Reply reply = admin.get("/api/traces/" + traceId + "/proof");
      if (reply.status() == 200) {
        return reply.json();
      }
      Thread.sleep(300);
    }
    throw new AssertionError("trace " + traceId + " was not sealed");
  }

  /** The root rebuilt from the leaf and the path alone, as an outside verifier would. */
  private static String recomputedRoot(JsonObject proof) {
    List<MerkleTree.ProofStep> path =
        proof.getJsonArray("path").getValuesAs(JsonObject.class).stream()
            .map(
                step ->
                    new MerkleTree.ProofStep(
                        HexFormat.of().parseHex(step.getString("sibling")),
                        "right".equals(step.getString("side"))))
            .toList();
    return HexFormat.of()
        .formatHex(MerkleTree.rootFrom(HexFormat.of().parseHex(proof.getString("leaf")), path));
  }
}
