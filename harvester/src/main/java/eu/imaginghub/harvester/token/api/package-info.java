/** REST resources for node API tokens. */
package eu.imaginghub.harvester.token.api;
