/** Harvest runs stored with JPA. */
package eu.imaginghub.harvester.run.infrastructure;
