/** Checked and reported uses stored with JPA. */
package eu.imaginghub.access.use.infrastructure;
