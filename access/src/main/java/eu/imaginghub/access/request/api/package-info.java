/** REST resources for access requests, their votes and decisions, and committees' queues. */
package eu.imaginghub.access.request.api;
