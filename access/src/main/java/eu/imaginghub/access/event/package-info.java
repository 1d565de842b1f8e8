/**
 * What happens in access governance, as CDI events that one feature fires and others observe:
 * requests fire them as they are submitted and decided, entitlements as they near their end or are
 * revoked; entitlements are granted and notifications written from them. Observers are synchronous
 * and run in the firing transaction, so a change and everything it sets off commit or roll back
 * together. Each event carries its own id, unique across events, so that a reaction to it (one mail
 * per event and person) can be made exactly once.
 */
package eu.imaginghub.access.event;
