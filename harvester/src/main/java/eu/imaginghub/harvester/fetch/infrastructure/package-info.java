/**
 * The harvester's HTTP client: one Apache HttpClient, connecting to the address the address policy
 * checked, redirects followed by hand with the policy checked on every hop, read timeouts and a
 * body size limit enforced while the body streams in.
 */
package eu.imaginghub.harvester.fetch.infrastructure;
