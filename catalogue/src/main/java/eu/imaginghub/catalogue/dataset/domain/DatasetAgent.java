package eu.imaginghub.catalogue.dataset.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An agent in one of its roles for a dataset. */
@Embeddable
public class DatasetAgent {

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 40)
  private AgentRole role;

  @Column(name = "name", length = 500)
  private String name;

  @Column(name = "email", length = 320)
  private String email;

  @Column(name = "url", length = 1000)
  private String url;

  @Column(name = "type_iri", length = 1000)
  private String typeIri;

  protected DatasetAgent() {}

  DatasetAgent(AgentRole role, Agent agent) {
    this.role = role;
    this.name = agent.name();
    this.email = agent.email();
    this.url = agent.url();
    this.typeIri = agent.typeIri();
  }

  public AgentRole role() {
    return role;
  }

  public Agent agent() {
    return new Agent(name, email, url, typeIri);
  }
}
