/**
 * Publishing dataset versions on Zenodo: the observers that turn a published or invalidated version
 * into a publication row, the worker that runs each row's steps under a lease with retries, the
 * nodes' Zenodo settings, and the local fake Zenodo the hub starts for demos.
 */
package eu.imaginghub.catalogue.publication.application;
