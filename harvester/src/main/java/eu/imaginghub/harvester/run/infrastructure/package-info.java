/** Harvest runs stored with JPA, and recorded in the trace log as they end. */
package eu.imaginghub.harvester.run.infrastructure;
