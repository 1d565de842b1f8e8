package eu.imaginghub.access.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final RetryPolicy POLICY =
      new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofMinutes(5));

  private final OutboxMail mail =
      new OutboxMail(new Notice("e1", "sub-1", "Subject", "Body", "/#/x"), "ada@example.org", NOW);

  @Test
  void aNewMailIsDueAtOnceWithAStableMessageId() {
    assertThat(mail.state()).isEqualTo(OutboxMail.State.PENDING);
    assertThat(mail.nextAttemptAt()).isEqualTo(NOW);
    assertThat(mail.messageId()).isEqualTo("<notification." + mail.id() + "@imaging-hub>");
    assertThat(mail.messageId()).isEqualTo(mail.messageId());
  }

  @Test
  void onlyTheLeaseHolderMayNoteItSent() {
    assertThatThrownBy(() -> mail.sent("worker-a", NOW)).isInstanceOf(IllegalStateException.class);
    assertThat(mail.state()).isEqualTo(OutboxMail.State.PENDING);
  }

  @Test
  void needsAnAddress() {
    assertThatThrownBy(() -> new OutboxMail(new Notice("e", "s", "S", "B", null), " ", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
