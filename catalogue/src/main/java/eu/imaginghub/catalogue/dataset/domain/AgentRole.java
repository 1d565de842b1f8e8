package eu.imaginghub.catalogue.dataset.domain;

/** The parts an organisation or person plays for a dataset. */
public enum AgentRole {
  PUBLISHER("publisher", true),
  CONTACT_POINT("contactPoints", false),
  CUSTODIAN("custodian", true),
  HEALTH_DATA_ACCESS_BODY("healthDataAccessBody", true),
  CREATOR("creators", false);

  private final String field;
  private final boolean single;

  AgentRole(String field, boolean single) {
    this.field = field;
    this.single = single;
  }

  /** The name of the role in the hub's JSON format. */
  public String field() {
    return field;
  }

  /** Whether the profile allows at most one agent in this role. */
  public boolean single() {
    return single;
  }
}
