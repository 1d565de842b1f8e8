/** The datasets of nodes, read with JPA. */
package eu.imaginghub.access.audit.infrastructure;
