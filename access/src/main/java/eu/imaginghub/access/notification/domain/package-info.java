/**
 * Notifications: mails waiting in the outbox until a worker delivers them (with a lease, retries
 * and a deadline), the in-app notifications people read, and the rules of when to try again and
 * whom a reminder digest names.
 */
package eu.imaginghub.access.notification.domain;
