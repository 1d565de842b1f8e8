package eu.imaginghub.access.committee.application;

import eu.imaginghub.access.committee.domain.Committee;
import eu.imaginghub.access.committee.domain.CommitteeDefinition;
import eu.imaginghub.access.committee.domain.CommitteeRepository;
import eu.imaginghub.access.committee.domain.QuorumKind;
import eu.imaginghub.access.committee.domain.Seat;
import eu.imaginghub.access.user.application.UserDirectory;
import eu.imaginghub.catalogue.demo.application.DemoFederation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo committee a hub with the development login starts with, so that requests can be tried at
 * once: it governs every demo node. Seeded once; a restart finds it by name and leaves it, and
 * whatever admins changed in it, alone.
 */
@ApplicationScoped
@Transactional
public class DemoCommittee {

  public static final String NAME = "Demo data-access committee";

  /** How the committee's history names the hub seeding it. */
  static final String ACTOR = "hub:demo-data";

  private static final Logger LOG = Logger.getLogger(DemoCommittee.class.getName());

  /** A demo person: their subject and the name they go by. */
  public record DemoPerson(String subject, String name) {}

  @Inject CommitteeRepository committees;
  @Inject UserDirectory users;
  @Inject Clock clock;

  /**
   * Seeds the committee unless one with its name exists.
   *
   * @param chair chairs it
   * @param others its other members
   */
  public void seedOnce(DemoPerson chair, List<DemoPerson> others) {
    if (committees.named(NAME).isPresent()) {
      return;
    }
    List<Seat> seats = new ArrayList<>();
    seats.add(seat(chair, true));
    others.forEach(p -> seats.add(seat(p, false)));
    Set<String> nodes = new LinkedHashSet<>();
    DemoFederation.nodes().forEach(n -> nodes.add(n.id()));
    CommitteeDefinition definition =
        new CommitteeDefinition(NAME, QuorumKind.MAJORITY, 0, 14, seats, Set.of(), nodes);
    Committee committee = Committee.seeded(definition, ACTOR, clock.instant());
    committees.add(committee);
    LOG.info(() -> "Demo committee " + committee.id() + " seeded");
  }

  /** Members are people of the hub; the demo ones have not necessarily signed in yet. */
  private Seat seat(DemoPerson person, boolean chair) {
    users.ensureKnown(person.subject(), person.name());
    return new Seat(person.subject(), chair);
  }
}
