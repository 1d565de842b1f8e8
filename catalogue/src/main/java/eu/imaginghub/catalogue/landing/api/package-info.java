/**
 * HTTP of the landing pages: the server-rendered {@code /datasets/{id}} pages with their FAIR
 * Signposting links and content negotiation, and the citation endpoint of the API.
 */
package eu.imaginghub.catalogue.landing.api;
