/** Records pushed by nodes, and what a push did with them. */
package eu.imaginghub.harvester.push.domain;
