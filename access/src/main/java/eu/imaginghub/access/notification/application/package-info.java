/**
 * Telling people what happened: observers of the access events write each person's mail to the
 * outbox and their in-app notification in the transaction of the change, a worker delivers the
 * outbox through the catalogue's mailer, reminder digests name the votes members leave open, and
 * people read and mark their notifications. Published to the webapp: {@link
 * eu.imaginghub.access.notification.application.NotificationSchedule}, which the start of the hub
 * starts.
 */
package eu.imaginghub.access.notification.application;
