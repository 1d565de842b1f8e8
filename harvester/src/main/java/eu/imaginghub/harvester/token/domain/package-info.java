/** Node API tokens: stored hashed, shown once, revocable. */
package eu.imaginghub.harvester.token.domain;
