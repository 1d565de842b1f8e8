/** Reading pushed bodies (JSON, NDJSON, RDF) into records. */
package eu.imaginghub.harvester.push.infrastructure;
