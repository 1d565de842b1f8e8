/** Signing keys stored with JPA; visas signed and keys published as JWKS with Nimbus JOSE+JWT. */
package eu.imaginghub.access.visa.infrastructure;
