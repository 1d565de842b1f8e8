/**
 * Access governance: requests for datasets, committee decisions and entitlements. Depends on the
 * catalogue through its published packages only, and publishes nothing yet.
 *
 * <p>Persistence, as in every module: one repository per aggregate, the interface beside the
 * aggregate in {@code domain} and its {@code Jpa*} implementation, with every query, in {@code
 * infrastructure}. Application classes never hold the entity manager.
 */
package eu.imaginghub.access;
