/** REST resources for a person's in-app notifications. */
package eu.imaginghub.access.notification.api;
