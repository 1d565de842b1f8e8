/** Harvest sources stored with JPA. */
package eu.imaginghub.harvester.source.infrastructure;
