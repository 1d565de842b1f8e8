/**
 * Access governance: the people who sign in, the projects access is granted to, node-operator
 * bindings made by admins, data-access committees, requests for datasets and their votes, the
 * entitlements approvals become, in-situ use checks and reports, GA4GH visas and the notifications
 * of all these. Depends on the catalogue through its published packages only.
 *
 * <p>Published to the other modules: {@code user.application} (the directory of people, which
 * sign-in refreshes), {@code project.application} (projects and who belongs to them), {@code
 * operator.application} (the nodes admins bound a person to), {@code committee.application}
 * (data-access committees; the assembly seeds the development login's demo committee through it),
 * {@code entitlement.application} (which entitlements hold, and the expiry round the hub starts)
 * and {@code notification.application} (whose delivery schedule the start of the hub starts).
 * Everything else is internal.
 *
 * <p>Persistence, as in every module: one repository per aggregate, the interface beside the
 * aggregate in {@code domain} and its {@code Jpa*} implementation, with every query, in {@code
 * infrastructure}. Application classes never hold the entity manager.
 */
package eu.imaginghub.access;
