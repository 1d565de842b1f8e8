/** Reading the provenance of harvested records. */
package eu.imaginghub.harvester.provenance.application;
