/** Issuing, revoking and checking node API tokens. */
package eu.imaginghub.harvester.token.application;
