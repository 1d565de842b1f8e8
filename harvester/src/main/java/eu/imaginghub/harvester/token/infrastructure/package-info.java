/** Node API tokens stored with JPA. */
package eu.imaginghub.harvester.token.infrastructure;
