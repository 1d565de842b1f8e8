/**
 * Turning a fetched document into harvested records: the one entry point the harvest runtime calls
 * for pulled DCAT-AP documents.
 */
package eu.imaginghub.harvester.record.application;
