/**
 * Sign-in through an OpenID Connect provider (Keycloak): bearer access tokens verified against the
 * issuer's keys, and the browser's authorization code flow. Token handling is Nimbus's; nothing
 * here parses a token by hand.
 */
package eu.imaginghub.webapp.security.oidc;
