/**
 * The dataset's JSON form, read and mapped to the domain: published, because the harvester accepts
 * pushed records in the same form the API takes.
 */
package eu.imaginghub.catalogue.dataset.json;
