/**
 * Fetching a node's harvest source over HTTP: the pages of its catalogue, the documents of the
 * datasets it only lists, read into harvested records all or nothing, under the address policy and
 * the limits of {@link eu.imaginghub.harvester.fetch.domain.FetchSettings}.
 */
package eu.imaginghub.harvester.fetch;
