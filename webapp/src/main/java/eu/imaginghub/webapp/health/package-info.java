/** Readiness checks of the database and the search index. */
package eu.imaginghub.webapp.health;
