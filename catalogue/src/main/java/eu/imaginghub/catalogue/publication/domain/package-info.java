/**
 * Publications of dataset versions on Zenodo: the persistent state machine of each one, the nodes'
 * Zenodo settings, and the port to Zenodo's deposit API with the terms it is spoken in.
 */
package eu.imaginghub.catalogue.publication.domain;
