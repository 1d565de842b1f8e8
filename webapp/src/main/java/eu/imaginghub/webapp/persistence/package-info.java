/** Data source, schema migrations and the shared persistence unit. */
package eu.imaginghub.webapp.persistence;
