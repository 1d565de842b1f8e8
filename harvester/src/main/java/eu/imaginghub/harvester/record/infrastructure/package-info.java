/**
 * The RDF side of harvesting, behind Apache Jena: safe parsing of fetched documents, finding the
 * datasets and paging links of a catalogue, cutting out each record's graph, mapping it onto the
 * catalogue's description and validating it against the profile's SHACL shapes.
 */
package eu.imaginghub.harvester.record.infrastructure;
