/** The dataset index with Hibernate Search: mapping, queries, rebuilds. */
package eu.imaginghub.catalogue.search.infrastructure;
