/** The push API of nodes: upsert, withdraw and full sync of their datasets. */
package eu.imaginghub.harvester.push.api;
