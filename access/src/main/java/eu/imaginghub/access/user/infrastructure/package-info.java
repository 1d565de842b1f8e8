/** User records stored with JPA. */
package eu.imaginghub.access.user.infrastructure;
