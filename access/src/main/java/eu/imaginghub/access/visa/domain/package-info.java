/**
 * GA4GH Passport visas: the hub's signing keys and the claims of a {@code ControlledAccessGrants}
 * visa, and the port that signs them.
 */
package eu.imaginghub.access.visa.domain;
