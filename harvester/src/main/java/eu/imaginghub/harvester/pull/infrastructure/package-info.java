/** The node fetcher as the container provides it to pulls. */
package eu.imaginghub.harvester.pull.infrastructure;
