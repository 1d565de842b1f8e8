/** Starting pulls over HTTP: by an operator, by the node's ping, or a re-map of stored records. */
package eu.imaginghub.harvester.pull.api;
