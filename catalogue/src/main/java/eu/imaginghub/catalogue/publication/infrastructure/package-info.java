/**
 * Zenodo's REST deposit API over HTTP behind the {@code Zenodo} port, with the rate limit per
 * token, and the publications' tables.
 */
package eu.imaginghub.catalogue.publication.infrastructure;
