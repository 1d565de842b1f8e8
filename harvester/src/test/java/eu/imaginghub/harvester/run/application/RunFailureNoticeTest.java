package eu.imaginghub.harvester.run.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.spi.Mail;
import eu.imaginghub.harvester.run.domain.HarvestRun;
import eu.imaginghub.harvester.run.domain.RunTrigger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunFailureNoticeTest {

  private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");

  @Test
  void aHeldRunTellsWhatWaitsAndWhereToDecide() {
    HarvestRun run =
        new HarvestRun("es-node", RunTrigger.SCHEDULED, "https://node.example.org/cat", START);
    run.hold(List.of("ct-1", "ct-2", "ct-3"), List.of(), START.plusSeconds(5));

    Mail mail = RunFailureNotice.heldMailOf(run, "Spanish node", " ops@node.example.org ");

    assertThat(mail.to()).containsExactly("ops@node.example.org");
    assertThat(mail.subject())
        .isEqualTo("Harvest of node es-node holds 3 withdrawals (run " + run.id() + ")");
    assertThat(mail.text())
        .contains("would have withdrawn 3 of the node's datasets")
        .contains("/api/harvests/" + run.id() + "/confirm")
        .contains("https://node.example.org/cat")
        .contains("Held: ct-1, ct-2, ct-3\n");
  }
}
