package eu.imaginghub.harvester.record.infrastructure;

import static eu.imaginghub.catalogue.spi.DcatApTerms.AGENT_CONTACT_POINT;
import static eu.imaginghub.catalogue.spi.DcatApTerms.CONTACT_PAGE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.CONTACT_POINT;
import static eu.imaginghub.catalogue.spi.DcatApTerms.CREATOR;
import static eu.imaginghub.catalogue.spi.DcatApTerms.CUSTODIAN;
import static eu.imaginghub.catalogue.spi.DcatApTerms.EMAIL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.FN;
import static eu.imaginghub.catalogue.spi.DcatApTerms.HAS_EMAIL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.HAS_URL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.HDAB;
import static eu.imaginghub.catalogue.spi.DcatApTerms.HOMEPAGE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.MBOX;
import static eu.imaginghub.catalogue.spi.DcatApTerms.NAME;
import static eu.imaginghub.catalogue.spi.DcatApTerms.PUBLISHER;
import static eu.imaginghub.catalogue.spi.DcatApTerms.TYPE;

import eu.imaginghub.catalogue.dataset.domain.Agent;
import eu.imaginghub.catalogue.dataset.domain.AgentRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

/**
 * Reads the parties of a dataset, blank nodes or IRIs alike. Organisations are reached through a
 * {@code cv:ContactPoint} ({@code cv:email}, {@code cv:contactPage}) or a vCard one ({@code
 * vcard:hasEmail}, {@code vcard:hasURL}); creators through {@code foaf:mbox} / {@code
 * foaf:homepage}; dataset contact points are vCard or {@code cv:ContactPoint} resources.
 */
final class AgentReader {

  private static final Map<AgentRole, Property> ROLES = roles();

  static final Comparator<Agent> ORDER =
      Comparator.comparing(Agent::name, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Agent::email, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Agent::url, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Agent::typeIri, Comparator.nullsFirst(Comparator.naturalOrder()));

  private AgentReader() {}

  static Map<AgentRole, List<Agent>> agents(Resource dataset) {
    Map<AgentRole, List<Agent>> agents = new EnumMap<>(AgentRole.class);
    ROLES.forEach(
        (role, predicate) -> {
          List<Agent> found = new ArrayList<>();
          for (Resource r : RdfTerms.resources(dataset, predicate)) {
            found.add(role == AgentRole.CONTACT_POINT ? contactPoint(r) : agent(r));
          }
          found.sort(ORDER);
          agents.put(role, found);
        });
    return agents;
  }

  private static Agent agent(Resource r) {
    String email = null;
    String url = null;
    for (Resource contact : RdfTerms.resources(r, AGENT_CONTACT_POINT)) {
      email = email != null ? email : firstEmail(contact, EMAIL, HAS_EMAIL);
      url = url != null ? url : firstLink(contact, CONTACT_PAGE, HAS_URL);
    }
    email = email != null ? email : firstEmail(r, MBOX);
    url = url != null ? url : RdfTerms.link(r, HOMEPAGE);
    String name = RdfTerms.displayText(r, NAME);
    // an agent given only by its IRI (described elsewhere) is shown by that IRI
    if (name == null && r.isURIResource()) {
      name = r.getURI();
    }
    return new Agent(name, email, url, RdfTerms.link(r, TYPE));
  }

  private static Agent contactPoint(Resource r) {
    String name = RdfTerms.displayText(r, FN);
    return new Agent(
        name != null ? name : RdfTerms.displayText(r, NAME),
        firstEmail(r, HAS_EMAIL, EMAIL),
        firstLink(r, HAS_URL, CONTACT_PAGE),
        null);
  }

  private static String firstEmail(Resource r, Property... predicates) {
    for (Property p : predicates) {
      for (RDFNode node : RdfTerms.values(r, p)) {
        String email = RdfTerms.email(node);
        if (email != null) {
          return email;
        }
      }
    }
    return null;
  }

  private static String firstLink(Resource r, Property... predicates) {
    for (Property p : predicates) {
      String link = RdfTerms.link(r, p);
      if (link != null) {
        return link;
      }
    }
    return null;
  }

  private static Map<AgentRole, Property> roles() {
    Map<AgentRole, Property> roles = new EnumMap<>(AgentRole.class);
    roles.put(AgentRole.PUBLISHER, PUBLISHER);
    roles.put(AgentRole.CONTACT_POINT, CONTACT_POINT);
    roles.put(AgentRole.CUSTODIAN, CUSTODIAN);
    roles.put(AgentRole.HEALTH_DATA_ACCESS_BODY, HDAB);
    roles.put(AgentRole.CREATOR, CREATOR);
    return roles;
  }
}
