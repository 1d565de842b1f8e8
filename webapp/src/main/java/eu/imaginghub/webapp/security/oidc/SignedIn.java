package eu.imaginghub.webapp.security.oidc;

/**
 * A finished browser sign-in: who the tokens say signed in, and the ID token, kept to end the
 * provider's session at sign-out.
 */
public record SignedIn(OidcIdentity identity, String idToken) {}
