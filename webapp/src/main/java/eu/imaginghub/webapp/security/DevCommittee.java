package eu.imaginghub.webapp.security;

import eu.imaginghub.access.committee.application.DemoCommittee;
import eu.imaginghub.access.committee.application.DemoCommittee.DemoPerson;
import eu.imaginghub.webapp.security.session.SignedInIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * DEVELOPMENT ONLY: the demo data-access committee of the development login, chaired by the demo
 * committee member and with the demo admin on it, so that requests can be decided on a laptop.
 */
@ApplicationScoped
public class DevCommittee {

  @Inject DemoCommittee committee;

  /** Seeds it on the first start; later starts find it and leave it as admins left it. */
  public void seedOnce() {
    committee.seedOnce(person("committee"), List.of(person("admin")));
  }

  private static DemoPerson person(String user) {
    SignedInIdentity who = DevUsers.identity(user).orElseThrow();
    return new DemoPerson(who.subject(), who.name());
  }
}
