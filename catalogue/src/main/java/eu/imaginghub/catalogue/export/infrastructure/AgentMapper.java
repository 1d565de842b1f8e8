package eu.imaginghub.catalogue.export.infrastructure;

import static eu.imaginghub.catalogue.spi.DcatApTerms.AGENT;
import static eu.imaginghub.catalogue.spi.DcatApTerms.AGENT_CONTACT_POINT;
import static eu.imaginghub.catalogue.spi.DcatApTerms.ATTRIBUTION;
import static eu.imaginghub.catalogue.spi.DcatApTerms.CONTACT_PAGE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.CONTACT_POINT;
import static eu.imaginghub.catalogue.spi.DcatApTerms.CONTACT_POINT_CLASS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.CREATOR;
import static eu.imaginghub.catalogue.spi.DcatApTerms.CUSTODIAN;
import static eu.imaginghub.catalogue.spi.DcatApTerms.EMAIL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.FN;
import static eu.imaginghub.catalogue.spi.DcatApTerms.HAD_ROLE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.HAS_EMAIL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.HAS_URL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.HDAB;
import static eu.imaginghub.catalogue.spi.DcatApTerms.HOMEPAGE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.KIND;
import static eu.imaginghub.catalogue.spi.DcatApTerms.MBOX;
import static eu.imaginghub.catalogue.spi.DcatApTerms.NAME;
import static eu.imaginghub.catalogue.spi.DcatApTerms.PROV_AGENT;
import static eu.imaginghub.catalogue.spi.DcatApTerms.PUBLISHER;
import static eu.imaginghub.catalogue.spi.DcatApTerms.QUALIFIED_ATTRIBUTION;
import static eu.imaginghub.catalogue.spi.DcatApTerms.TYPE;

import eu.imaginghub.catalogue.dataset.domain.Agent;
import eu.imaginghub.catalogue.dataset.domain.AgentRole;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.node.domain.Node;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Writes the parties of a dataset. The profile gives them three shapes: organisations (publisher,
 * custodian, health data access body) reached through a {@code cv:ContactPoint}, creators reached
 * through {@code foaf:mbox} / {@code foaf:homepage}, and dataset contact points as {@code
 * vcard:Kind}.
 */
final class AgentMapper {

  private static final Map<AgentRole, Property> ORGANISATION_ROLES =
      Map.of(
          AgentRole.PUBLISHER, PUBLISHER,
          AgentRole.CUSTODIAN, CUSTODIAN,
          AgentRole.HEALTH_DATA_ACCESS_BODY, HDAB);

  /** ISO 19115 role of the node that holds the data, as HealthDCAT-AP spells role codes. */
  private static final Resource RESOURCE_PROVIDER =
      ResourceFactory.createResource(
          "https://standards.iso.org/iso/19115/resources/Codelists/gml/CI_RoleCode.xml"
              + "#resourceProvider");

  private AgentMapper() {}

  static void agents(Resource dataset, DatasetDescription description) {
    ORGANISATION_ROLES.forEach(
        (role, predicate) ->
            description
                .agents(role)
                .forEach(a -> dataset.addProperty(predicate, organisation(dataset, a))));
    description
        .agents(AgentRole.CREATOR)
        .forEach(a -> dataset.addProperty(CREATOR, creator(dataset, a)));
    description
        .agents(AgentRole.CONTACT_POINT)
        .forEach(a -> dataset.addProperty(CONTACT_POINT, contactPoint(dataset, a)));
  }

  /** An agent known only by name, such as the publisher of the hub's own catalogue. */
  static Resource named(Resource subject, String name) {
    Resource agent = subject.getModel().createResource(AGENT);
    RdfValues.plain(agent, NAME, name);
    return agent;
  }

  private static Resource organisation(Resource dataset, Agent agent) {
    Resource resource = named(dataset, agent.name());
    RdfValues.link(resource, TYPE, agent.typeIri());
    if (agent.isReachable()) {
      Resource contact = dataset.getModel().createResource(CONTACT_POINT_CLASS);
      RdfValues.plain(contact, EMAIL, agent.email());
      RdfValues.link(contact, CONTACT_PAGE, agent.url());
      resource.addProperty(AGENT_CONTACT_POINT, contact);
    }
    return resource;
  }

  private static Resource creator(Resource dataset, Agent agent) {
    Resource resource = named(dataset, agent.name());
    RdfValues.link(resource, TYPE, agent.typeIri());
    RdfValues.link(resource, MBOX, mailto(agent.email()));
    RdfValues.link(resource, HOMEPAGE, agent.url());
    return resource;
  }

  private static Resource contactPoint(Resource dataset, Agent agent) {
    Resource kind = dataset.getModel().createResource(KIND);
    RdfValues.plain(kind, FN, agent.name());
    RdfValues.link(kind, HAS_EMAIL, mailto(agent.email()));
    RdfValues.link(kind, HAS_URL, agent.url());
    return kind;
  }

  /**
   * Credits the federated node that holds the data. The profile has no node property, so this uses
   * its generic qualified attribution rather than an unlisted predicate.
   */
  static void node(Resource dataset, Node node) {
    if (node == null) {
      return;
    }
    Resource agent = named(dataset, node.organisation());
    RdfValues.link(agent, MBOX, mailto(node.contactEmail()));
    Resource attribution = dataset.getModel().createResource(ATTRIBUTION);
    attribution.addProperty(PROV_AGENT, agent);
    attribution.addProperty(HAD_ROLE, RESOURCE_PROVIDER);
    dataset.addProperty(QUALIFIED_ATTRIBUTION, attribution);
  }

  private static String mailto(String email) {
    return email == null || email.isBlank() ? null : "mailto:" + email.strip();
  }
}
