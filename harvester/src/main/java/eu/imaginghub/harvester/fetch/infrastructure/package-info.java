/**
 * The harvester's HTTP client: one {@link java.net.http.HttpClient}, redirects followed by hand
 * with the address policy checked on every hop, read timeouts and a body size limit enforced while
 * the body streams in.
 */
package eu.imaginghub.harvester.fetch.infrastructure;
