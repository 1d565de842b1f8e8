package eu.imaginghub.access.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.access.event.ChangesRequested;
import eu.imaginghub.access.event.EntitlementExpiring;
import eu.imaginghub.access.event.EntitlementRevoked;
import eu.imaginghub.access.event.PartDecided;
import eu.imaginghub.access.event.RequestSubmitted;
import eu.imaginghub.access.notification.domain.Notice;
import eu.imaginghub.access.notification.domain.OpenVote;
import eu.imaginghub.access.user.application.UserProfile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestNoticesTest {

  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
  private static final String BASE = "https://hub.example.org";
  private static final People PEOPLE =
      new People(
          Map.of(
              "res", profile("res", "Rita Researcher", "rita@example.org"),
              "ann", profile("ann", "Ann Chair", "ann@example.org"),
              "bob", profile("bob", null, "bob@example.org")));

  private static UserProfile profile(String subject, String name, String email) {
    return new UserProfile(subject, name, email, null, AT, AT);
  }

  private static RequestSubmitted submitted() {
    return new RequestSubmitted(
        "ev-1",
        "req-1",
        "Lung nodules",
        "LUNG",
        "res",
        false,
        List.of(
            new RequestSubmitted.Part(
                "p1", "dac-1", "Valencia DAC", List.of("ann", "bob"), List.of("d1")),
            new RequestSubmitted.Part(
                "p2", "dac-2", "Rotterdam DAC", List.of("ann"), List.of("d2"))),
        AT);
  }

  @Test
  void aSubmissionTellsTheRequesterOnceAndEachVoterOnceForAllTheirParts() {
    List<Notice> notices = RequestNotices.submitted(submitted(), PEOPLE, BASE);

    assertThat(notices).extracting(Notice::recipient).containsExactly("res", "ann", "bob");
    assertThat(notices).extracting(Notice::eventId).containsOnly("ev-1");
    assertThat(notices).extracting(Notice::link).containsOnly("/#/requests/req-1");
    Notice ann = notices.get(1);
    assertThat(ann.subject()).isEqualTo("Vote needed: Lung nodules (project LUNG)");
    assertThat(ann.body())
        .contains("Rita Researcher <rita@example.org> asks, for project LUNG,")
        .contains("- the committee Valencia DAC: d1\n- the committee Rotterdam DAC: d2\n")
        .contains(BASE + "/#/requests/req-1");
    assertThat(notices.get(0).subject()).isEqualTo("Access request submitted: Lung nodules");
    assertThat(notices.get(2).body()).startsWith("Hello bob@example.org,");
  }

  @Test
  void changesRequestedTellTheRequesterWhoAsksWhat() {
    List<Notice> notices =
        RequestNotices.changesRequested(
            new ChangesRequested(
                "ev-2",
                "req-1",
                "p1",
                "Lung nodules",
                "res",
                "Valencia DAC",
                "ann",
                "Add the ethics approval",
                AT),
            PEOPLE,
            BASE);

    assertThat(notices)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.recipient()).isEqualTo("res");
              assertThat(n.body())
                  .contains("Ann Chair <ann@example.org>, for the committee Valencia DAC")
                  .contains("> Add the ethics approval\n")
                  .endsWith(BASE + "/#/requests/req-1\n");
            });
  }

  @Test
  void aDecisionTellsTheRequesterAndEveryProjectPersonOnce() {
    PartDecided decided =
        new PartDecided(
            "ev-3",
            "req-1",
            "p1",
            "Lung nodules",
            "LUNG",
            "res",
            "dac-1",
            "Valencia DAC",
            PartDecided.Outcome.APPROVED,
            "quorum",
            null,
            List.of("d1"),
            Instant.parse("2028-01-01T00:00:00Z"),
            AT);

    List<Notice> notices =
        RequestNotices.decided(decided, List.of("pi", "res", "member"), PEOPLE, BASE);

    assertThat(notices).extracting(Notice::recipient).containsExactly("res", "pi", "member");
    assertThat(notices.get(0).subject()).isEqualTo("Access request approved: Lung nodules");
    assertThat(notices.get(0).body())
        .contains("Valencia DAC approved, by the votes of its members,")
        .contains("Access runs until the end of 2027-12-31 (UTC).");
  }

  @Test
  void anEndingEntitlementTellsEachHolderOnceTheLastDayAndWhereToSeeIt() {
    List<Notice> notices =
        AccessNotices.expiring(
            new EntitlementExpiring(
                "ev-5",
                "ent-2",
                "LUNG",
                "d1",
                List.of("res", "bob"),
                Instant.parse("2028-01-01T00:00:00Z")),
            PEOPLE,
            BASE);

    assertThat(notices).extracting(Notice::recipient).containsExactly("res", "bob");
    assertThat(notices.get(0).subject()).isEqualTo("Access to dataset d1 ends after 2027-12-31");
    assertThat(notices.get(0).body())
        .startsWith("Hello Rita Researcher,\n\nproject LUNG's access to dataset d1 ends at")
        .endsWith(BASE + "/#/requests\n");
  }

  @Test
  void aRevocationTellsEachHolderOnceWhoRevokedItAndWhy() {
    List<Notice> notices =
        AccessNotices.revoked(
            new EntitlementRevoked(
                "ev-4",
                "ent-1",
                "LUNG",
                "d1",
                List.of("res", "bob", "res"),
                "ann",
                "Consent withdrawn",
                AT),
            PEOPLE,
            BASE);

    assertThat(notices).extracting(Notice::recipient).containsExactly("res", "bob");
    assertThat(notices.get(0).link()).isEqualTo("/#/requests");
    assertThat(notices.get(0).body())
        .contains("Ann Chair <ann@example.org> revoked project LUNG's access to dataset d1")
        .contains("> Consent withdrawn");
  }

  @Test
  void aDigestNamesEveryWaitingRequestWithItsAgeAndLink() {
    List<OpenVote> votes =
        List.of(
            new OpenVote(
                "req-1",
                "p1",
                "Lung nodules",
                "LUNG",
                "Valencia DAC",
                "res",
                AT.minusSeconds(5 * 86_400),
                List.of("ann")),
            new OpenVote(
                "req-2",
                "p7",
                "Brain MRI",
                "NEURO",
                "Valencia DAC",
                "res",
                AT.minusSeconds(4 * 86_400),
                List.of("ann")));

    Notice digest = AccessNotices.digest("reminder-1", "ann", votes, PEOPLE, AT, BASE);

    assertThat(digest.subject()).isEqualTo("Reminder: 2 access requests wait for your vote");
    assertThat(digest.body())
        .contains(
            "- \"Lung nodules\": Rita Researcher <rita@example.org> asks for project LUNG"
                + " (committee Valencia DAC, waiting 5 days)\n  "
                + BASE
                + "/#/requests/req-1\n")
        .contains("waiting 4 days)\n  " + BASE + "/#/requests/req-2\n");
    assertThat(digest.link()).isEqualTo("/#/review");
  }
}
