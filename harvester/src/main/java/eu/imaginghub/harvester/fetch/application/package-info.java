/**
 * The fetch of one harvest source: conditional first page, paging by Hydra links and {@code Link}
 * headers, dereferencing of listed-only datasets with bounded concurrency, and the collection of
 * their records under the record limit.
 */
package eu.imaginghub.harvester.fetch.application;
