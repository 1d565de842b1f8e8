package eu.imaginghub.catalogue.security;

/** What a signed-in person may act as. */
public enum Role {
  ADMIN,
  NODE_OPERATOR,
  RESEARCHER,
  DAC_MEMBER
}
