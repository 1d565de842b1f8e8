/** Persistence of datasets with JPA. */
package eu.imaginghub.catalogue.dataset.infrastructure;
