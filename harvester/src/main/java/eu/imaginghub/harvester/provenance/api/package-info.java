/** REST resource for the provenance and validation report of harvested records. */
package eu.imaginghub.harvester.provenance.api;
