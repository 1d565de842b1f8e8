/** Harvest sources: the catalogue URL of a node, its format, schedule and last validators. */
package eu.imaginghub.harvester.source.domain;
