/** Faceted search of the catalogue, labelled for display. */
package eu.imaginghub.catalogue.search.application;
