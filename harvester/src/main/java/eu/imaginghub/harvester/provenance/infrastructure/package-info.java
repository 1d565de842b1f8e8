/** Record provenance stored with JPA. */
package eu.imaginghub.harvester.provenance.infrastructure;
