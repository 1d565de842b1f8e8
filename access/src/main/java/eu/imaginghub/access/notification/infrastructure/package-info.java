/** The outbox and the in-app notifications stored with JPA. */
package eu.imaginghub.access.notification.infrastructure;
