/**
 * Entitlements: a project's right to use one dataset, from a committee's approval to the access end
 * the request named, unless revoked before; and the rule that tells from the clock whether one is
 * active, expired or revoked.
 */
package eu.imaginghub.access.entitlement.domain;
