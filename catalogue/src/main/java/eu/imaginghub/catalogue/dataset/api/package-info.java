/** REST resources and the JSON form of datasets. */
package eu.imaginghub.catalogue.dataset.api;
