/** Entitlements stored with JPA, and the conditional updates that claim a one-time action. */
package eu.imaginghub.access.entitlement.infrastructure;
