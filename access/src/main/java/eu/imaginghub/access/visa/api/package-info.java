/** REST resources for visas: the caller's passport visas and the hub's public keys (JWKS). */
package eu.imaginghub.access.visa.api;
