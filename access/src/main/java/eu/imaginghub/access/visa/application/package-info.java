/**
 * Issuing visas: one signed {@code ControlledAccessGrants} visa per active entitlement of the
 * caller's projects, and the key that signs them, generated once and kept in the database.
 */
package eu.imaginghub.access.visa.application;
