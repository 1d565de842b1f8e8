package eu.imaginghub.tracer.anchor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnchorBatchTest {

  private static final Instant SEALED_AT = Instant.parse("2026-12-01T10:00:00Z");
  private static final Instant SENT_AT = Instant.parse("2026-12-01T10:00:02Z");
  private static final Instant CONFIRMED_AT = Instant.parse("2026-12-01T10:00:05Z");
  private static final String ROOT = "ab".repeat(32);
  private static final ChainTransaction TX =
      new ChainTransaction("0x" + "12".repeat(32), 7, "0x" + "34".repeat(20), 31337);

  private static AnchorBatch batch(AnchorBatch.Mode mode) {
    return new AnchorBatch(4, 101, 200, ROOT, mode, SEALED_AT);
  }

  @Test
  void aNewBatchIsSealedWithItsRangeAndRootOnly() {
    AnchorBatch batch = batch(AnchorBatch.Mode.CHAIN);

    assertThat(batch.id()).isEqualTo(4);
    assertThat(batch.firstSequence()).isEqualTo(101);
    assertThat(batch.lastSequence()).isEqualTo(200);
    assertThat(batch.merkleRoot()).isEqualTo(ROOT);
    assertThat(batch.status()).isEqualTo(AnchorBatch.Status.SEALED);
    assertThat(batch.createdAt()).isEqualTo(SEALED_AT);
    assertThat(batch.txHash()).isEmpty();
    assertThat(batch.contractAddress()).isEmpty();
    assertThat(batch.anchoredAt()).isEmpty();
    assertThat(batch.sendCount()).isZero();
    assertThat(batch.externallyAnchored()).isFalse();
  }

  @Test
  void aBatchOfOneTraceIsAllowedButNotAnEmptyOne() {
    assertThat(new AnchorBatch(1, 5, 5, ROOT, AnchorBatch.Mode.LOCAL, SEALED_AT).lastSequence())
        .isEqualTo(5);
    assertThatThrownBy(() -> new AnchorBatch(1, 5, 4, ROOT, AnchorBatch.Mode.LOCAL, SEALED_AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("empty batch");
  }

  @Test
  void sentThenConfirmedIsAnchoredOnTheChain() {
    AnchorBatch batch = batch(AnchorBatch.Mode.CHAIN);

    batch.sent(TX, SENT_AT);
    assertThat(batch.status()).isEqualTo(AnchorBatch.Status.SENT);
    assertThat(batch.txHash()).contains(TX.hash());
    assertThat(batch.txNonce()).contains(7L);
    assertThat(batch.contractAddress()).contains(TX.contractAddress());
    assertThat(batch.chainId()).contains(31337L);
    assertThat(batch.sentAt()).contains(SENT_AT);
    assertThat(batch.sendCount()).isEqualTo(1);
    assertThat(batch.externallyAnchored()).isFalse();

    batch.confirmed(812, CONFIRMED_AT);
    assertThat(batch.status()).isEqualTo(AnchorBatch.Status.CONFIRMED);
    assertThat(batch.blockNumber()).contains(812L);
    assertThat(batch.anchoredAt()).contains(CONFIRMED_AT);
    assertThat(batch.externallyAnchored()).isTrue();
  }

  @Test
  void aBatchNotSentCannotBeConfirmed() {
    AnchorBatch batch = batch(AnchorBatch.Mode.CHAIN);

    assertThatThrownBy(() -> batch.confirmed(812, CONFIRMED_AT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("batch 4 was not sent");
    assertThat(batch.status()).isEqualTo(AnchorBatch.Status.SEALED);
    assertThat(batch.blockNumber()).isEmpty();
  }

  @Test
  void aVanishedTransactionIsSentAgainAndCounted() {
    AnchorBatch batch = batch(AnchorBatch.Mode.CHAIN);
    batch.sent(TX, SENT_AT);
    batch.confirmed(812, CONFIRMED_AT);

    batch.resend();
    assertThat(batch.status()).isEqualTo(AnchorBatch.Status.SEALED);
    assertThat(batch.txHash()).isEmpty();
    assertThat(batch.blockNumber()).isEmpty();
    assertThat(batch.anchoredAt()).isEmpty();
    assertThat(batch.externallyAnchored()).isFalse();

    batch.sent(TX, CONFIRMED_AT);
    assertThat(batch.sendCount()).isEqualTo(2);
    assertThat(batch.sentAt()).contains(CONFIRMED_AT);
  }

  @Test
  void aLocalBatchNeverGoesToAChain() {
    AnchorBatch batch = batch(AnchorBatch.Mode.LOCAL);

    assertThatThrownBy(() -> batch.sent(TX, SENT_AT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("batch 4 is sealed locally only");
    assertThatThrownBy(() -> batch.confirmed(1, CONFIRMED_AT))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(batch::resend).isInstanceOf(IllegalStateException.class);
    assertThat(batch.status()).isEqualTo(AnchorBatch.Status.SEALED);
    assertThat(batch.externallyAnchored()).isFalse();
  }
}
