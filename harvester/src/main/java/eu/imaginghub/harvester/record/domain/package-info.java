/**
 * A harvested record as the harvester hands it on: the node's local id, the mapped description, the
 * record as received with its content hash, and the findings of mapping and validation. Free of RDF
 * library types.
 */
package eu.imaginghub.harvester.record.domain;
