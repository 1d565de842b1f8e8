/** The vocabulary of faceted search: facets, queries and raw hits. */
package eu.imaginghub.catalogue.search.domain;
