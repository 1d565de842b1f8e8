/** Provenance of harvested records: source, run, time, content hash, raw record, validation. */
package eu.imaginghub.harvester.provenance.domain;
