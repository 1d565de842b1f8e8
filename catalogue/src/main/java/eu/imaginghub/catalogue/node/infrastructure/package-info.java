/** Persistence of nodes with JPA. */
package eu.imaginghub.catalogue.node.infrastructure;
