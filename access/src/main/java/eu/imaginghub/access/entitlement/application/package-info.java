/**
 * Granting entitlements when a committee approves a part of a request, reading them for the
 * features that check a use ({@code ActiveEntitlements}, published inside access), revoking them,
 * and the background round that records their expiry and warns their holders before it.
 */
package eu.imaginghub.access.entitlement.application;
