/**
 * The hub's server-side sessions: kept in the database behind an {@code HttpOnly} cookie, so they
 * survive a restart and are shared by every hub instance on one database. Every way of signing in
 * (the development login, an OpenID Connect provider) ends in {@link
 * eu.imaginghub.webapp.security.session.SessionSignIn}.
 */
package eu.imaginghub.webapp.security.session;
