/** The publications API (per dataset, per node, retry) and the nodes' Zenodo settings. */
package eu.imaginghub.catalogue.publication.api;
