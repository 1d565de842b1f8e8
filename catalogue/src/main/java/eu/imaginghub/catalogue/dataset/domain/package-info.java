/** Datasets: the catalogue's aggregate, its value objects and the profile's rules. */
package eu.imaginghub.catalogue.dataset.domain;
